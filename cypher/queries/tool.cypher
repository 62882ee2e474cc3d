// One tool by id, or by name or alias (any case). $id, $key: one of them is set.
CALL () {
  MATCH (t:Tool {id: $id})
  RETURN t
  UNION
  MATCH (a:Alias {key: $key})-[:NAMES]->(t:Tool)
  USING INDEX SEEK a:Alias(key)
  RETURN t
}
WITH t
LIMIT 1
RETURN #{Tool this=t} AS result
