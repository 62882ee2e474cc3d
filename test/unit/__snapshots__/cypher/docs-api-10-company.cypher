// docs-api-10-company
// {
//   company(id: "company:pfizer") { name jobs { title } }
//   category(id: "category:streaming") { name tools { name } }
//   challenge(id: "challenge:me:5:1") { title resolution tools { name } }
//   incident(id: "incident:me:4:1") { failure tools { name } }
//   person(id: "person:me") { name jobs { ordinal } }
// }

// params: {"nestedLimit":1000,"id":"company:pfizer"}
MATCH (n:Company {id: $id})
RETURN n {`name`: n.name, `jobs`: COLLECT { MATCH (n)<-[:AT]-(j__1:Job) WITH j__1 ORDER BY j__1.personId, j__1.ordinal LIMIT $nestedLimit RETURN j__1 {`title`: j__1.title} }} AS result

// params: {"nestedLimit":1000,"id":"category:streaming"}
MATCH (n:Category {id: $id})
RETURN n {`name`: n.name, `tools`: COLLECT { MATCH (n)<-[:IN_CATEGORY]-(t__1:Tool) WITH t__1 ORDER BY t__1.name LIMIT $nestedLimit RETURN t__1 {`name`: t__1.name} }} AS result

// params: {"nestedLimit":1000,"id":"challenge:me:5:1"}
MATCH (n:Challenge {id: $id})
RETURN n {`title`: n.title, `resolution`: n.resolution, `tools`: COLLECT { MATCH (n)-[:INVOLVED]->(t__1:Tool) WITH t__1 ORDER BY t__1.name RETURN t__1 {`name`: t__1.name} }} AS result

// params: {"nestedLimit":1000,"id":"incident:me:4:1"}
MATCH (n:Incident {id: $id})
RETURN n {`failure`: n.failure, `tools`: COLLECT { MATCH (n)-[:INVOLVED]->(t__1:Tool) WITH t__1 ORDER BY t__1.name RETURN t__1 {`name`: t__1.name} }} AS result

// params: {"nestedLimit":1000,"id":"person:me"}
MATCH (n:Person {id: $id})
RETURN n {`name`: n.name, `jobs`: COLLECT { MATCH (n)-[:HELD]->(j__1:Job) WITH j__1 ORDER BY j__1.ordinal LIMIT $nestedLimit RETURN j__1 {`ordinal`: j__1.ordinal} }} AS result
