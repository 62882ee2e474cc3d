import type * as Types from '../../contract/graphql.js';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../graphql/context.js';
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };


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
) => Types.Maybe<TTypes> | Promise<Types.Maybe<TTypes>>;

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
  AdjacentTool: ResolverTypeWrapper<Record<string, unknown>>;
  Boolean: ResolverTypeWrapper<Record<string, unknown>>;
  Category: ResolverTypeWrapper<Record<string, unknown>>;
  Challenge: ResolverTypeWrapper<Record<string, unknown>>;
  CoUsage: ResolverTypeWrapper<Record<string, unknown>>;
  Company: ResolverTypeWrapper<Record<string, unknown>>;
  Contribution: ResolverTypeWrapper<Record<string, unknown>>;
  Coverage: ResolverTypeWrapper<Record<string, unknown>>;
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
  KnownTool: ResolverTypeWrapper<Record<string, unknown>>;
  Match: ResolverTypeWrapper<Record<string, unknown>>;
  MatchJob: ResolverTypeWrapper<Record<string, unknown>>;
  MatchPerson: ResolverTypeWrapper<Record<string, unknown>>;
  MatchStatus: ResolverTypeWrapper<Record<string, unknown>>;
  MatchSummary: ResolverTypeWrapper<Record<string, unknown>>;
  MatchUsage: ResolverTypeWrapper<Record<string, unknown>>;
  NodeType: ResolverTypeWrapper<Record<string, unknown>>;
  Person: ResolverTypeWrapper<Record<string, unknown>>;
  Practice: ResolverTypeWrapper<Record<string, unknown>>;
  Priority: ResolverTypeWrapper<Record<string, unknown>>;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  Requirement: ResolverTypeWrapper<Record<string, unknown>>;
  SearchHit: ResolverTypeWrapper<Record<string, unknown>>;
  Stance: ResolverTypeWrapper<Record<string, unknown>>;
  Stats: ResolverTypeWrapper<Record<string, unknown>>;
  String: ResolverTypeWrapper<Record<string, unknown>>;
  TeamRole: ResolverTypeWrapper<Record<string, unknown>>;
  Tool: ResolverTypeWrapper<Record<string, unknown>>;
  ToolMention: ResolverTypeWrapper<Record<string, unknown>>;
  ToolRecurrence: ResolverTypeWrapper<Record<string, unknown>>;
  UnrecognisedTerm: ResolverTypeWrapper<Record<string, unknown>>;
  Usage: ResolverTypeWrapper<Record<string, unknown>>;
  WhereUsed: ResolverTypeWrapper<Record<string, unknown>>;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  AdjacentTool: Record<string, unknown>;
  Boolean: Record<string, unknown>;
  Category: Record<string, unknown>;
  Challenge: Record<string, unknown>;
  CoUsage: Record<string, unknown>;
  Company: Record<string, unknown>;
  Contribution: Record<string, unknown>;
  Coverage: Record<string, unknown>;
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
  KnownTool: Record<string, unknown>;
  Match: Record<string, unknown>;
  MatchJob: Record<string, unknown>;
  MatchPerson: Record<string, unknown>;
  MatchSummary: Record<string, unknown>;
  MatchUsage: Record<string, unknown>;
  Person: Record<string, unknown>;
  Practice: Record<string, unknown>;
  Query: Record<PropertyKey, never>;
  Requirement: Record<string, unknown>;
  SearchHit: Record<string, unknown>;
  Stats: Record<string, unknown>;
  String: Record<string, unknown>;
  TeamRole: Record<string, unknown>;
  Tool: Record<string, unknown>;
  ToolMention: Record<string, unknown>;
  ToolRecurrence: Record<string, unknown>;
  UnrecognisedTerm: Record<string, unknown>;
  Usage: Record<string, unknown>;
  WhereUsed: Record<string, unknown>;
};

