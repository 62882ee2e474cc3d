// graphiql-OneJob
// # One job in full: split, team, challenges and the incident
// query OneJob {
//   job(id: "job:me:1") {
//     title
//     company { name }
//     platform
//     leadPercent
//     codePercent
//     team { role count }
//     challenges { title resolution tools { name } }
//     incidents { failure cause rectification learning }
//   }
// }

// params: {"nestedLimit":1000,"id":"job:me:1"}
MATCH (j:Job {id: $id})
RETURN j {`title`: j.title, `company`: head(COLLECT { MATCH (j)-[:AT]->(c__1:Company) RETURN c__1 {`name`: c__1.name} }), `platform`: j.platform, `leadPercent`: j.leadPercent, `codePercent`: j.codePercent, `team`: [i__2 IN range(0, size(coalesce(j.teamRoles, [])) - 1) | {role: j.teamRoles[i__2], count: j.teamCounts[i__2]}], `challenges`: COLLECT { MATCH (j)-[:FACED]->(c__3:Challenge) WITH c__3 ORDER BY c__3.line LIMIT $nestedLimit RETURN c__3 {`title`: c__3.title, `resolution`: c__3.resolution, `tools`: COLLECT { MATCH (c__3)-[:INVOLVED]->(t__4:Tool) WITH t__4 ORDER BY t__4.name RETURN t__4 {`name`: t__4.name} }} }, `incidents`: COLLECT { MATCH (j)-[:HAD_INCIDENT]->(x__5:Incident) WITH x__5 ORDER BY x__5.line LIMIT $nestedLimit RETURN x__5 {`failure`: x__5.failure, `cause`: x__5.cause, `rectification`: x__5.rectification, `learning`: x__5.learning} }} AS result
