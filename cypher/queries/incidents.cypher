// Production incidents, optionally only those involving a tool. $key: lower-cased tool name or null; $first.
CALL () {
  MATCH (:Alias {key: $key})-[:NAMES]->(:Tool)<-[:INVOLVED]-(i:Incident)
  RETURN i
  UNION
  MATCH (i:Incident)
  WHERE $key IS NULL
  RETURN i
}
WITH i
ORDER BY i.id
LIMIT $first
RETURN #{Incident this=i} AS result
