// Evidence sentences, owned by a job (or by a person, for JSON Resume skills), each linked to the tools it names.
// The owner is found through the Job or Person id index (a label-less match would scan every node).
// $rows: [{id, ownerId, toolIds, props: {text, section, line}}]
UNWIND $rows AS row
CALL (row) {
  MATCH (j:Job {id: row.ownerId})
  RETURN j AS owner
  UNION
  MATCH (p:Person {id: row.ownerId})
  RETURN p AS owner
}
CREATE (e:Evidence {id: row.id})
SET e += row.props
CREATE (owner)-[:HAS_EVIDENCE]->(e)
WITH e, row
UNWIND row.toolIds AS toolId
MATCH (t:Tool {id: toolId})
CREATE (e)-[:MENTIONS]->(t)
