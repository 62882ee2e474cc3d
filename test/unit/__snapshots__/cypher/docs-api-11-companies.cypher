// docs-api-11-companies
// {
//   companies(first: 3) { id name jobs { title } }
// }

// params: {"nestedLimit":1000,"first":3}
MATCH (c:Company)
WITH c
ORDER BY c.weight DESC, c.name
LIMIT $first
RETURN c {`id`: c.id, `name`: c.name, `jobs`: COLLECT { MATCH (c)<-[:AT]-(j__1:Job) WITH j__1 ORDER BY j__1.personId, j__1.ordinal LIMIT $nestedLimit RETURN j__1 {`title`: j__1.title} }} AS result
