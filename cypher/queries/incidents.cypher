// Production incidents, optionally only those involving a tool. $key: lower-cased tool name or null; $first.
// The second branch lists everything; its UNWIND yields no row when a key is given, so it scans nothing then.
CALL () {
  MATCH (a:Alias {key: $key})-[:NAMES]->(:Tool)<-[:INVOLVED]-(i:Incident)
  USING INDEX SEEK a:Alias(key)
  RETURN i
  UNION
  UNWIND CASE WHEN $key IS NULL THEN [true] ELSE [] END AS everything
  MATCH (i:Incident)
  RETURN i
}
WITH i
ORDER BY i.id
LIMIT $first
RETURN #{Incident this=i} AS result
