// Job–Tool usage; the sentences behind it are Evidence nodes (08-evidence.cypher).
// $rows: [{jobId, toolId, mentions, spellings}]
UNWIND $rows AS row
MATCH (j:Job {id: row.jobId})
MATCH (t:Tool {id: row.toolId})
CREATE (j)-[:USED {mentions: row.mentions, spellings: row.spellings}]->(t)
