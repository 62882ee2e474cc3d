// Challenges, optionally only those involving a tool. $key: lower-cased tool name or null; $first.
// The second branch lists everything; its UNWIND yields no row when a key is given, so it scans nothing then.
CALL () {
  MATCH (a:Alias {key: $key})-[:NAMES]->(:Tool)<-[:INVOLVED]-(c:Challenge)
  USING INDEX SEEK a:Alias(key)
  RETURN c
  UNION
  UNWIND CASE WHEN $key IS NULL THEN [true] ELSE [] END AS everything
  MATCH (c:Challenge)
  RETURN c
}
WITH c
ORDER BY c.id
LIMIT $first
RETURN #{Challenge this=c} AS result
