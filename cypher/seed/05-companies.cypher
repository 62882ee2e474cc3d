// $rows: [{id, name}]
UNWIND $rows AS row
MERGE (c:Company {id: row.id})
SET c:Entity
SET c.name = row.name, c.label = row.name, c.searchText = row.name, c.nodeType = 'COMPANY'
