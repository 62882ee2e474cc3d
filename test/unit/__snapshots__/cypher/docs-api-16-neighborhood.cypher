// docs-api-16-neighborhood
// {
//   neighborhood(id: "tool:apache-kafka", depth: 1, limit: 5) {
//     nodes { id type label }
//     edges { source target type }
//     truncated total
//   }
// }

// params: {"nestedLimit":1000,"id":"tool:apache-kafka","depth":1,"limit":5,"frontier":500}
MATCH (start:Entity {id: $id})
CALL (start) {
  MATCH (start)-[:HELD|AT|USED|IN_CATEGORY|FACED|HAD_INCIDENT|INVOLVED]-(m)
  WHERE m:Entity
  WITH DISTINCT m
  ORDER BY m.weight DESC, m.id
  RETURN collect(m) AS level1
}
CALL (start, level1) {
  UNWIND CASE WHEN $depth >= 2 THEN level1[..$frontier] ELSE [] END AS a
  MATCH (a)-[:HELD|AT|USED|IN_CATEGORY|FACED|HAD_INCIDENT|INVOLVED]-(m)
  WHERE m:Entity AND m <> start AND NOT m IN level1
  WITH DISTINCT m
  ORDER BY m.weight DESC, m.id
  RETURN collect(m) AS level2
}
CALL (start, level1, level2) {
  UNWIND CASE WHEN $depth >= 3 THEN level2[..$frontier] ELSE [] END AS a
  MATCH (a)-[:HELD|AT|USED|IN_CATEGORY|FACED|HAD_INCIDENT|INVOLVED]-(m)
  WHERE m:Entity AND m <> start AND NOT m IN level1 AND NOT m IN level2
  WITH DISTINCT m
  ORDER BY m.weight DESC, m.id
  RETURN collect(m) AS level3
}
WITH [start] + level1 + level2 + level3 AS found
WITH found[..$limit] AS nodes, size(found) AS total
CALL (nodes) {
  UNWIND nodes AS a
  MATCH (a)-[r:HELD|AT|USED|IN_CATEGORY|FACED|HAD_INCIDENT|INVOLVED]->(b)
  WHERE b IN nodes
  WITH a, r, b
  ORDER BY a.id, type(r), b.id
  RETURN collect(a.id) AS sources, collect(b.id) AS targets, collect(type(r)) AS types
}
RETURN {
  ids: [n IN nodes | n.id],
  nodeTypes: [n IN nodes | n.nodeType],
  labels: [n IN nodes | n.label],
  weights: [n IN nodes | toFloat(n.weight)],
  categories: [n IN nodes | n.category],
  sources: sources,
  targets: targets,
  types: types,
  truncated: total > size(nodes),
  total: total
} AS result
