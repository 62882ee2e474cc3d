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

/** A tool the person used that is close to one they did not. */
export type AdjacentTool = {
  __typename?: 'AdjacentTool';
  /** The jobs that used it, most recent first. */
  jobs: Array<MatchJob>;
  /** Why it counts as close: "also Streaming, like Apache Pulsar". */
  reason: Scalars['String']['output'];
  tool: KnownTool;
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

/** How many requirements of one priority have each status. Alternatives ("Kafka or NATS") count once, at the best status among them. */
export type Coverage = {
  __typename?: 'Coverage';
  adjacent: Scalars['Int']['output'];
  claimedOnly: Scalars['Int']['output'];
  evidenced: Scalars['Int']['output'];
  mentioned: Scalars['Int']['output'];
  missing: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
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

/** A job posting matched against a person's graph. */
export type Match = {
  __typename?: 'Match';
  /** The evidence pack as Markdown: every requirement with its status and best sentences, ready to save. */
  markdown: Scalars['String']['output'];
  /** The person matched; null when the graph holds nobody yet. */
  person: Maybe<MatchPerson>;
  /** The tools the posting asks for, must-haves first, in the order the posting names them. */
  requirements: Array<Requirement>;
  summary: MatchSummary;
  /** Terms that read like tools but are not in the taxonomy, with the tools they may be misspellings of. */
  unrecognised: Array<UnrecognisedTerm>;
};

/** A job, as a match shows it. */
export type MatchJob = {
  __typename?: 'MatchJob';
  company: Maybe<Scalars['String']['output']>;
  endDate: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  label: Scalars['String']['output'];
  startDate: Maybe<Scalars['String']['output']>;
  title: Maybe<Scalars['String']['output']>;
};

export type MatchPerson = {
  __typename?: 'MatchPerson';
  id: Scalars['ID']['output'];
  name: Scalars['String']['output'];
};

/** What the graph shows for one requirement. */
export type MatchStatus =
  /** Not used, but a close substitute was (same category). */
  | 'ADJACENT'
  /** A Skills or Summary section claims it, but no job's text shows it used: the weakest claim a résumé makes. */
  | 'CLAIMED_ONLY'
  /** At least one job's text shows the tool used. */
  | 'EVIDENCED'
  /** Named in a job without being chosen there: evaluated, someone else's, planned, or a tool the job moved away from. */
  | 'MENTIONED'
  /** Nothing in the graph. */
  | 'MISSING';

export type MatchSummary = {
  __typename?: 'MatchSummary';
  must: Coverage;
  nice: Coverage;
  /** The coverage in plain words: what is evidenced, what is only claimed, what is missing. */
  text: Scalars['String']['output'];
};

export type MatchUsage = {
  __typename?: 'MatchUsage';
  evidence: Array<Evidence>;
  job: MatchJob;
  stance: Stance;
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

/** How much a posting wants a tool. */
export type Priority =
  /** Required: under Requirements, Must have, You have; or "required", "5+ years of", "strong". */
  | 'MUST'
  /** Optional: under Nice to have, Bonus, Preferred; or "familiarity with", "is a plus". */
  | 'NICE';

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
  /**
   * Matches a job posting (Markdown or plain text, up to 100 KB) against one person's graph, requirement by requirement:
   * what the posting asks for and how much, and for each, the jobs and sentences that show it used, a skills-list claim
   * with no job behind it, a close substitute, a mention, or nothing. `person` may be left out when the graph holds one
   * person.
   */
  match: Match;
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
export type QueryMatchArgs = {
  person: InputMaybe<Scalars['ID']['input']>;
  text: Scalars['String']['input'];
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

/** One tool a posting asks for, and what the graph shows for it. */
export type Requirement = {
  __typename?: 'Requirement';
  /** Tools the person used that could stand in for it, closest first, each with why; empty when it is evidenced. */
  adjacent: Array<AdjacentTool>;
  /** Why it has that priority: the posting's own words ("is a plus") or the heading it stands under. */
  because: Scalars['String']['output'];
  /** The sentences of a Skills, Summary or Certifications section that claim it. */
  claims: Array<Evidence>;
  /** The status in one plain sentence, for this requirement. */
  explanation: Scalars['String']['output'];
  /** The start of the first job that used it, when the jobs have dates. */
  firstUsed: Maybe<Scalars['String']['output']>;
  /** Requirements the posting accepts instead of one another ("Kafka or NATS") share a group number. */
  group: Maybe<Scalars['Int']['output']>;
  /** How many jobs used it. */
  jobCount: Scalars['Int']['output'];
  /** The end of the most recent job that used it ("2024-05", "present"), when the jobs have dates. */
  lastUsed: Maybe<Scalars['String']['output']>;
  line: Scalars['Int']['output'];
  /** Jobs whose text names it without using it: evaluated, someone else's, planned. */
  mentions: Array<MatchUsage>;
  priority: Priority;
  /** The posting's heading over that sentence. */
  section: Maybe<Scalars['String']['output']>;
  /** The posting's sentence that asks for it, and its line in the posting. */
  sentence: Scalars['String']['output'];
  status: MatchStatus;
  tool: KnownTool;
  /** The jobs that used it, most recent first, each with its best one or two sentences. */
  usages: Array<MatchUsage>;
  /** The tool as the posting writes it ("k8s"). */
  written: Scalars['String']['output'];
  /** Years from the first use to the last, when the jobs have dates. */
  years: Maybe<Scalars['Float']['output']>;
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

export type UnrecognisedTerm = {
  __typename?: 'UnrecognisedTerm';
  /** Line in the posting. */
  line: Scalars['Int']['output'];
  /** Tools the term may be a misspelling of ("Kubernets" → Kubernetes). */
  suggestions: Array<Scalars['String']['output']>;
  term: Scalars['String']['output'];
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
