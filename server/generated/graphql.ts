import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../graphql/context.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
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
  /** Line in the source document. */
  line: Scalars['Int']['output'];
  /** The part of the narrative it came from ("Features", "Challenges", "Production incident", ...). */
  section: Scalars['String']['output'];
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
  tools: Array<Tool>;
};

export type Job = {
  __typename?: 'Job';
  app: Maybe<Scalars['String']['output']>;
  challenges: Array<Challenge>;
  codePercent: Maybe<Scalars['Int']['output']>;
  company: Company;
  contributions: Array<Contribution>;
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
  /** Position of the job in its person's documents (1-based). */
  ordinal: Scalars['Int']['output'];
  person: Person;
  /** Cloud platform(s) the job ran on, e.g. "AWS". */
  platform: Maybe<Scalars['String']['output']>;
  practices: Array<Practice>;
  /** Source file name and line of the narrative. */
  source: Maybe<Scalars['String']['output']>;
  startDate: Maybe<Scalars['String']['output']>;
  startingPoint: Maybe<Scalars['String']['output']>;
  summary: Maybe<Scalars['String']['output']>;
  team: Array<TeamRole>;
  teamSize: Maybe<Scalars['Int']['output']>;
  title: Maybe<Scalars['String']['output']>;
  tools: Array<Tool>;
  whyHired: Maybe<Scalars['String']['output']>;
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
  /** Tools listed as skills (JSON Resume) rather than named in a job. */
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
};

export type WhereUsed = {
  __typename?: 'WhereUsed';
  /** The question as asked. */
  query: Scalars['String']['output'];
  /** Known tools with similar names, when the name is unknown ("kafak" → "Apache Kafka"). */
  suggestions: Array<Scalars['String']['output']>;
  /** The tool the name resolved to; null when it is unknown. */
  tool: Maybe<Tool>;
  /** The jobs that used the tool, each with the sentences that say so. */
  usages: Array<Usage>;
};



export type ResolverTypeWrapper<T> = Promise<T> | T;


export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;





/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Boolean: ResolverTypeWrapper<Record<string, unknown>>;
  Category: ResolverTypeWrapper<Record<string, unknown>>;
  Challenge: ResolverTypeWrapper<Record<string, unknown>>;
  CoUsage: ResolverTypeWrapper<Record<string, unknown>>;
  Company: ResolverTypeWrapper<Record<string, unknown>>;
  Contribution: ResolverTypeWrapper<Record<string, unknown>>;
  Evidence: ResolverTypeWrapper<Record<string, unknown>>;
  Feature: ResolverTypeWrapper<Record<string, unknown>>;
  Float: ResolverTypeWrapper<Record<string, unknown>>;
  Graph: ResolverTypeWrapper<Record<string, unknown>>;
  GraphEdge: ResolverTypeWrapper<Record<string, unknown>>;
  GraphNode: ResolverTypeWrapper<Record<string, unknown>>;
  ID: ResolverTypeWrapper<Record<string, unknown>>;
  Incident: ResolverTypeWrapper<Record<string, unknown>>;
  Int: ResolverTypeWrapper<Record<string, unknown>>;
  Job: ResolverTypeWrapper<Record<string, unknown>>;
  NodeType: ResolverTypeWrapper<Record<string, unknown>>;
  Person: ResolverTypeWrapper<Record<string, unknown>>;
  Practice: ResolverTypeWrapper<Record<string, unknown>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SearchHit: ResolverTypeWrapper<Record<string, unknown>>;
  Stats: ResolverTypeWrapper<Record<string, unknown>>;
  String: ResolverTypeWrapper<Record<string, unknown>>;
  TeamRole: ResolverTypeWrapper<Record<string, unknown>>;
  Tool: ResolverTypeWrapper<Record<string, unknown>>;
  ToolRecurrence: ResolverTypeWrapper<Record<string, unknown>>;
  Usage: ResolverTypeWrapper<Record<string, unknown>>;
  WhereUsed: ResolverTypeWrapper<Record<string, unknown>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Boolean: Record<string, unknown>;
  Category: Record<string, unknown>;
  Challenge: Record<string, unknown>;
  CoUsage: Record<string, unknown>;
  Company: Record<string, unknown>;
  Contribution: Record<string, unknown>;
  Evidence: Record<string, unknown>;
  Feature: Record<string, unknown>;
  Float: Record<string, unknown>;
  Graph: Record<string, unknown>;
  GraphEdge: Record<string, unknown>;
  GraphNode: Record<string, unknown>;
  ID: Record<string, unknown>;
  Incident: Record<string, unknown>;
  Int: Record<string, unknown>;
  Job: Record<string, unknown>;
  Person: Record<string, unknown>;
  Practice: Record<string, unknown>;
  Query: Record<PropertyKey, never>;
  SearchHit: Record<string, unknown>;
  Stats: Record<string, unknown>;
  String: Record<string, unknown>;
  TeamRole: Record<string, unknown>;
  Tool: Record<string, unknown>;
  ToolRecurrence: Record<string, unknown>;
  Usage: Record<string, unknown>;
  WhereUsed: Record<string, unknown>;
};

export type CategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tools?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
};

export type ChallengeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Challenge'] = ResolversParentTypes['Challenge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resolution?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tools?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
};

export type CoUsageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['CoUsage'] = ResolversParentTypes['CoUsage']> = {
  sharedJobs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['Tool'], ParentType, ContextType>;
};

