// explorer-Timeline
// query Timeline($person: ID) {
//     jobs(person: $person, first: 1000) { ...JobRef person { id name } tools { id name } }
//   }
// 
//   fragment JobRef on Job { id label title startDate endDate company { id name } }

// params: {"nestedLimit":1000,"person":null,"first":1000}
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
RETURN j {`id`: j.id, `label`: j.label, `title`: j.title, `startDate`: j.startDate, `endDate`: j.endDate, `company`: head(COLLECT { MATCH (j)-[:AT]->(c__1:Company) RETURN c__1 {`id`: c__1.id, `name`: c__1.name} }), `person`: head(COLLECT { MATCH (p__2:Person)-[:HELD]->(j) RETURN p__2 {`id`: p__2.id, `name`: p__2.name} }), `tools`: COLLECT { MATCH (j)-[u__3:USED]->(t__4:Tool) WITH t__4, u__3 ORDER BY u__3.mentions DESC, t__4.name LIMIT $nestedLimit RETURN t__4 {`id`: t__4.id, `name`: t__4.name} }} AS result
