// Removes the subgraphs of the people being (re)seeded: their jobs and everything a job owns, their skills and skill
// evidence. Shared nodes (companies, tools, categories) stay; 99-finish.cypher drops the ones nobody uses
// any more. Each part is its own subquery so deleting one job never multiplies rows with another's.
// $people: list of person ids.
UNWIND $people AS personId
MATCH (p:Person {id: personId})
CALL (p) {
  MATCH (p)-[:HELD]->(j:Job)
  OPTIONAL MATCH (j)-[:FACED|HAD_INCIDENT|HAS_EVIDENCE|BUILT|CONTRIBUTED|PRACTICED]->(owned)
  DETACH DELETE owned
  WITH DISTINCT j
  DETACH DELETE j
}
CALL (p) {
  MATCH (p)-[:HAS_EVIDENCE]->(e:Evidence)
  DETACH DELETE e
}
CALL (p) {
  MATCH (p)-[s:SKILLED_IN]->()
  DELETE s
}
