import {
  GRAPH,
  JOB,
  MATCH,
  NEIGHBORHOOD,
  RECURRING_TOOLS,
  SHORTEST_PATH,
  TOOLS,
  WHERE_USED,
} from '../../client/api/operations.js';
import type { Database } from '../../db/database.js';
import { benchPosting } from './posting.js';

/** One GraphQL operation as the explorer (or an API user) sends it, with arguments chosen for the scale. */
export interface Operation {
  /** Unique label in the results ("whereUsed (most popular tool)"). */
  name: string;
  /** The Query field it exercises. */
  field: string;
  query: string;
  variables: Record<string, unknown>;
  /** Why these arguments. */
  note?: string;
}

/** The data-dependent arguments of a scale, looked up in the loaded graph. */
export interface ScaleArguments {
  popularTool: { id: string; name: string; jobs: number };
  midTool: { id: string; name: string; jobs: number };
  person: { id: string; name: string };
  otherPerson: { id: string; name: string };
  job: { id: string; label: string };
  company: { id: string; name: string; jobs: number };
  category: { id: string; name: string };
  challenge: { id: string };
  incident: { id: string };
  tools: number;
  jobs: number;
  /** Tools ranked between n/20 and n/4 by jobs: the load test asks about a different one on every request. */
  spread: string[];
}

/**
 * Picks realistic arguments: the most used tool (the heaviest whereUsed), a mid-popularity tool (rank n/10 of the
 * tools ordered by number of jobs: what a typical question asks about), the first person by id, another person, and
 * that person's first job.
 */
export async function findArguments(db: Database): Promise<ScaleArguments> {
  const tools = await db.read<{ id: string; name: string; jobs: number }>(
    'MATCH (t:Tool) RETURN t.id AS id, t.name AS name, t.weight AS jobs ORDER BY t.weight DESC, t.id',
  );
  const people = await db.read<{ id: string; name: string }>(
    'MATCH (p:Person) WHERE EXISTS { (p)-[:HELD]->() } RETURN p.id AS id, p.name AS name ORDER BY p.id LIMIT 2',
  );
  const person = people[0];
  const popular = tools[0];
  if (!person || !popular) throw new Error('the graph has no people or no tools');
  const jobs = await db.read<{
    id: string;
    label: string;
    company: { id: string; name: string; jobs: number };
    challenge: string | null;
    incident: string | null;
  }>(
    `MATCH (:Person {id: $id})-[:HELD]->(j:Job)-[:AT]->(c:Company)
     RETURN j.id AS id, j.label AS label, c {.id, .name, jobs: c.weight} AS company,
       head(COLLECT { MATCH (j)-[:FACED]->(x) RETURN x.id ORDER BY x.id }) AS challenge,
       head(COLLECT { MATCH (j)-[:HAD_INCIDENT]->(x) RETURN x.id ORDER BY x.id }) AS incident
     ORDER BY j.ordinal LIMIT 1`,
    { id: person.id },
  );
  const midTool = tools[Math.floor(tools.length / 10)] ?? popular;
  const categories = await db.read<{ id: string; name: string }>(
    'MATCH (:Tool {id: $id})-[:IN_CATEGORY]->(c:Category) RETURN c.id AS id, c.name AS name',
    { id: midTool.id },
  );
  const count = await db.read<{ n: number }>('MATCH (j:Job) RETURN count(j) AS n');
  const job = jobs[0];
  return {
    popularTool: popular,
    midTool,
    person,
    otherPerson: people[1] ?? person,
    job: { id: job?.id ?? '', label: job?.label ?? '' },
    company: job?.company ?? { id: '', name: '', jobs: 0 },
    category: categories[0] ?? { id: '', name: '' },
    challenge: { id: job?.challenge ?? '' },
    incident: { id: job?.incident ?? '' },
    tools: tools.length,
    jobs: count[0]?.n ?? 0,
    spread: tools
      .slice(Math.floor(tools.length / 20), Math.max(Math.floor(tools.length / 4), 1))
      .map((t) => t.name),
  };
}

// The explorer's own documents where it sends one, and its selections elsewhere, so the numbers describe what a
// person waits for and follow the explorer when it changes.
const TOOL_SUMMARY = 'id name aliases category jobCount';
const JOB_REF = 'id label title company { id name }';

/**
 * Every root field of the Query type, at least once. The bench refuses to run when the schema has a field this
 * list does not cover, so a new operation cannot go unmeasured.
 */
