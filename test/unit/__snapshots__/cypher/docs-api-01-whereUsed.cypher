// docs-api-01-whereUsed
// {
//   whereUsed(tool: "where did I use kafka?") {
//     tool { id name aliases }
//     usages {
//       job { label }
//       evidence { text section line }
//     }
//   }
// }

// params: {"nestedLimit":1000,"key":"kafka","id":null,"query":"where did I use kafka?","fuzzy":"kafka~","known":{"id":"tool:apache-kafka","name":"Apache Kafka","aliases":["Kafka","Confluent Kafka","Kafka Streams","Kafka Connect"],"category":"Streaming"},"person":null,"first":500}
OPTIONAL MATCH (a:Alias {key: $key})-[:NAMES]->(byName:Tool)
USING INDEX SEEK a:Alias(key)
OPTIONAL MATCH (byId:Tool {id: $id})
WITH coalesce(byId, byName) AS t
LIMIT 1
WITH t, CASE
  WHEN t IS NULL AND $fuzzy <> '' THEN COLLECT {
    CALL db.index.fulltext.queryNodes('tool_names', $fuzzy, {limit: 10}) YIELD node, score
    RETURN DISTINCT node.name AS name
    LIMIT 5
  }
  ELSE []
END AS suggestions
RETURN {`tool`: t {`id`: t.id, `name`: t.name, `aliases`: coalesce(t.aliases, [])}, `usages`: COLLECT { MATCH (t)<-[u__1:USED]-(j__2:Job) WHERE $person IS NULL OR j__2.personId = $person WITH j__2, u__1 ORDER BY j__2.personId, j__2.ordinal LIMIT $first RETURN {`job`: j__2 {`label`: j__2.label}, `evidence`: COLLECT { UNWIND coalesce(u__1.evidence, []) AS eid__3 MATCH (e__4:Evidence {id: eid__3}) WITH e__4 ORDER BY e__4.line RETURN e__4 {.text, .section, .line, .source, .context} }} }} AS result
