// docs-api-19-stats
// {
//   stats { people jobs companies tools categories challenges incidents evidence relationships }
// }

// params: {"nestedLimit":1000}
RETURN {
  people: COUNT { MATCH (:Person) },
  jobs: COUNT { MATCH (:Job) },
  companies: COUNT { MATCH (:Company) },
  tools: COUNT { MATCH (:Tool) },
  categories: COUNT { MATCH (:Category) },
  challenges: COUNT { MATCH (:Challenge) },
  incidents: COUNT { MATCH (:Incident) },
  evidence: COUNT { MATCH (:Evidence) },
  relationships: COUNT { MATCH ()-[]->() }
} AS result