export function operations(a: ScaleArguments): Operation[] {
  return [
    {
      name: 'whereUsed (mid-popularity tool)',
      field: 'whereUsed',
      query: WHERE_USED,
      variables: { tool: a.midTool.name.toLowerCase() },
      note: `${a.midTool.name}: ${a.midTool.jobs} jobs (rank n/10 of ${a.tools} tools by jobs)`,
    },
    {
      name: 'whereUsed (most popular tool)',
      field: 'whereUsed',
      query: WHERE_USED,
      variables: { tool: a.popularTool.name.toLowerCase() },
      note: `${a.popularTool.name}: ${a.popularTool.jobs} jobs (first 500 usages returned, the default)`,
    },
    {
      name: 'whereUsed (unknown tool, suggestions)',
      field: 'whereUsed',
      query: WHERE_USED,
      variables: { tool: `${a.midTool.name.toLowerCase().slice(0, -1)}x` },
      note: 'a misspelt name: no usages, fuzzy suggestions',
    },
    {
      name: 'tools',
      field: 'tools',
      query: TOOLS,
      variables: {},
      note: 'the explorer’s tool list (first 1000)',
    },
    {
      name: 'tool',
      field: 'tool',
      query: `query Tool($name: String) { tool(name: $name) { ${TOOL_SUMMARY} vendor } }`,
      variables: { name: a.midTool.name },
    },
    {
      name: 'recurringTools',
      field: 'recurringTools',
      query: RECURRING_TOOLS,
      variables: { minJobs: 2, first: 50 },
      note: 'the explorer’s side panel: top 50 with their companies',
    },
    {
      name: 'coUsedTools',
      field: 'coUsedTools',
      query: `query CoUsed($tool: String!) { coUsedTools(tool: $tool, first: 10) { sharedJobs tool { id name } } }`,
      variables: { tool: a.midTool.name },
    },
    {
      name: 'people',
      field: 'people',
      query: 'query People { people { id name } }',
      variables: {},
    },
    {
      name: 'jobs (one person)',
      field: 'jobs',
      query: `query Jobs($person: ID) { jobs(person: $person) { ${JOB_REF} ordinal } }`,
      variables: { person: a.person.id },
    },
    {
      name: 'job',
      field: 'job',
      query: JOB,
      variables: { id: a.job.id },
      note: 'the explorer’s job panel',
    },
    {
      name: 'person',
      field: 'person',
      query: 'query Person($id: ID!) { person(id: $id) { id name jobs { id label title } } }',
      variables: { id: a.person.id },
    },
    {
      name: 'company',
      field: 'company',
      query: `query Company($id: ID!) { company(id: $id) { id name jobs { id label title person { id name } } } }`,
      variables: { id: a.company.id },
      note: `${a.company.name}: ${a.company.jobs} jobs (the employer of that person's first job)`,
    },
    {
      name: 'category',
      field: 'category',
      query: `query Category($id: ID!) { category(id: $id) { id name tools { ${TOOL_SUMMARY} } } }`,
      variables: { id: a.category.id },
    },
    {
      name: 'challenge',
      field: 'challenge',
      query: `query Challenge($id: ID!) { challenge(id: $id) { id title resolution tools { id name } job { ${JOB_REF} } } }`,
      variables: { id: a.challenge.id },
    },
    {
      name: 'incident',
      field: 'incident',
      query: `query Incident($id: ID!) {
  incident(id: $id) { id failure cause rectification learning tools { id name } job { ${JOB_REF} } }
}`,
      variables: { id: a.incident.id },
    },
    {
      name: 'companies',
      field: 'companies',
      query: 'query Companies { companies(first: 100) { id name } }',
      variables: {},
    },
    {
      name: 'categories',
      field: 'categories',
      query: 'query Categories { categories { id name } }',
      variables: {},
    },
    {
      name: 'challenges (one tool)',
      field: 'challenges',
      query: `query Challenges($tool: String) {
  challenges(tool: $tool, first: 100) { id title resolution tools { id name } job { ${JOB_REF} } }
}`,
      variables: { tool: a.midTool.name },
    },
    {
      name: 'incidents (one tool)',
      field: 'incidents',
      query: `query Incidents($tool: String) {
  incidents(tool: $tool, first: 100) { id failure cause rectification learning tools { id name } job { ${JOB_REF} } }
}`,
      variables: { tool: a.midTool.name },
    },
    {
      name: 'search',
      field: 'search',
      query: 'query Search($text: String!) { search(text: $text) { id type label snippet score } }',
      variables: { text: a.midTool.name.split(/\s+/)[0]?.toLowerCase() ?? 'data' },
    },
    {
      name: 'graph (all types, limit 5000)',
      field: 'graph',
      query: GRAPH,
      variables: { limit: 5000 },
      note: 'the explorer’s first screen: every node type, the 5000 heaviest nodes and their edges',
    },
    {
      name: 'graph (one person)',
      field: 'graph',
      query: GRAPH,
      variables: { person: a.person.id },
    },
    {
      name: 'neighborhood (mid tool, depth 1)',
      field: 'neighborhood',
      query: NEIGHBORHOOD,
      variables: { id: a.midTool.id, depth: 1, limit: 200 },
      note: 'what the explorer asks when a node is expanded',
    },
    {
      name: 'neighborhood (job, depth 2)',
      field: 'neighborhood',
      query: NEIGHBORHOOD,
      variables: { id: a.job.id, depth: 2, limit: 200 },
    },
    {
      name: 'shortestPath (person to person)',
      field: 'shortestPath',
      query: SHORTEST_PATH,
      variables: { from: a.person.id, to: a.otherPerson.id },
    },
    {
      name: 'match (5 KB posting)',
      field: 'match',
      query: MATCH,
      variables: { text: benchPosting(a), person: a.person.id },
      note: `${a.person.name}'s graph against a 5 KB posting naming 18 tools (16 from the graph)`,
    },
    {
      name: 'stats',
      field: 'stats',
      query:
        'query Stats { stats { people jobs companies tools categories challenges incidents evidence relationships } }',
      variables: {},
    },
  ];
}
