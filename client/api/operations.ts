import type {
  Challenge,
  Company,
  Evidence,
  Graph,
  GraphEdge,
  GraphNode,
  Incident,
  Job,
  NodeType,
  Person,
  TeamRole,
  Tool,
  ToolRecurrence,
  WhereUsed,
} from '../../server/generated/graphql.js';

// Every document the explorer sends, next to the type of its result. The result types are built from the
// generated schema types with Pick, so renaming a field in server/schema.graphql breaks the client's build.

export type GraphNodeData = Pick<GraphNode, 'id' | 'type' | 'label' | 'weight' | 'category'>;
export type GraphEdgeData = Pick<GraphEdge, 'id' | 'source' | 'target' | 'type'>;
export interface GraphData extends Pick<Graph, 'truncated' | 'total'> {
  nodes: GraphNodeData[];
  edges: GraphEdgeData[];
}

const GRAPH_FIELDS =
  'nodes { id type label weight category } edges { id source target type } truncated total';

export interface GraphVariables {
  types?: NodeType[] | null;
  minJobs?: number | null;
  person?: string | null;
  limit?: number;
}
export const GRAPH = `query Graph($types: [NodeType!], $minJobs: Int, $person: ID, $limit: Int) {
  graph(types: $types, minJobs: $minJobs, person: $person, limit: $limit) { ${GRAPH_FIELDS} }
}`;
export interface GraphResult {
  graph: GraphData;
}

export const NEIGHBORHOOD = `query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
  neighborhood(id: $id, depth: $depth, limit: $limit) { ${GRAPH_FIELDS} }
}`;
export interface NeighborhoodResult {
  neighborhood: GraphData;
}

export const SHORTEST_PATH = `query ShortestPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to) { ${GRAPH_FIELDS} }
}`;
export interface ShortestPathResult {
  shortestPath: GraphData | null;
}

export type ToolSummary = Pick<Tool, 'id' | 'name' | 'aliases' | 'category' | 'jobCount'>;
export const TOOLS = `query Tools { tools(first: 1000) { id name aliases category jobCount } }`;
export interface ToolsResult {
  tools: ToolSummary[];
}

export type EvidenceData = Pick<Evidence, 'text' | 'section' | 'line'>;
export type JobRef = Pick<Job, 'id' | 'label' | 'title'> & { company: Pick<Company, 'id' | 'name'> };
export interface UsageData {
  job: JobRef;
  evidence: EvidenceData[];
}
export type WhereUsedData = Pick<WhereUsed, 'query' | 'suggestions'> & {
  tool: ToolSummary | null;
  usages: UsageData[];
};
export const WHERE_USED = `query WhereUsed($tool: String!) {
  whereUsed(tool: $tool) {
    query
    tool { id name aliases category jobCount }
    usages { job { id label title company { id name } } evidence { text section line } }
    suggestions
  }
}`;
export interface WhereUsedResult {
  whereUsed: WhereUsedData;
}

export type RecurrenceData = Pick<ToolRecurrence, 'jobCount'> & {
  tool: Pick<Tool, 'id' | 'name'>;
  companies: Pick<Company, 'name'>[];
};
export const RECURRING_TOOLS = `query RecurringTools($minJobs: Int, $first: Int) {
  recurringTools(minJobs: $minJobs, first: $first) { jobCount tool { id name } companies { name } }
}`;
export interface RecurringToolsResult {
  recurringTools: RecurrenceData[];
}

type ToolRef = Pick<Tool, 'id' | 'name'>;
export type ChallengeData = Pick<Challenge, 'id' | 'title' | 'resolution'> & { tools: ToolRef[] };
export type IncidentData = Pick<Incident, 'id' | 'failure' | 'cause' | 'rectification' | 'learning'> & {
  tools: ToolRef[];
};
export type JobDetail = Pick<
  Job,
  | 'id'
  | 'label'
  | 'title'
  | 'platform'
  | 'startDate'
  | 'endDate'
  | 'leadPercent'
  | 'codePercent'
  | 'teamSize'
  | 'summary'
  | 'source'
  | 'line'
> & {
  company: Pick<Company, 'id' | 'name'>;
  team: Pick<TeamRole, 'role' | 'count'>[];
  tools: Pick<Tool, 'id' | 'name' | 'category'>[];
  challenges: ChallengeData[];
  incidents: IncidentData[];
};
export const JOB = `query Job($id: ID!) {
  job(id: $id) {
    id label title platform startDate endDate leadPercent codePercent teamSize summary source line
    company { id name }
    team { role count }
    tools { id name category }
    challenges { id title resolution tools { id name } }
    incidents { id failure cause rectification learning tools { id name } }
  }
}`;
export interface JobResult {
  job: JobDetail | null;
}

/** Challenges and incidents have no by-id query; the explorer loads them all once (a few dozen) and looks up. */
export type ChallengeDetail = ChallengeData & { job: JobRef };
export type IncidentDetail = IncidentData & { job: JobRef };
export const STORIES = `query Stories {
  challenges(first: 1000) { id title resolution tools { id name } job { id label title company { id name } } }
  incidents(first: 1000) {
    id failure cause rectification learning tools { id name } job { id label title company { id name } }
  }
}`;
export interface StoriesResult {
  challenges: ChallengeDetail[];
  incidents: IncidentDetail[];
}

export type PersonSummary = Pick<Person, 'id' | 'name'>;
export const FACETS = `query Facets { people { id name } categories { id name } }`;
export interface FacetsResult {
  people: PersonSummary[];
  categories: { id: string; name: string }[];
}
