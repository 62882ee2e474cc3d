// $rows: [{id, name}]
UNWIND $rows AS row
MERGE (p:Person {id: row.id})
SET p:Entity
SET p.name = row.name, p.label = row.name, p.searchText = row.name, p.nodeType = 'PERSON'
