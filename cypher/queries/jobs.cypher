// Jobs in document order, of one person or of everyone. $person: person id or null; $first.
// The second branch lists everything; its UNWIND yields no row when a person is given, so it scans nothing then.
CALL () {
  MATCH (p:Person {id: $person})-[:HELD]->(j:Job)
  USING INDEX SEEK p:Person(id)
  RETURN j
  UNION
  UNWIND CASE WHEN $person IS NULL THEN [true] ELSE [] END AS everyone
  MATCH (j:Job)
  RETURN j
}
WITH j
ORDER BY j.personId, j.ordinal
LIMIT $first
RETURN #{Job this=j} AS result
