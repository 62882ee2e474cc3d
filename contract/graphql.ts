export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
};

export type Category = {
  __typename?: 'Category';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
  tools: Array<Tool>;
};

export type Challenge = {
  __typename?: 'Challenge';
  id: Scalars['ID']['output'];
  job: Job;
  line: Maybe<Scalars['Int']['output']>;
  resolution: Maybe<Scalars['String']['output']>;
  title: Scalars['String']['output'];
  tools: Array<Tool>;
};

export type CoUsage = {
  __typename?: 'CoUsage';
  sharedJobs: Scalars['Int']['output'];
  tool: Tool;
};

export type Company = {
  __typename?: 'Company';
  id: Scalars['ID']['output'];
  jobs: Array<Job>;
  name: Scalars['String']['output'];
};

export type Contribution = {
  __typename?: 'Contribution';
  id: Scalars['ID']['output'];
  line: Maybe<Scalars['Int']['output']>;
  text: Scalars['String']['output'];
  title: Scalars['String']['output'];
  tools: Array<Tool>;
};

/** A sentence of a narrative that names a tool. */
export type Evidence = {
  __typename?: 'Evidence';
  /** The whole paragraph or bullet the sentence stands in, when it holds more than this sentence. */
  context: Maybe<Scalars['String']['output']>;
  /** Line in the source document. */
  line: Scalars['Int']['output'];
  /** The part of the narrative it came from ("Features", "Challenges", "Production incident", ...). */
  section: Scalars['String']['output'];
  /** The source document's file name. */
  source: Maybe<Scalars['String']['output']>;
  text: Scalars['String']['output'];
};

export type Feature = {
  __typename?: 'Feature';
  id: Scalars['ID']['output'];
  line: Maybe<Scalars['Int']['output']>;
  text: Scalars['String']['output'];
  tools: Array<Tool>;
};

export type Graph = {
  __typename?: 'Graph';
  edges: Array<GraphEdge>;
  nodes: Array<GraphNode>;
  total: Scalars['Int']['output'];
  /** True when `limit` cut the result; `total` then says how many nodes there were. */
  truncated: Scalars['Boolean']['output'];
};

export type GraphEdge = {
  __typename?: 'GraphEdge';
  id: Scalars['ID']['output'];
  source: Scalars['ID']['output'];
  target: Scalars['ID']['output'];
  type: Scalars['String']['output'];
};

export type GraphNode = {
  __typename?: 'GraphNode';
  /** The category of a tool. */
  category: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  type: NodeType;
  /** Size hint: jobs for tools, companies and people; tools for jobs and categories. */
  weight: Maybe<Scalars['Float']['output']>;
};

export type Incident = {
  __typename?: 'Incident';
  cause: Maybe<Scalars['String']['output']>;
  failure: Scalars['String']['output'];
  id: Scalars['ID']['output'];
  job: Job;
  learning: Maybe<Scalars['String']['output']>;
  line: Maybe<Scalars['Int']['output']>;
  rectification: Maybe<Scalars['String']['output']>;
  /** A short title from the incident's own words. */
  title: Scalars['String']['output'];
  tools: Array<Tool>;
};

export type Job = {
  __typename?: 'Job';
  app: Maybe<Scalars['String']['output']>;
  challenges: Array<Challenge>;
  codePercent: Maybe<Scalars['Int']['output']>;
  company: Company;
  contributions: Array<Contribution>;
  /** End of the job, in the same form, or "present". */
  endDate: Maybe<Scalars['String']['output']>;
  endUsers: Maybe<Scalars['String']['output']>;
  /** Every sentence of the narrative that names a tool. */
  evidence: Array<Evidence>;
  features: Array<Feature>;
  id: Scalars['ID']['output'];
  incidents: Array<Incident>;
  /** Display label: "Team Lead · Truist Financial Corporation". */
  label: Scalars['String']['output'];
  leadPercent: Maybe<Scalars['Int']['output']>;
  line: Maybe<Scalars['Int']['output']>;
  /** Tools the job's text names without having used them (evaluated, someone else's, planned). */
  mentions: Array<ToolMention>;
  /** Position of the job in its person's documents (1-based). */
  ordinal: Scalars['Int']['output'];
  person: Person;
  /** Cloud platform(s) the job ran on, e.g. "AWS". */
  platform: Maybe<Scalars['String']['output']>;
  practices: Array<Practice>;
  /** Source file name and line of the narrative. */
  source: Maybe<Scalars['String']['output']>;
  /** Start of the job: "2019-03" when the month is known, "2019" when only the year is. */
  startDate: Maybe<Scalars['String']['output']>;
  startingPoint: Maybe<Scalars['String']['output']>;
  summary: Maybe<Scalars['String']['output']>;
  team: Array<TeamRole>;
  teamSize: Maybe<Scalars['Int']['output']>;
  title: Maybe<Scalars['String']['output']>;
  tools: Array<Tool>;
  whyHired: Maybe<Scalars['String']['output']>;
};

