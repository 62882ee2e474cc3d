// graphiql-RecurringTools
// # Tools used in two or more jobs, most first
// query RecurringTools {
//   recurringTools(minJobs: 2, first: 10) {
//     jobCount
//     tool { name category }
//     companies { name }
//   }
// }

// params: {"nestedLimit":1000,"minJobs":2,"first":10}
MATCH (t:Tool)
WHERE t.weight >= $minJobs
WITH t, t.weight AS jobCount
ORDER BY jobCount DESC, t.name
LIMIT $first
RETURN {`jobCount`: jobCount, `tool`: t {`name`: t.name, `category`: t.category}, `companies`: COLLECT { UNWIND coalesce(t.companyIds, [])[..$nestedLimit] AS cid__1 MATCH (c__2:Company {id: cid__1}) RETURN c__2 {`name`: c__2.name} }} AS result
