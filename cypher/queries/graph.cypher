// What the explorer draws: nodes of the requested types, tools used in at least $minJobs jobs (and the categories
// and challenges/incidents that still connect to something shown), optionally one person's part of the graph; the
// heaviest $limit nodes and the edges between them.
// $types: node types ("TOOL", ...); $minJobs: integer (0 = all); $person: person id or null; $category: category id
// (lower-cased "category:..." or a lower-cased name) or null: only that category's tools and category node; $limit.
CALL () {
  MATCH (p:Person)
  WHERE 'PERSON' IN $types AND ($person IS NULL OR p.id = $person)
  RETURN p AS n
  UNION ALL
  MATCH (j:Job)
  WHERE 'JOB' IN $types AND ($person IS NULL OR j.personId = $person)
  RETURN j AS n
  UNION ALL
  MATCH (c:Company)
  WHERE 'COMPANY' IN $types AND ($person IS NULL OR EXISTS { (c)<-[:AT]-(:Job {personId: $person}) })
  RETURN c AS n
  UNION ALL
  MATCH (t:Tool)
  WHERE 'TOOL' IN $types AND t.weight >= $minJobs
    AND ($person IS NULL OR EXISTS { (t)<-[:USED]-(:Job {personId: $person}) })
    AND ($category IS NULL OR EXISTS {
      MATCH (t)-[:IN_CATEGORY]->(c:Category) WHERE c.id = $category OR toLower(c.name) = $category
    })
  RETURN t AS n
  UNION ALL
  MATCH (c:Category)
  WHERE 'CATEGORY' IN $types
    AND ($category IS NULL OR c.id = $category OR toLower(c.name) = $category)
    AND EXISTS {
      MATCH (c)<-[:IN_CATEGORY]-(t:Tool)
      WHERE t.weight >= $minJobs AND ($person IS NULL OR EXISTS { (t)<-[:USED]-(:Job {personId: $person}) })
    }
  RETURN c AS n
  UNION ALL
  MATCH (j:Job)-[:FACED]->(x:Challenge)
  WHERE 'CHALLENGE' IN $types AND ($person IS NULL OR j.personId = $person)
  RETURN x AS n
  UNION ALL
  MATCH (j:Job)-[:HAD_INCIDENT]->(x:Incident)
  WHERE 'INCIDENT' IN $types AND ($person IS NULL OR j.personId = $person)
  RETURN x AS n
}
WITH n
ORDER BY n.weight DESC, n.id
WITH collect(n) AS found
WITH found[..$limit] AS nodes, size(found) AS total
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:HELD|AT|USED|IN_CATEGORY|FACED|HAD_INCIDENT|INVOLVED]->(b)
  WHERE b IN nodes
  // Sorted, so the same graph always comes back in the same order (the store's relationship order is not stable).
  WITH a, r, b
  ORDER BY a.id, type(r), b.id
  RETURN collect({id: a.id + '>' + type(r) + '>' + b.id, source: a.id, target: b.id, type: type(r)}) AS edges
}
RETURN {
  nodes: [n IN nodes | {id: n.id, type: n.nodeType, label: n.label, weight: toFloat(n.weight), category: n.category}],
  edges: edges,
  truncated: total > size(nodes),
  total: total
} AS result
