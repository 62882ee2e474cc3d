// Tools a person lists as skills (JSON Resume), not tied to a job. $rows: [{personId, toolId}]
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (t:Tool {id: row.toolId})
MERGE (p)-[:SKILLED_IN]->(t)
