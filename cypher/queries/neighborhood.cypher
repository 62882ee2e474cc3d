// The nodes within $depth (1–3) hops of a node, most connected first, and the edges between them. Each level expands
// at most $frontier nodes of the previous one, so a hub such as Python cannot make a depth-3 query explode;
// `total` counts what the levels found before $limit cut them.
// $id: node id; $depth; $limit; $frontier.
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
