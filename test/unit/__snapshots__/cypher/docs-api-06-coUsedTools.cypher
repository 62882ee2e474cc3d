// docs-api-06-coUsedTools
// {
//   coUsedTools(tool: "Kafka", first: 4) { sharedJobs tool { name } }
// }

// params: {"nestedLimit":1000,"key":"kafka","first":4}
MATCH (a:Alias {key: $key})-[:NAMES]->(t:Tool)
USING INDEX SEEK a:Alias(key)
WITH t
LIMIT 1
MATCH (t)<-[:USED]-(j:Job)-[:USED]->(other:Tool)
WITH other, count(DISTINCT j) AS sharedJobs
ORDER BY sharedJobs DESC, other.name
LIMIT $first
RETURN {`sharedJobs`: sharedJobs, `tool`: other {`name`: other.name}} AS result
