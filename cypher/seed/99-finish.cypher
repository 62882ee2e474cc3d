// Last step of every load, in the same transaction. First, companies without jobs, tools nobody uses any more (with
// their aliases) and empty categories disappear, so a tool removed from the text disappears from the graph. Then the
// `weight` of shared nodes, which the explorer uses to size them, is recomputed: another person's load can change
// how many jobs used a tool, and at which companies.
CALL () {
  MATCH (c:Company) WHERE NOT (c)<-[:AT]-(:Job)
  DETACH DELETE c
}
CALL () {
  MATCH (t:Tool)
  WHERE NOT (t)<-[:USED|INVOLVED|MENTIONS|SKILLED_IN]-()
  OPTIONAL MATCH (a:Alias)-[:NAMES]->(t)
  DETACH DELETE a, t
}
CALL () {
  MATCH (c:Category) WHERE NOT (c)<-[:IN_CATEGORY]-(:Tool)
  DETACH DELETE c
}
CALL () {
  MATCH (a:Alias) WHERE NOT (a)-[:NAMES]->()
  DELETE a
}
CALL () {
  MATCH (t:Tool)
  SET t.weight = COUNT { (t)<-[:USED]-() }
}
// The companies where each tool was used, for recurringTools: collected here once per load rather than by walking
// every job of every listed tool on each request (3 M db hits per request at L).
CALL () {
  MATCH (t:Tool)
  SET t.companyIds = COLLECT { MATCH (t)<-[:USED]-(:Job)-[:AT]->(c:Company) WITH DISTINCT c ORDER BY c.name RETURN c.id }
}
CALL () {
  MATCH (c:Company)
  SET c.weight = COUNT { (c)<-[:AT]-() }
}
CALL () {
  MATCH (c:Category)
  SET c.weight = COUNT { (c)<-[:IN_CATEGORY]-() }
}
CALL () {
  MATCH (p:Person)
  SET p.weight = COUNT { (p)-[:HELD]->() } + COUNT { (p)-[:SKILLED_IN]->() }
}
RETURN 0 AS done
