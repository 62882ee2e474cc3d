// Tools as the taxonomy describes them now (a changed alias or category takes effect on the next seed), with one
// Alias node per lower-cased spelling for case-insensitive lookups.
// $rows: [{id, key, name, aliases, category, categoryId, vendor, keys}]
UNWIND $rows AS row
MERGE (t:Tool {id: row.id})
SET t:Entity
SET t.key = row.key, t.name = row.name, t.label = row.name, t.nodeType = 'TOOL', t.aliases = row.aliases, t.category = row.category,
    t.vendor = row.vendor, t.searchText = reduce(s = '', a IN row.aliases | s + ' ' + a)
WITH t, row
CALL (t, row) {
  MATCH (t)-[old:IN_CATEGORY]->(:Category)
  DELETE old
}
MATCH (c:Category {id: row.categoryId})
MERGE (t)-[:IN_CATEGORY]->(c)
WITH t, row
// Spellings the tool no longer has stop naming it, and a spelling that moved here from another tool stops naming that
// one, so every Alias names exactly one tool.
CALL (t, row) {
  MATCH (a:Alias)-[n:NAMES]->(t)
  WHERE NOT a.key IN row.keys
  DELETE n
}
WITH t, row
UNWIND row.keys AS key
MERGE (a:Alias {key: key})
WITH t, a
CALL (t, a) {
  MATCH (a)-[n:NAMES]->(other:Tool)
  WHERE other <> t
  DELETE n
}
MERGE (a)-[:NAMES]->(t)
