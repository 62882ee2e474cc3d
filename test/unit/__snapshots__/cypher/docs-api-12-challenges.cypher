// docs-api-12-challenges
// {
//   challenges(tool: "NiFi") { title resolution job { label } tools { name } }
// }

// params: {"nestedLimit":1000,"key":"nifi","first":1000}
CALL () {
  MATCH (a:Alias {key: $key})-[:NAMES]->(:Tool)<-[:INVOLVED]-(c:Challenge)
  USING INDEX SEEK a:Alias(key)
  RETURN c
  UNION
  UNWIND CASE WHEN $key IS NULL THEN [true] ELSE [] END AS everything
  MATCH (c:Challenge)
  RETURN c
}
WITH c
ORDER BY c.id
LIMIT $first
RETURN c {`title`: c.title, `resolution`: c.resolution, `job`: head(COLLECT { MATCH (j__1:Job)-[:FACED]->(c) RETURN j__1 {`label`: j__1.label} }), `tools`: COLLECT { MATCH (c)-[:INVOLVED]->(t__2:Tool) WITH t__2 ORDER BY t__2.name RETURN t__2 {`name`: t__2.name} }} AS result
