// Challenges, optionally only those involving a tool. $key: lower-cased tool name or null; $first.
CALL () {
  MATCH (:Alias {key: $key})-[:NAMES]->(:Tool)<-[:INVOLVED]-(c:Challenge)
  RETURN c
  UNION
  MATCH (c:Challenge)
  WHERE $key IS NULL
  RETURN c
}
WITH c
ORDER BY c.id
LIMIT $first
RETURN #{Challenge this=c} AS result
