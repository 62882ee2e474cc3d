// Tools ranked by the number of jobs that used them. `weight` holds that number (kept current by every load).
// $minJobs, $first.
MATCH (t:Tool)
WHERE t.weight >= $minJobs
WITH t, t.weight AS jobCount
ORDER BY jobCount DESC, t.name
LIMIT $first
RETURN #{ToolRecurrence tool=t jobCount=jobCount} AS result
