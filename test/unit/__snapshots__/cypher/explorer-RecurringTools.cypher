// explorer-RecurringTools
// query RecurringTools($minJobs: Int, $first: Int) {
//     recurringTools(minJobs: $minJobs, first: $first) { jobCount tool { id name } companies { name } }
//   }
// variables: {"minJobs":2,"first":50}

// params: {"nestedLimit":1000,"minJobs":2,"first":50}
MATCH (t:Tool)
WHERE t.weight >= $minJobs
WITH t, t.weight AS jobCount
ORDER BY jobCount DESC, t.name
LIMIT $first
RETURN {`jobCount`: jobCount, `tool`: t {`id`: t.id, `name`: t.name}, `companies`: COLLECT { UNWIND coalesce(t.companyIds, [])[..$nestedLimit] AS cid__1 MATCH (c__2:Company {id: cid__1}) RETURN c__2 {`name`: c__2.name} }} AS result
