// Counts come from Neo4j's count store: constant time however large the graph.
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