export type AdjacentToolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['AdjacentTool'] = ResolversParentTypes['AdjacentTool']> = {
  jobs?: Resolver<Array<ResolversTypes['MatchJob']>, ParentType, ContextType>;
  reason?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['KnownTool'], ParentType, ContextType>;
};

export type CategoryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Category'] = ResolversParentTypes['Category']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tools?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
};

export type ChallengeResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Challenge'] = ResolversParentTypes['Challenge']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  line?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  resolution?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  line?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tools?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
};

export type CoverageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Coverage'] = ResolversParentTypes['Coverage']> = {
  adjacent?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  claimedOnly?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  evidenced?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentioned?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  missing?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  total?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type EvidenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Evidence'] = ResolversParentTypes['Evidence']> = {
  context?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  section?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  source?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeatureResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Feature'] = ResolversParentTypes['Feature']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  line?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
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
  category?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['NodeType'], ParentType, ContextType>;
  weight?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type IncidentResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Incident'] = ResolversParentTypes['Incident']> = {
  cause?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  failure?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  learning?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  rectification?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  tools?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
};

export type JobResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Job'] = ResolversParentTypes['Job']> = {
  app?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  challenges?: Resolver<Array<ResolversTypes['Challenge']>, ParentType, ContextType>;
  codePercent?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  company?: Resolver<ResolversTypes['Company'], ParentType, ContextType>;
  contributions?: Resolver<Array<ResolversTypes['Contribution']>, ParentType, ContextType>;
  endDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endUsers?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  features?: Resolver<Array<ResolversTypes['Feature']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  incidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  leadPercent?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  line?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['ToolMention']>, ParentType, ContextType>;
  ordinal?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  person?: Resolver<ResolversTypes['Person'], ParentType, ContextType>;
  platform?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  practices?: Resolver<Array<ResolversTypes['Practice']>, ParentType, ContextType>;
  source?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  startingPoint?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  summary?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  team?: Resolver<Array<ResolversTypes['TeamRole']>, ParentType, ContextType>;
  teamSize?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  title?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  tools?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType>;
  whyHired?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type KnownToolResolvers<ContextType = Context, ParentType extends ResolversParentTypes['KnownTool'] = ResolversParentTypes['KnownTool']> = {
  aliases?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  category?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Match'] = ResolversParentTypes['Match']> = {
  markdown?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  person?: Resolver<Types.Maybe<ResolversTypes['MatchPerson']>, ParentType, ContextType>;
  requirements?: Resolver<Array<ResolversTypes['Requirement']>, ParentType, ContextType>;
  summary?: Resolver<ResolversTypes['MatchSummary'], ParentType, ContextType>;
  unrecognised?: Resolver<Array<ResolversTypes['UnrecognisedTerm']>, ParentType, ContextType>;
};

