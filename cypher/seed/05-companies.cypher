// $rows: [{id, props}]; props as seed/load/graph-model.ts describes them.
UNWIND $rows AS row
MERGE (c:Company {id: row.id})
SET c:Entity
SET c += row.props
