import type { ScaleArguments } from './operations.js';

/** An operation the Neo4j GraphQL Library can express, paired with the Skillgraph operation it stands for. */
export interface LibraryOperation {
  name: string;
  /** The Skillgraph operation (by name) it is compared with. */
  comparesTo: string;
  query: string;
  variables: Record<string, unknown>;
  /** What differs from Skillgraph's answer. */
  note: string;
}

const WHERE_USED = `query WhereUsed($name: String!, $limit: Int) {
  tools(where: { name: { eq: $name } }) {
    id name aliases category jobCount
    jobs(limit: $limit, sort: [{ personId: ASC }, { ordinal: ASC }]) {
      id label title
      company { id name }
      evidence(where: { tools: { some: { name: { eq: $name } } } }, sort: [{ line: ASC }]) { text section line }
    }
  }
}`;

/**
 * The comparable operations in the library's idiom: filter tools by name and nest the jobs with the evidence that
 * mentions the tool (whereUsed), sort tools by a @cypher job count or by the stored weight (recurringTools), and a
 * tool's neighbours one hop away (neighborhood). Same selections, same limits as Skillgraph's where the library
 * allows it.
 */
export function libraryOperations(a: ScaleArguments): LibraryOperation[] {
  return [
    {
      name: 'lib whereUsed (mid-popularity tool)',
      comparesTo: 'whereUsed (mid-popularity tool)',
      query: WHERE_USED,
      variables: { name: a.midTool.name, limit: 500 },
      note: 'exact canonical name instead of any alias, any case',
    },
    {
      name: 'lib whereUsed (most popular tool)',
      comparesTo: 'whereUsed (most popular tool)',
      query: WHERE_USED,
      variables: { name: a.popularTool.name, limit: 500 },
      note: 'exact canonical name instead of any alias, any case',
    },
    {
      name: 'lib recurringTools (@cypher jobCount)',
      comparesTo: 'recurringTools (without companies)',
      query: `query Recurring {
  tools(where: { jobCount: { gte: 2 } }, sort: [{ jobCount: DESC }, { name: ASC }], limit: 50) { id name jobCount }
}`,
      variables: {},
      note: 'job count computed per tool by a @cypher field, as a library user would write it',
    },
    {
      name: 'lib recurringTools (stored weight)',
      comparesTo: 'recurringTools (without companies)',
      query: `query Recurring {
  tools(where: { weight: { gte: 2 } }, sort: [{ weight: DESC }, { name: ASC }], limit: 50) { id name weight }
}`,
      variables: {},
      note: 'sorted by the weight property the seeder stores, like Skillgraph',
    },
    {
      name: 'lib neighborhood (mid tool, depth 1)',
      comparesTo: 'neighborhood (mid tool, depth 1)',
      query: `query Neighbours($id: ID!) {
  tools(where: { id: { eq: $id } }) {
    id name weight
    jobs(limit: 200, sort: [{ weight: DESC }, { id: ASC }]) { id label weight }
    categories { id name }
    challenges(limit: 200) { id label weight }
    incidents(limit: 200) { id label weight }
  }
}`,
      variables: { id: a.midTool.id },
      note: 'neighbours only: the library cannot return the edges among them, which Skillgraph does',
    },
  ];
}
