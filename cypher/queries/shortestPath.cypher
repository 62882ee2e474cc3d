// A shortest path between two nodes. It runs through people, jobs, companies, tools, challenges and incidents;
// categories are crossed only when one end is a category, because two tools sharing a category says nothing about
// experience. $from, $to: node ids; $relTypes: relationship types to follow; $maxLength (the pattern allows 10).
// Both ends are looked up by one seek each, applied per id: written as two MATCHes the planner sometimes scanned the
// :Entity index for one end instead.
UNWIND [$from, $to] AS id
MATCH (n:Entity {id: id})
WITH collect(n) AS ends
WHERE size(ends) = 2
WITH ends[0] AS a, ends[1] AS b
// Of several equally short paths the first by node ids is returned, so the same question always gets the same answer
// (ANY SHORTEST picks one arbitrarily); at most 5,000 of them are compared.
MATCH p = ALL SHORTEST (a) (()-[r WHERE type(r) IN $relTypes]-(x:Entity)){0,10} (b)
WITH p
LIMIT 5000
WITH p
WHERE length(p) <= $maxLength
ORDER BY [n IN nodes(p) | n.id]
LIMIT 1
// Columns, as graph.cypher returns them (see there).
WITH nodes(p) AS nodes, relationships(p) AS rels, length(p) + 1 AS total
RETURN {
  ids: [n IN nodes | n.id],
  nodeTypes: [n IN nodes | n.nodeType],
  labels: [n IN nodes | n.label],
  weights: [n IN nodes | toFloat(n.weight)],
  categories: [n IN nodes | n.category],
  sources: [r IN rels | startNode(r).id],
  targets: [r IN rels | endNode(r).id],
  types: [r IN rels | type(r)],
  truncated: false,
  total: total
} AS result
