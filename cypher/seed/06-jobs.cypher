// $rows: one map per job with its scalar properties under `props`.
UNWIND $rows AS row
MATCH (p:Person {id: row.personId})
MATCH (c:Company {id: row.companyId})
CREATE (j:Job:Entity {id: row.id})
SET j += row.props
CREATE (p)-[:HELD]->(j)
CREATE (j)-[:AT]->(c)
