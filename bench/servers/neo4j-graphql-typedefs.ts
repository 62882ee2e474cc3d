/**
 * The Skillgraph model as Neo4j GraphQL Library type definitions, over the same labels, relationship types and
 * properties the seeder writes. Only what the comparable operations need: tools by name with their jobs and the
 * evidence naming them (whereUsed), tools by number of jobs (recurringTools), a node's neighbours (neighborhood).
 */
export const TYPE_DEFS = /* GraphQL */ `
  type Tool @node {
    id: ID!
    name: String!
    aliases: [String!]
    category: String
    vendor: String
    weight: Int
    "Number of jobs that used the tool, as a library user would write it (our schema reads the stored weight)."
    jobCount: Int!
      @cypher(statement: "RETURN COUNT { (this)<-[:USED]-(:Job) } AS jobCount", columnName: "jobCount")
    jobs: [Job!]! @relationship(type: "USED", direction: IN)
    categories: [Category!]! @relationship(type: "IN_CATEGORY", direction: OUT)
    challenges: [Challenge!]! @relationship(type: "INVOLVED", direction: IN)
    incidents: [Incident!]! @relationship(type: "INVOLVED", direction: IN)
  }

  type Job @node {
    id: ID!
    label: String
    title: String
    ordinal: Int
    personId: String
    weight: Int
    company: [Company!]! @relationship(type: "AT", direction: OUT)
    person: [Person!]! @relationship(type: "HELD", direction: IN)
    tools: [Tool!]! @relationship(type: "USED", direction: OUT)
    evidence: [Evidence!]! @relationship(type: "HAS_EVIDENCE", direction: OUT)
  }

  type Evidence @node {
    id: ID!
    text: String!
    section: String
    line: Int
    tools: [Tool!]! @relationship(type: "MENTIONS", direction: OUT)
  }

  type Company @node {
    id: ID!
    name: String!
    weight: Int
    jobs: [Job!]! @relationship(type: "AT", direction: IN)
  }

  type Person @node {
    id: ID!
    name: String!
    jobs: [Job!]! @relationship(type: "HELD", direction: OUT)
  }

  type Category @node {
    id: ID!
    name: String!
    tools: [Tool!]! @relationship(type: "IN_CATEGORY", direction: IN)
  }

  type Challenge @node {
    id: ID!
    title: String
    label: String
    weight: Int
  }

  type Incident @node {
    id: ID!
    failure: String
    label: String
    weight: Int
  }
`;
