// Every GraphQL document the explorer sends. `npm run codegen` reads this file and generates the result and
// variable types of each operation into generated.ts, so a field renamed in server/schema.graphql, or a document
// that asks for something the schema lacks, fails the build. Fragments are appended to the operations that spread
// them, so the server receives one self-contained document per request; codegen finds a document only as the whole
// value of a constant, hence the `_OPERATION` constants.

const GRAPH_FIELDS = /* GraphQL */ `
  fragment GraphFields on Graph {
    nodes { id type label weight category }
    edges { id source target type }
    truncated
    total
  }
`;

/** Where a sentence came from (file, line, section) and the paragraph around it, for proof a reader can check. */
const EVIDENCE_FIELDS = /* GraphQL */ `
  fragment EvidenceFields on Evidence { text section line source context }
`;

const TOOL_SUMMARY = /* GraphQL */ `
  fragment ToolSummary on Tool { id name aliases category jobCount }
`;

const JOB_REF = /* GraphQL */ `
  fragment JobRef on Job { id label title startDate endDate company { id name } }
`;

const CHALLENGE_FIELDS = /* GraphQL */ `
  fragment ChallengeFields on Challenge { id title resolution line tools { id name } }
`;

const INCIDENT_FIELDS = /* GraphQL */ `
  fragment IncidentFields on Incident { id title failure cause rectification learning line tools { id name } }
`;

const GRAPH_OPERATION = /* GraphQL */ `
  query Graph($types: [NodeType!], $minJobs: Int, $person: ID, $limit: Int) {
    graph(types: $types, minJobs: $minJobs, person: $person, limit: $limit) { ...GraphFields }
  }
`;
export const GRAPH = GRAPH_OPERATION + GRAPH_FIELDS;

const NEIGHBORHOOD_OPERATION = /* GraphQL */ `
  query Neighborhood($id: ID!, $depth: Int, $limit: Int) {
    neighborhood(id: $id, depth: $depth, limit: $limit) { ...GraphFields }
  }
`;
export const NEIGHBORHOOD = NEIGHBORHOOD_OPERATION + GRAPH_FIELDS;

const SHORTEST_PATH_OPERATION = /* GraphQL */ `
  query ShortestPath($from: ID!, $to: ID!) {
    shortestPath(from: $from, to: $to) { ...GraphFields }
  }
`;
export const SHORTEST_PATH = SHORTEST_PATH_OPERATION + GRAPH_FIELDS;

const TOOLS_OPERATION = /* GraphQL */ `
  query Tools { tools(first: 1000) { ...ToolSummary } }
`;
export const TOOLS = TOOLS_OPERATION + TOOL_SUMMARY;

const WHERE_USED_OPERATION = /* GraphQL */ `
  query WhereUsed($tool: String!) {
    whereUsed(tool: $tool) {
      query
      tool { ...ToolSummary }
      usages { job { ...JobRef } stance evidence { ...EvidenceFields } }
      mentions { job { ...JobRef } stance evidence { ...EvidenceFields } }
      known { id name aliases category }
      suggestions
    }
  }
`;
export const WHERE_USED = WHERE_USED_OPERATION + TOOL_SUMMARY + JOB_REF + EVIDENCE_FIELDS;

export const RECURRING_TOOLS = /* GraphQL */ `
  query RecurringTools($minJobs: Int, $first: Int) {
    recurringTools(minJobs: $minJobs, first: $first) { jobCount tool { id name } companies { name } }
  }
`;

const JOB_OPERATION = /* GraphQL */ `
  query Job($id: ID!) {
    job(id: $id) {
      id label title platform startDate endDate leadPercent codePercent teamSize summary source line
      company { id name }
      team { role count }
      tools { id name category }
      challenges { ...ChallengeFields }
      incidents { ...IncidentFields }
      evidence { ...EvidenceFields }
    }
  }
`;
export const JOB = JOB_OPERATION + CHALLENGE_FIELDS + INCIDENT_FIELDS + EVIDENCE_FIELDS;

/**
 * The Recurrence view: the most-used tools with each job that used them and its company, so every job can be drawn
 * as one block coloured by its company. Loaded when the view is first shown.
 */
const RECURRENCE_OPERATION = /* GraphQL */ `
  query Recurrence($minJobs: Int, $first: Int) {
    recurringTools(minJobs: $minJobs, first: $first) {
      jobCount
      tool { id name category jobs { ...JobRef } }
    }
  }
`;
export const RECURRENCE = RECURRENCE_OPERATION + JOB_REF;

/** The Timeline view: every job with its dates and tools. Loaded when the view is first shown. */
const TIMELINE_OPERATION = /* GraphQL */ `
  query Timeline($person: ID) {
    jobs(person: $person, first: 1000) { ...JobRef person { id name } tools { id name } }
  }
`;
export const TIMELINE = TIMELINE_OPERATION + JOB_REF;

/** Challenges and incidents have no by-id query; the explorer loads them all once (a few dozen) and looks up. */
const STORIES_OPERATION = /* GraphQL */ `
  query Stories {
    challenges(first: 1000) { ...ChallengeFields job { ...JobRef } }
    incidents(first: 1000) { ...IncidentFields job { ...JobRef } }
  }
`;
export const STORIES = STORIES_OPERATION + CHALLENGE_FIELDS + INCIDENT_FIELDS + JOB_REF;

export const FACETS = /* GraphQL */ `
  query Facets { people { id name } categories { id name } }
`;

export const STATS = /* GraphQL */ `
  query Stats { stats { jobs companies tools categories challenges incidents evidence } }
`;

const MATCH_JOB = /* GraphQL */ `
  fragment MatchJobFields on MatchJob { id label title company startDate endDate }
`;

const COVERAGE_FIELDS = /* GraphQL */ `
  fragment CoverageFields on Coverage { total evidenced claimedOnly adjacent mentioned missing }
`;

/**
 * The "Match a job" panel: a pasted posting, requirement by requirement, with the evidence behind each, the coverage
 * summary and the evidence pack as Markdown (so the downloaded pack is the server's, the same as the CLI's).
 */
const MATCH_OPERATION = /* GraphQL */ `
  query Match($text: String!, $person: ID) {
    match(text: $text, person: $person) {
      person { id name }
      requirements {
        tool { id name aliases category }
        priority because status explanation sentence line section written group
        jobCount lastUsed firstUsed years
        usages { job { ...MatchJobFields } stance evidence { ...EvidenceFields } }
        claims { ...EvidenceFields }
        mentions { job { ...MatchJobFields } stance evidence { ...EvidenceFields } }
        adjacent { tool { id name category } reason jobs { ...MatchJobFields } }
      }
      unrecognised { term line suggestions }
      summary { must { ...CoverageFields } nice { ...CoverageFields } text }
      markdown
    }
  }
`;
export const MATCH = MATCH_OPERATION + MATCH_JOB + COVERAGE_FIELDS + EVIDENCE_FIELDS;
