// explorer-WhereUsed
// query WhereUsed($tool: String!) {
//     whereUsed(tool: $tool) {
//       query
//       tool { ...ToolSummary }
//       usages { job { ...JobRef } stance evidence { ...EvidenceFields } }
//       mentions { job { ...JobRef } stance evidence { ...EvidenceFields } }
//       known { id name aliases category }
//       suggestions
//     }
//   }
// 
//   fragment ToolSummary on Tool { id name aliases category jobCount }
// 
//   fragment JobRef on Job { id label title startDate endDate company { id name } }
// 
//   fragment EvidenceFields on Evidence { text section line source context }
// variables: {"tool":"kafka"}

// params: {"nestedLimit":1000,"key":"kafka","id":null,"query":"kafka","fuzzy":"kafka~","known":{"id":"tool:apache-kafka","name":"Apache Kafka","aliases":["Kafka","Confluent Kafka","Kafka Streams","Kafka Connect"],"category":"Streaming"},"person":null,"first":500}
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
RETURN {`query`: $query, `tool`: t {`id`: t.id, `name`: t.name, `aliases`: coalesce(t.aliases, []), `category`: t.category, `jobCount`: COUNT { (t)<-[:USED]-() }}, `usages`: COLLECT { MATCH (t)<-[u__1:USED]-(j__2:Job) WHERE $person IS NULL OR j__2.personId = $person WITH j__2, u__1 ORDER BY j__2.personId, j__2.ordinal LIMIT $first RETURN {`job`: j__2 {`id`: j__2.id, `label`: j__2.label, `title`: j__2.title, `startDate`: j__2.startDate, `endDate`: j__2.endDate, `company`: head(COLLECT { MATCH (j__2)-[:AT]->(c__3:Company) RETURN c__3 {`id`: c__3.id, `name`: c__3.name} })}, `stance`: toUpper(replace(coalesce(u__1.stance, 'used'), '-', '_')), `evidence`: COLLECT { UNWIND coalesce(u__1.evidence, []) AS eid__4 MATCH (e__5:Evidence {id: eid__4}) WITH e__5 ORDER BY e__5.line RETURN e__5 {.text, .section, .line, .source, .context} }} }, `mentions`: COLLECT { MATCH (t)<-[m__6:MENTIONED]-(j__7:Job) WHERE $person IS NULL OR j__7.personId = $person WITH j__7, m__6 ORDER BY j__7.personId, j__7.ordinal LIMIT $first RETURN {`job`: j__7 {`id`: j__7.id, `label`: j__7.label, `title`: j__7.title, `startDate`: j__7.startDate, `endDate`: j__7.endDate, `company`: head(COLLECT { MATCH (j__7)-[:AT]->(c__8:Company) RETURN c__8 {`id`: c__8.id, `name`: c__8.name} })}, `stance`: toUpper(m__6.stance), `evidence`: COLLECT { UNWIND coalesce(m__6.evidence, []) AS eid__9 MATCH (e__10:Evidence {id: eid__9}) WITH e__10 ORDER BY e__10.line RETURN e__10 {.text, .section, .line, .source, .context} }} }, `known`: CASE WHEN t IS NULL THEN $known ELSE null END, `suggestions`: CASE WHEN t IS NULL AND $known IS NULL THEN suggestions ELSE [] END} AS result
