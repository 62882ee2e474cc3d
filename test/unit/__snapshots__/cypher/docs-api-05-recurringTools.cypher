// docs-api-05-recurringTools
// {
//   recurringTools(minJobs: 4) { jobCount tool { name } companies { name } }
// }

// params: {"nestedLimit":1000,"minJobs":4,"first":50}
MATCH (t:Tool)
WHERE t.weight >= $minJobs
WITH t, t.weight AS jobCount
ORDER BY jobCount DESC, t.name
LIMIT $first
RETURN {`jobCount`: jobCount, `tool`: t {`name`: t.name}, `companies`: COLLECT { UNWIND coalesce(t.companyIds, [])[..$nestedLimit] AS cid__1 MATCH (c__2:Company {id: cid__1}) RETURN c__2 {`name`: c__2.name} }} AS result