export type MatchJobResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchJob'] = ResolversParentTypes['MatchJob']> = {
  company?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  endDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  startDate?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  title?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type MatchPersonResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchPerson'] = ResolversParentTypes['MatchPerson']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchSummaryResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchSummary'] = ResolversParentTypes['MatchSummary']> = {
  must?: Resolver<ResolversTypes['Coverage'], ParentType, ContextType>;
  nice?: Resolver<ResolversTypes['Coverage'], ParentType, ContextType>;
  text?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type MatchUsageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['MatchUsage'] = ResolversParentTypes['MatchUsage']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  job?: Resolver<ResolversTypes['MatchJob'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
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
  category?: Resolver<Types.Maybe<ResolversTypes['Category']>, ParentType, ContextType, RequireFields<Types.QueryCategoryArgs, 'id'>>;
  challenge?: Resolver<Types.Maybe<ResolversTypes['Challenge']>, ParentType, ContextType, RequireFields<Types.QueryChallengeArgs, 'id'>>;
  challenges?: Resolver<Array<ResolversTypes['Challenge']>, ParentType, ContextType, RequireFields<Types.QueryChallengesArgs, 'first'>>;
  coUsedTools?: Resolver<Array<ResolversTypes['CoUsage']>, ParentType, ContextType, RequireFields<Types.QueryCoUsedToolsArgs, 'first' | 'tool'>>;
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<Types.QueryCompaniesArgs, 'first'>>;
  company?: Resolver<Types.Maybe<ResolversTypes['Company']>, ParentType, ContextType, RequireFields<Types.QueryCompanyArgs, 'id'>>;
  graph?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<Types.QueryGraphArgs, 'limit'>>;
  incident?: Resolver<Types.Maybe<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<Types.QueryIncidentArgs, 'id'>>;
  incidents?: Resolver<Array<ResolversTypes['Incident']>, ParentType, ContextType, RequireFields<Types.QueryIncidentsArgs, 'first'>>;
  job?: Resolver<Types.Maybe<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<Types.QueryJobArgs, 'id'>>;
  jobs?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType, RequireFields<Types.QueryJobsArgs, 'first'>>;
  match?: Resolver<ResolversTypes['Match'], ParentType, ContextType, RequireFields<Types.QueryMatchArgs, 'text'>>;
  neighborhood?: Resolver<ResolversTypes['Graph'], ParentType, ContextType, RequireFields<Types.QueryNeighborhoodArgs, 'depth' | 'id' | 'limit'>>;
  people?: Resolver<Array<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<Types.QueryPeopleArgs, 'first'>>;
  person?: Resolver<Types.Maybe<ResolversTypes['Person']>, ParentType, ContextType, RequireFields<Types.QueryPersonArgs, 'id'>>;
  recurringTools?: Resolver<Array<ResolversTypes['ToolRecurrence']>, ParentType, ContextType, RequireFields<Types.QueryRecurringToolsArgs, 'first' | 'minJobs'>>;
  search?: Resolver<Array<ResolversTypes['SearchHit']>, ParentType, ContextType, RequireFields<Types.QuerySearchArgs, 'first' | 'text'>>;
  shortestPath?: Resolver<Types.Maybe<ResolversTypes['Graph']>, ParentType, ContextType, RequireFields<Types.QueryShortestPathArgs, 'from' | 'maxLength' | 'to'>>;
  stats?: Resolver<ResolversTypes['Stats'], ParentType, ContextType>;
  tool?: Resolver<Types.Maybe<ResolversTypes['Tool']>, ParentType, ContextType, Partial<Types.QueryToolArgs>>;
  tools?: Resolver<Array<ResolversTypes['Tool']>, ParentType, ContextType, RequireFields<Types.QueryToolsArgs, 'first'>>;
  whereUsed?: Resolver<ResolversTypes['WhereUsed'], ParentType, ContextType, RequireFields<Types.QueryWhereUsedArgs, 'first' | 'tool'>>;
};

export type RequirementResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Requirement'] = ResolversParentTypes['Requirement']> = {
  adjacent?: Resolver<Array<ResolversTypes['AdjacentTool']>, ParentType, ContextType>;
  because?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  claims?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  explanation?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  firstUsed?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  group?: Resolver<Types.Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  jobCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  lastUsed?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['MatchUsage']>, ParentType, ContextType>;
  priority?: Resolver<ResolversTypes['Priority'], ParentType, ContextType>;
  section?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  sentence?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['MatchStatus'], ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['KnownTool'], ParentType, ContextType>;
  usages?: Resolver<Array<ResolversTypes['MatchUsage']>, ParentType, ContextType>;
  written?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  years?: Resolver<Types.Maybe<ResolversTypes['Float']>, ParentType, ContextType>;
};

export type SearchHitResolvers<ContextType = Context, ParentType extends ResolversParentTypes['SearchHit'] = ResolversParentTypes['SearchHit']> = {
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  score?: Resolver<ResolversTypes['Float'], ParentType, ContextType>;
  snippet?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
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
  category?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  jobCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  jobs?: Resolver<Array<ResolversTypes['Job']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  usages?: Resolver<Array<ResolversTypes['Usage']>, ParentType, ContextType>;
  vendor?: Resolver<Types.Maybe<ResolversTypes['String']>, ParentType, ContextType>;
};

