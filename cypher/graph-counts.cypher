// How many nodes of each label and relationships of each kind the graph holds, for the query cost estimate
// (server/graphql/cost.ts): a nested list is estimated as long as its relationship's average fan-out. Every count
// here is one label, or one relationship type with a label on one side, which Neo4j answers from its count store in
// constant time, however large the graph.
RETURN {
  Entity: COUNT { MATCH (:Entity) },
  Person: COUNT { MATCH (:Person) },
  Job: COUNT { MATCH (:Job) },
  Company: COUNT { MATCH (:Company) },
  Tool: COUNT { MATCH (:Tool) },
  Category: COUNT { MATCH (:Category) },
  Challenge: COUNT { MATCH (:Challenge) },
  Incident: COUNT { MATCH (:Incident) },
  Feature: COUNT { MATCH (:Feature) },
  Contribution: COUNT { MATCH (:Contribution) },
  Practice: COUNT { MATCH (:Practice) },
  Evidence: COUNT { MATCH (:Evidence) },
  `Person-HELD`: COUNT { MATCH (:Person)-[:HELD]->() },
  `Person-SKILLED_IN`: COUNT { MATCH (:Person)-[:SKILLED_IN]->() },
  `Job-AT`: COUNT { MATCH (:Job)-[:AT]->() },
  `Job-USED`: COUNT { MATCH (:Job)-[:USED]->() },
  `Job-MENTIONED`: COUNT { MATCH (:Job)-[:MENTIONED]->() },
  `Job-FACED`: COUNT { MATCH (:Job)-[:FACED]->() },
  `Job-HAD_INCIDENT`: COUNT { MATCH (:Job)-[:HAD_INCIDENT]->() },
  `Job-BUILT`: COUNT { MATCH (:Job)-[:BUILT]->() },
  `Job-CONTRIBUTED`: COUNT { MATCH (:Job)-[:CONTRIBUTED]->() },
  `Job-PRACTICED`: COUNT { MATCH (:Job)-[:PRACTICED]->() },
  `Job-HAS_EVIDENCE`: COUNT { MATCH (:Job)-[:HAS_EVIDENCE]->() },
  `Evidence-MENTIONS`: COUNT { MATCH (:Evidence)-[:MENTIONS]->() },
  `Tool-IN_CATEGORY`: COUNT { MATCH (:Tool)-[:IN_CATEGORY]->() },
  `Challenge-INVOLVED`: COUNT { MATCH (:Challenge)-[:INVOLVED]->() },
  `Incident-INVOLVED`: COUNT { MATCH (:Incident)-[:INVOLVED]->() },
  `Feature-INVOLVED`: COUNT { MATCH (:Feature)-[:INVOLVED]->() },
  `Contribution-INVOLVED`: COUNT { MATCH (:Contribution)-[:INVOLVED]->() },
  `Practice-INVOLVED`: COUNT { MATCH (:Practice)-[:INVOLVED]->() }
} AS counts