/** A tool as the taxonomy knows it, whether or not a job names it. */
export type KnownTool = {
  __typename?: 'KnownTool';
  aliases: Array<Scalars['String']['output']>;
  category: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

export type NodeType =
  | 'CATEGORY'
  | 'CHALLENGE'
  | 'COMPANY'
  | 'INCIDENT'
  | 'JOB'
  | 'PERSON'
  | 'TOOL';

export type Person = {
  __typename?: 'Person';
  id: Scalars['ID']['output'];
  jobs: Array<Job>;
  name: Scalars['String']['output'];
  /** Tools the person claims as skills (a Skills section, a summary, a certification, JSON Resume skills), whether or not a job shows them used. */
  skills: Array<Tool>;
};

/** How the team worked: task tracking and documentation, testing, meetings. */
export type Practice = {
  __typename?: 'Practice';
  id: Scalars['ID']['output'];
  kind: Scalars['String']['output'];
  text: Scalars['String']['output'];
  tools: Array<Tool>;
};

/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type Query = {
  __typename?: 'Query';
  categories: Array<Category>;
  category: Maybe<Category>;
  challenge: Maybe<Challenge>;
  /** Challenges, optionally only those in which a tool (name or alias) was involved. */
  challenges: Array<Challenge>;
  /** Tools that appear in the same jobs as the given one, ranked by shared jobs. */
  coUsedTools: Array<CoUsage>;
  /** Companies, those with the most jobs first. */
  companies: Array<Company>;
  company: Maybe<Company>;
  /** What the explorer draws: nodes of the given types (all by default), tools used in at least `minJobs` jobs, optionally of one person or one tool category (name or id). */
  graph: Graph;
  incident: Maybe<Incident>;
  /** Production incidents, optionally only those in which a tool (name or alias) was involved. */
  incidents: Array<Incident>;
  job: Maybe<Job>;
  /** Jobs in document order, of one person or of everyone. */
  jobs: Array<Job>;
  /** The nodes within `depth` hops of a node (at most `limit`, most connected first) and the edges between them. */
  neighborhood: Graph;
  people: Array<Person>;
  person: Maybe<Person>;
  /** Tools ranked by how many jobs used them. */
  recurringTools: Array<ToolRecurrence>;
  /** Full-text search over names and evidence sentences. */
  search: Array<SearchHit>;
  /** A shortest path between two nodes through jobs, companies, tools, challenges and incidents; null when unconnected. */
  shortestPath: Maybe<Graph>;
  stats: Stats;
  /** One tool by id ("tool:apache-kafka") or by name or alias. */
  tool: Maybe<Tool>;
  /** Tools, most-used first. `search` matches names and aliases by prefix; `category` is a category name or id. */
  tools: Array<Tool>;
  /** Where did I use a tool? Takes a name or any alias, case-insensitively (also "where did I use kafka?"), or a tool id. Unknown names get suggestions. */
  whereUsed: WhereUsed;
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryCategoryArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryChallengeArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryChallengesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  tool: InputMaybe<Scalars['String']['input']>;
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryCoUsedToolsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  tool: Scalars['String']['input'];
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryCompaniesArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryCompanyArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryGraphArgs = {
  category: InputMaybe<Scalars['String']['input']>;
  limit?: InputMaybe<Scalars['Int']['input']>;
  minJobs: InputMaybe<Scalars['Int']['input']>;
  person: InputMaybe<Scalars['ID']['input']>;
  types: InputMaybe<Array<NodeType>>;
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryIncidentArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryIncidentsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  tool: InputMaybe<Scalars['String']['input']>;
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryJobArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryJobsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  person: InputMaybe<Scalars['ID']['input']>;
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryNeighborhoodArgs = {
  depth?: InputMaybe<Scalars['Int']['input']>;
  id: Scalars['ID']['input'];
  limit?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryPeopleArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryPersonArgs = {
  id: Scalars['ID']['input'];
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryRecurringToolsArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  minJobs?: InputMaybe<Scalars['Int']['input']>;
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QuerySearchArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  text: Scalars['String']['input'];
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryShortestPathArgs = {
  from: Scalars['ID']['input'];
  maxLength?: InputMaybe<Scalars['Int']['input']>;
  to: Scalars['ID']['input'];
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryToolArgs = {
  id: InputMaybe<Scalars['ID']['input']>;
  name: InputMaybe<Scalars['String']['input']>;
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryToolsArgs = {
  category: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  minJobs: InputMaybe<Scalars['Int']['input']>;
  search: InputMaybe<Scalars['String']['input']>;
};


/**
 * Skillgraph's GraphQL API: traversal queries over a skills graph built from career narratives.
 * Every root field is answered by one Cypher query (cypher/queries/<field>.cypher) into which the selection is compiled.
 * Ids are stable domain keys such as "tool:apache-kafka" or "job:me:1", never Neo4j internal ids.
 */
export type QueryWhereUsedArgs = {
  first?: InputMaybe<Scalars['Int']['input']>;
  person: InputMaybe<Scalars['ID']['input']>;
  tool: Scalars['String']['input'];
};

export type SearchHit = {
  __typename?: 'SearchHit';
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  score: Scalars['Float']['output'];
  /** The matching sentence, for hits in evidence. */
  snippet: Maybe<Scalars['String']['output']>;
  type: NodeType;
};

/** How a sentence speaks of a tool. */
export type Stance =
  /** Evaluated, considered or tried, and not adopted. */
  | 'EVALUATED'
  /** The job used it before moving away from it ("moved off Jenkins to GitHub Actions"). */
  | 'MIGRATED_FROM'
  /** Someone else's: another team, a client, a vendor. */
  | 'OTHERS'
  /** Planned, not done yet. */
  | 'PLANNED'
  /** The job used it. */
  | 'USED';

export type Stats = {
  __typename?: 'Stats';
  categories: Scalars['Int']['output'];
  challenges: Scalars['Int']['output'];
  companies: Scalars['Int']['output'];
  evidence: Scalars['Int']['output'];
  incidents: Scalars['Int']['output'];
  jobs: Scalars['Int']['output'];
  people: Scalars['Int']['output'];
  relationships: Scalars['Int']['output'];
  tools: Scalars['Int']['output'];
};

export type TeamRole = {
  __typename?: 'TeamRole';
  count: Scalars['Int']['output'];
  role: Scalars['String']['output'];
};

export type Tool = {
  __typename?: 'Tool';
  aliases: Array<Scalars['String']['output']>;
  category: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  /** Number of jobs that used the tool. */
  jobCount: Scalars['Int']['output'];
  jobs: Array<Job>;
  name: Scalars['String']['output'];
  usages: Array<Usage>;
  vendor: Maybe<Scalars['String']['output']>;
};

/** A tool a job's text names without using it, with the sentences that say so. */
export type ToolMention = {
  __typename?: 'ToolMention';
  evidence: Array<Evidence>;
  job: Job;
  /** EVALUATED, OTHERS (another team's, a client's, a vendor's) or PLANNED. */
  stance: Stance;
  tool: Tool;
};

export type ToolRecurrence = {
  __typename?: 'ToolRecurrence';
  companies: Array<Company>;
  jobCount: Scalars['Int']['output'];
  tool: Tool;
};

export type Usage = {
  __typename?: 'Usage';
  evidence: Array<Evidence>;
  job: Job;
  /** USED, or MIGRATED_FROM when the job moved away from the tool (it was in use before). */
  stance: Stance;
};

export type WhereUsed = {
  __typename?: 'WhereUsed';
  /** A tool the taxonomy knows by this name that no job names ("k8s" → Kubernetes): known, but not in your documents. */
  known: Maybe<KnownTool>;
  /** The jobs whose text names the tool without having used it: evaluated, someone else's, or planned. */
  mentions: Array<ToolMention>;
  /** The question as asked. */
  query: Scalars['String']['output'];
  /** Tools of your graph with similar names, closest first, when the name is unknown ("kafak" → "Apache Kafka"). */
  suggestions: Array<Scalars['String']['output']>;
  /** The tool the name resolved to; null when it is unknown. */
  tool: Maybe<Tool>;
  /** The jobs that used the tool (or used it and then moved away from it), each with the sentences that say so. */
  usages: Array<Usage>;
};