export type ToolMentionResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ToolMention'] = ResolversParentTypes['ToolMention']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['Tool'], ParentType, ContextType>;
};

export type ToolRecurrenceResolvers<ContextType = Context, ParentType extends ResolversParentTypes['ToolRecurrence'] = ResolversParentTypes['ToolRecurrence']> = {
  companies?: Resolver<Array<ResolversTypes['Company']>, ParentType, ContextType>;
  jobCount?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  tool?: Resolver<ResolversTypes['Tool'], ParentType, ContextType>;
};

export type UnrecognisedTermResolvers<ContextType = Context, ParentType extends ResolversParentTypes['UnrecognisedTerm'] = ResolversParentTypes['UnrecognisedTerm']> = {
  line?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  term?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type UsageResolvers<ContextType = Context, ParentType extends ResolversParentTypes['Usage'] = ResolversParentTypes['Usage']> = {
  evidence?: Resolver<Array<ResolversTypes['Evidence']>, ParentType, ContextType>;
  job?: Resolver<ResolversTypes['Job'], ParentType, ContextType>;
  stance?: Resolver<ResolversTypes['Stance'], ParentType, ContextType>;
};

export type WhereUsedResolvers<ContextType = Context, ParentType extends ResolversParentTypes['WhereUsed'] = ResolversParentTypes['WhereUsed']> = {
  known?: Resolver<Types.Maybe<ResolversTypes['KnownTool']>, ParentType, ContextType>;
  mentions?: Resolver<Array<ResolversTypes['ToolMention']>, ParentType, ContextType>;
  query?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  suggestions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  tool?: Resolver<Types.Maybe<ResolversTypes['Tool']>, ParentType, ContextType>;
  usages?: Resolver<Array<ResolversTypes['Usage']>, ParentType, ContextType>;
};

export type Resolvers<ContextType = Context> = {
  AdjacentTool?: AdjacentToolResolvers<ContextType>;
  Category?: CategoryResolvers<ContextType>;
  Challenge?: ChallengeResolvers<ContextType>;
  CoUsage?: CoUsageResolvers<ContextType>;
  Company?: CompanyResolvers<ContextType>;
  Contribution?: ContributionResolvers<ContextType>;
  Coverage?: CoverageResolvers<ContextType>;
  Evidence?: EvidenceResolvers<ContextType>;
  Feature?: FeatureResolvers<ContextType>;
  Graph?: GraphResolvers<ContextType>;
  GraphEdge?: GraphEdgeResolvers<ContextType>;
  GraphNode?: GraphNodeResolvers<ContextType>;
  Incident?: IncidentResolvers<ContextType>;
  Job?: JobResolvers<ContextType>;
  KnownTool?: KnownToolResolvers<ContextType>;
  Match?: MatchResolvers<ContextType>;
  MatchJob?: MatchJobResolvers<ContextType>;
  MatchPerson?: MatchPersonResolvers<ContextType>;
  MatchSummary?: MatchSummaryResolvers<ContextType>;
  MatchUsage?: MatchUsageResolvers<ContextType>;
  Person?: PersonResolvers<ContextType>;
  Practice?: PracticeResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
  Requirement?: RequirementResolvers<ContextType>;
  SearchHit?: SearchHitResolvers<ContextType>;
  Stats?: StatsResolvers<ContextType>;
  TeamRole?: TeamRoleResolvers<ContextType>;
  Tool?: ToolResolvers<ContextType>;
  ToolMention?: ToolMentionResolvers<ContextType>;
  ToolRecurrence?: ToolRecurrenceResolvers<ContextType>;
  UnrecognisedTerm?: UnrecognisedTermResolvers<ContextType>;
  Usage?: UsageResolvers<ContextType>;
  WhereUsed?: WhereUsedResolvers<ContextType>;
};

