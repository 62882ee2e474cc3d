// explorer-Recurrence
// query Recurrence($minJobs: Int, $first: Int) {
//     recurringTools(minJobs: $minJobs, first: $first) {
//       jobCount
//       tool { id name category jobs { ...JobRef } }
//     }
//   }
// 
//   fragment JobRef on Job { id label title startDate endDate company { id name } }

// params: {"nestedLimit":1000,"minJobs":2,"first":50}
MATCH (t:Tool)
WHERE t.weight >= $minJobs
WITH t, t.weight AS jobCount
ORDER BY jobCount DESC, t.name
LIMIT $first
RETURN {`jobCount`: jobCount, `tool`: t {`id`: t.id, `name`: t.name, `category`: t.category, `jobs`: COLLECT { MATCH (t)<-[:USED]-(j__1:Job) WITH j__1 ORDER BY j__1.personId, j__1.ordinal LIMIT $nestedLimit RETURN j__1 {`id`: j__1.id, `label`: j__1.label, `title`: j__1.title, `startDate`: j__1.startDate, `endDate`: j__1.endDate, `company`: head(COLLECT { MATCH (j__1)-[:AT]->(c__2:Company) RETURN c__2 {`id`: c__2.id, `name`: c__2.name} })} }}} AS result
