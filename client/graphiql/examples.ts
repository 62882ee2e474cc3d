/** Example tabs GraphiQL opens with on a first visit; the first is the question the product is built around. */
export const EXAMPLES: { query: string }[] = [
  {
    query: `# Where did I use Kafka? Names, aliases and questions all work.
query WhereDidIUseKafka {
  whereUsed(tool: "where did I use kafka?") {
    tool { name aliases category jobCount }
    usages {
      job { title company { name } }
      evidence { text section line }
    }
    suggestions
  }
}`,
  },
  {
    query: `# Tools used in two or more jobs, most first
query RecurringTools {
  recurringTools(minJobs: 2, first: 10) {
    jobCount
    tool { name category }
    companies { name }
  }
}`,
  },
  {
    query: `# One job in full: split, team, challenges and the incident
query OneJob {
  job(id: "job:me:1") {
    title
    company { name }
    platform
    leadPercent
    codePercent
    team { role count }
    challenges { title resolution tools { name } }
    incidents { failure cause rectification learning }
  }
}`,
  },
  {
    query: `# How is Kafka connected to ETSY?
query KafkaToEtsy {
  shortestPath(from: "tool:apache-kafka", to: "company:etsy") {
    nodes { id type label }
    edges { source target type }
  }
}`,
  },
];
