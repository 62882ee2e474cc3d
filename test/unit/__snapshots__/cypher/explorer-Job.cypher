// explorer-Job
// query Job($id: ID!) {
//     job(id: $id) {
//       id label title platform startDate endDate leadPercent codePercent teamSize summary source line
//       company { id name }
//       team { role count }
//       tools { id name category }
//       challenges { ...ChallengeFields }
//       incidents { ...IncidentFields }
//       evidence { ...EvidenceFields }
//     }
//   }
// 
//   fragment ChallengeFields on Challenge { id title resolution line tools { id name } }
// 
//   fragment IncidentFields on Incident { id title failure cause rectification learning line tools { id name } }
// 
//   fragment EvidenceFields on Evidence { text section line source context }
// variables: {"id":"job:me:1"}

// params: {"nestedLimit":1000,"id":"job:me:1"}
MATCH (j:Job {id: $id})
RETURN j {`id`: j.id, `label`: j.label, `title`: j.title, `platform`: j.platform, `startDate`: j.startDate, `endDate`: j.endDate, `leadPercent`: j.leadPercent, `codePercent`: j.codePercent, `teamSize`: j.teamSize, `summary`: j.summary, `source`: j.source, `line`: j.line, `company`: head(COLLECT { MATCH (j)-[:AT]->(c__1:Company) RETURN c__1 {`id`: c__1.id, `name`: c__1.name} }), `team`: [i__2 IN range(0, size(coalesce(j.teamRoles, [])) - 1) | {role: j.teamRoles[i__2], count: j.teamCounts[i__2]}], `tools`: COLLECT { MATCH (j)-[u__3:USED]->(t__4:Tool) WITH t__4, u__3 ORDER BY u__3.mentions DESC, t__4.name LIMIT $nestedLimit RETURN t__4 {`id`: t__4.id, `name`: t__4.name, `category`: t__4.category} }, `challenges`: COLLECT { MATCH (j)-[:FACED]->(c__5:Challenge) WITH c__5 ORDER BY c__5.line LIMIT $nestedLimit RETURN c__5 {`id`: c__5.id, `title`: c__5.title, `resolution`: c__5.resolution, `line`: c__5.line, `tools`: COLLECT { MATCH (c__5)-[:INVOLVED]->(t__6:Tool) WITH t__6 ORDER BY t__6.name RETURN t__6 {`id`: t__6.id, `name`: t__6.name} }} }, `incidents`: COLLECT { MATCH (j)-[:HAD_INCIDENT]->(x__7:Incident) WITH x__7 ORDER BY x__7.line LIMIT $nestedLimit RETURN x__7 {`id`: x__7.id, `title`: coalesce(x__7.title, 'Production incident'), `failure`: x__7.failure, `cause`: x__7.cause, `rectification`: x__7.rectification, `learning`: x__7.learning, `line`: x__7.line, `tools`: COLLECT { MATCH (x__7)-[:INVOLVED]->(t__8:Tool) WITH t__8 ORDER BY t__8.name RETURN t__8 {`id`: t__8.id, `name`: t__8.name} }} }, `evidence`: COLLECT { MATCH (j)-[:HAS_EVIDENCE]->(e__9:Evidence) WITH e__9 ORDER BY e__9.line LIMIT $nestedLimit RETURN e__9 {.text, .section, .line, .source, .context} }} AS result
