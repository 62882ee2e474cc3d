// docs-api-13-incidents
// {
//   incidents(tool: "BigQuery") { failure cause job { label } tools { name } }
// }

// params: {"nestedLimit":1000,"key":"bigquery","first":1000}
CALL () {
  MATCH (a:Alias {key: $key})-[:NAMES]->(:Tool)<-[:INVOLVED]-(i:Incident)
  USING INDEX SEEK a:Alias(key)
  RETURN i
  UNION
  UNWIND CASE WHEN $key IS NULL THEN [true] ELSE [] END AS everything
  MATCH (i:Incident)
  RETURN i
}
WITH i
ORDER BY i.id
LIMIT $first
RETURN i {`failure`: i.failure, `cause`: i.cause, `job`: head(COLLECT { MATCH (j__1:Job)-[:HAD_INCIDENT]->(i) RETURN j__1 {`label`: j__1.label} }), `tools`: COLLECT { MATCH (i)-[:INVOLVED]->(t__2:Tool) WITH t__2 ORDER BY t__2.name RETURN t__2 {`name`: t__2.name} }} AS result
