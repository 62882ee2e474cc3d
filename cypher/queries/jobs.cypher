// Jobs in document order, of one person or of everyone. $person: person id or null; $first.
CALL () {
  MATCH (:Person {id: $person})-[:HELD]->(j:Job)
  RETURN j
  UNION
  MATCH (j:Job)
  WHERE $person IS NULL
  RETURN j
}
WITH j
ORDER BY j.personId, j.ordinal
LIMIT $first
RETURN #{Job this=j} AS result
