// Job–Tool mentions that are not usage: the job's text names the tool as evaluated, someone else's or planned, with
// the ids of the sentences that say so ("I evaluated Cassandra and chose Postgres" is interview material).
// $rows: [{jobId, toolId, props: {stance, evidence}}]
UNWIND $rows AS row
MATCH (j:Job {id: row.jobId})
MATCH (t:Tool {id: row.toolId})
CREATE (j)-[m:MENTIONED]->(t)
SET m = row.props
