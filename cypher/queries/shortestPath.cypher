// A shortest path between two nodes. It runs through people, jobs, companies, tools, challenges and incidents;
// categories are crossed only when one end is a category, because two tools sharing a category says nothing about
// experience. $from, $to: node ids; $relTypes: relationship types to follow; $maxLength (the pattern allows 10).
CALL () {
  MATCH (n:Person {id: $from}) RETURN n
  UNION
  MATCH (n:Job {id: $from}) RETURN n
  UNION
  MATCH (n:Company {id: $from}) RETURN n
  UNION
  MATCH (n:Tool {id: $from}) RETURN n
  UNION
  MATCH (n:Category {id: $from}) RETURN n
  UNION
  MATCH (n:Challenge {id: $from}) RETURN n
  UNION
  MATCH (n:Incident {id: $from}) RETURN n
}
WITH n AS a
CALL () {
  MATCH (n:Person {id: $to}) RETURN n
  UNION
  MATCH (n:Job {id: $to}) RETURN n
  UNION
  MATCH (n:Company {id: $to}) RETURN n
  UNION
  MATCH (n:Tool {id: $to}) RETURN n
  UNION
  MATCH (n:Category {id: $to}) RETURN n
  UNION
  MATCH (n:Challenge {id: $to}) RETURN n
  UNION
  MATCH (n:Incident {id: $to}) RETURN n
}
WITH a, n AS b
MATCH p = ANY SHORTEST (a) (()-[r WHERE type(r) IN $relTypes]-(x WHERE x.nodeType IS NOT NULL)){0,10} (b)
WITH p
WHERE length(p) <= $maxLength
RETURN {
  nodes: [n IN nodes(p) | {id: n.id, type: n.nodeType, label: n.label, weight: toFloat(n.weight), category: n.category}],
  edges: [r IN relationships(p) | {
    id: startNode(r).id + '>' + type(r) + '>' + endNode(r).id,
    source: startNode(r).id,
    target: endNode(r).id,
    type: type(r)
  }],
  truncated: false,
  total: length(p) + 1
} AS result