export type CompanyResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Company'] = ResolversParentTypes['Company']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobs?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ContributionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Contribution'] = ResolversParentTypes['Contribution']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tools?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeatureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Feature'] = ResolversParentTypes['Feature']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tools?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
};

export type GraphResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Graph'] = ResolversParentTypes['Graph']> = {
  edges?: Resolver<Array<ResolversTypes['GraphEdge']>, ParentType, ContextType>;
  nodes?: Resolver<Array<ResolversTypes['GraphNode']>, ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  truncated?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type GraphEdgeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphEdge'] = ResolversParentTypes['GraphEdge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  source?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  target?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type GraphNodeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['GraphNode'] = ResolversParentTypes['GraphNode']> = {
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  weight?: Resolver<Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type IncidentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident']> = {
  cause?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  learning?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rectification?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tools?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
};

export type JobResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job']> = {
  app?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  challenges?: Resolver<Array<ResolversTypes['Challenge']>, ParentType, ContextType>;
  codePercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  contributions?: Resolver<Array<ResolversTypes['Contribution']>, ParentType, ContextType>;
  endDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endUsers?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  features?: Resolver<Array<ResolversTypes['Feature']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leadPercent?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  line?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  ordinal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  platform?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  practices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  source?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startingPoint?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  team?: Resolver<Array<ResolversTypes['TeamRole']>, ParentType, ContextType>;
  teamSize?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tools?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
  whyHired?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type PersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Person'] = ResolversParentTypes['Person']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobs?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  skills?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
};

export type PracticeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Practice'] = ResolversParentTypes['Practice']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  kind?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tools?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
};

export type QueryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  categories?: Resolver<Array<ResolversTypes['Category']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['Category']>, ParentType, ContextType, RequireFields<QueryCategoryArgs, 'id'>>;
  challenge?: Resolver<Maybe<ResolversTypes['Challenge']>, ParentType, ContextType, RequireFields<QueryChallengeArgs, 'id'>>;
  challenges?: Resolver<Array<ResolversTypes['Challenge']>, ParentType, ContextType, RequireFields<QueryChallengesArgs, 'first'>>;
  coUsedTools?: Resolver<Array<ResolversTypes['CoUsage']>, ParentType, ContextType, RequireFields<QueryCoUsedToolsArgs, 'first' | 'tool'>>;
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompaniesArgs, 'first'>>;
  company?: Resolver<Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<QueryCompanyArgs, 'id'>>;
  graph?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryGraphArgs, 'limit'>>;
  incident?: Resolver<Maybe<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<QueryIncidentArgs, 'id'>>;
  incidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<QueryIncidentsArgs, 'first'>>;
  job?: Resolver<Maybe<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<QueryJobArgs, 'id'>>;
  jobs?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<QueryJobsArgs, 'first'>>;
  neighborhood?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPeopleArgs, 'first'>>;
  person?: Resolver<Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<QueryPersonArgs, 'id'>>;
  recurringTools?: Resolver<Array<ResolversTypes['ToolRecurrence']>, ParentType, ContextType, RequireFields<QueryRecurringToolsArgs, 'first' | 'minJobs'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<QuerySearchArgs, 'first' | 'text'>>;
  shortestPath?: Resolver<Maybe<ResolversTypes['Graph']>, ParentType, ContextType, RequireFields<QueryShortestPathArgs, 'from' | 'maxLength' | 'to'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  tool?: Resolver<Maybe<ResolversTypes['Tool']>, ParentType, ContextType, Partial<QueryToolArgs>>;
  tools?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType, RequireFields<QueryToolsArgs, 'first'>>;
  whereUsed?: Resolver<ResolversTypes['WhereUsed'], ParentType, ContextType, RequireFields<QueryWhereUsedArgs, 'first' | 'tool'>>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
};

export type StatsResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Stats'] = ResolversParentTypes['Stats']> = {
  categories?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  challenges?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  companies?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidence?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  incidents?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  jobs?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  people?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  relationships?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tools?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type TeamRoleResolvers<ContextType = Context, ParentType extends ResolversParentTypes['TeamRole'] = ResolversParentTypes['TeamRole']> = {
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  role?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type ToolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Tool'] = ResolversParentTypes['Tool']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  jobs?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usages?: Resolver<Array<ResolversTypes['Usage']>, ParentType, ContextType>;
  vendor?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ToolRecurrenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ToolRecurrence'] = ResolversParentTypes['ToolRecurrence']> = {
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  jobCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['Tool'], ParentType, ContextType>;
};

export type UsageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Usage'] = ResolversParentTypes['Usage']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
};

export type WhereUsedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WhereUsed'] = ResolversParentTypes['WhereUsed']> = {
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tool?: Resolver<Maybe<ResolversTypes['Tool']>, ParentType, ContextType>;
  usages?: Resolver<Array<ResolversTypes['Usage']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  Category?: CategoryResolvers<ContextType>;
  Challenge?: ChallengeResolvers<ContextType>;
  CoUsage?: CoUsageResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  Contribution?: ContributionResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Feature?: FeatureResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  Job?: JobResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Practice?: PracticeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  TeamRole?: TeamRoleResolvers<ContextType>;
  Tool?: ToolResolvers<ContextType>;
  ToolRecurrence?: ToolRecurrenceResolvers<ContextType>;
  Usage?: UsageResolvers<ContextType>;
  WhereUsed?: WhereUsedResolvers<ContextType>;
};

