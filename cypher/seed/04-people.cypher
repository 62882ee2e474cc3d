// $rows: [{id, props}]; props as seed/load/graph-model.ts describes them.
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p:Entity
SET p += row.props
