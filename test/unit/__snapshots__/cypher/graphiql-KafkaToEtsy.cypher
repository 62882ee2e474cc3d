// graphiql-KafkaToEtsy
// # How is Kafka connected to ETSY?
// query KafkaToEtsy {
//   shortestPath(from: "tool:apache-kafka", to: "company:etsy") {
//     nodes { id type label }
//     edges { source target type }
//   }
// }

// params: {"nestedLimit":1000,"from":"tool:apache-kafka","to":"company:etsy","maxLength":6,"relTypes":["HELD","AT","USED","FACED","HAD_INCIDENT","INVOLVED"]}
UNWIND [$from, $to] AS id
MATCH (n:Entity {id: id})
WITH collect(n) AS ends
WHERE size(ends) = 2
WITH ends[0] AS a, ends[1] AS b
MATCH p = ALL SHORTEST (a) (()-[r WHERE type(r) IN $relTypes]-(x:Entity)){0,10} (b)
WITH p
LIMIT 5000
WITH p
WHERE length(p) <= $maxLength
ORDER BY [n IN nodes(p) | n.id]
LIMIT 1
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
