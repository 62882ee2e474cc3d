// The things a job owns besides evidence: challenges, incidents, features, contributions and practices, each linked
// to the tools involved. One statement for all of them, with the label and relationship type given per row (Cypher
// 5.26 dynamic labels), because they differ only in their properties.
// $rows: [{id, jobId, labels, rel, props, toolIds}]; challenges and incidents are also :Entity.
UNWIND $rows AS row
MATCH (j:Job {id: row.jobId})
CREATE (x:$(row.labels) {id: row.id})
SET x += row.props
CREATE (j)-[:$(row.rel)]->(x)
WITH x, row
UNWIND row.toolIds AS toolId
MATCH (t:Tool {id: toolId})
CREATE (x)-[:INVOLVED]->(t)
