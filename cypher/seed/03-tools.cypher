// Tools as the taxonomy describes them now (a changed alias or category takes effect on the next seed), with one
// Alias node per lower-cased spelling for case-insensitive lookups.
// $rows: [{id, categoryId, keys, props}]; props as seed/load/graph-model.ts describes them. `=` rather than `+=`, so a
// property the taxonomy no longer gives (a vendor removed) goes; the derived ones are set again by 99-finish.
UNWIND $rows AS row
MERGE (t:Tool {id: row.id})
SET t:Entity
SET t = row.props
SET t.id = row.id
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
