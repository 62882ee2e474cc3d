// docs-api-08-jobs
// {
//   jobs(person: "person:me") { id title company { name } platform leadPercent codePercent teamSize }
// }

// params: {"nestedLimit":1000,"person":"person:me","first":1000}
CALL () {
  MATCH (p:Person {id: $person})-[:HELD]->(j:Job)
  USING INDEX SEEK p:Person(id)
  RETURN j
  UNION
  UNWIND CASE WHEN $person IS NULL THEN [true] ELSE [] END AS everyone
  MATCH (j:Job)
  RETURN j
}
WITH j
ORDER BY j.personId, j.ordinal
LIMIT $first
RETURN j {`id`: j.id, `title`: j.title, `company`: head(COLLECT { MATCH (j)-[:AT]->(c__1:Company) RETURN c__1 {`name`: c__1.name} }), `platform`: j.platform, `leadPercent`: j.leadPercent, `codePercent`: j.codePercent, `teamSize`: j.teamSize} AS result
