// Job–Tool usage, with its stance (used, or migrated-from: used before the job replaced it) and the ids of the
// Evidence sentences behind it (created by 08-evidence.cypher).
// $rows: [{jobId, toolId, props: {mentions, spellings, stance, evidence}}]
UNWIND $rows AS row
MATCH (j:Job {id: row.jobId})
MATCH (t:Tool {id: row.toolId})
CREATE (j)-[u:USED]->(t)
SET u = row.props
