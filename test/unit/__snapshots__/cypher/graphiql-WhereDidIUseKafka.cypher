// graphiql-WhereDidIUseKafka
// # Where did I use Kafka? Names, aliases and questions all work.
// query WhereDidIUseKafka {
//   whereUsed(tool: "where did I use kafka?") {
//     tool { name aliases category jobCount }
//     usages {
//       job { title company { name } }
//       evidence { text section line }
//     }
//     suggestions
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
RETURN {`tool`: t {`name`: t.name, `aliases`: coalesce(t.aliases, []), `category`: t.category, `jobCount`: COUNT { (t)<-[:USED]-() }}, `usages`: COLLECT { MATCH (t)<-[u__1:USED]-(j__2:Job) WHERE $person IS NULL OR j__2.personId = $person WITH j__2, u__1 ORDER BY j__2.personId, j__2.ordinal LIMIT $first RETURN {`job`: j__2 {`title`: j__2.title, `company`: head(COLLECT { MATCH (j__2)-[:AT]->(c__3:Company) RETURN c__3 {`name`: c__3.name} })}, `evidence`: COLLECT { UNWIND coalesce(u__1.evidence, []) AS eid__4 MATCH (e__5:Evidence {id: eid__4}) WITH e__5 ORDER BY e__5.line RETURN e__5 {.text, .section, .line, .source, .context} }} }, `suggestions`: CASE WHEN t IS NULL AND $known IS NULL THEN suggestions ELSE [] END} AS result
