// docs-api-07-people
// {
//   people { id name jobs { id } }
// }

// params: {"nestedLimit":1000,"first":1000}
MATCH (p:Person)
WITH p
ORDER BY p.name
LIMIT $first
RETURN p {`id`: p.id, `name`: p.name, `jobs`: COLLECT { MATCH (p)-[:HELD]->(j__1:Job) WITH j__1 ORDER BY j__1.ordinal LIMIT $nestedLimit RETURN j__1 {`id`: j__1.id} }} AS result
