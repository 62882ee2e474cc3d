import type {
  ChallengeFieldsFragment,
  FacetsQuery,
  GraphFieldsFragment,
  GraphQuery,
  GraphQueryVariables,
  IncidentFieldsFragment,
  JobQuery,
  JobRefFragment,
  MatchQuery,
  NeighborhoodQuery,
  RecurrenceQuery,
  RecurringToolsQuery,
  ShortestPathQuery,
  StatsQuery,
  StoriesQuery,
  TimelineQuery,
  ToolSummaryFragment,
  ToolsQuery,
  WhereUsedQuery,
} from './generated.js';

export * from './documents.js';

// The explorer's names for the results of its documents (documents.ts). Every type here is generated from those
// documents against the schema (generated.ts), never written by hand.

export type GraphData = GraphFieldsFragment;
export type GraphNodeData = GraphData['nodes'][number];
export type GraphEdgeData = GraphData['edges'][number];
export type GraphVariables = GraphQueryVariables;
export type GraphResult = GraphQuery;
export type NeighborhoodResult = NeighborhoodQuery;
export type ShortestPathResult = ShortestPathQuery;

export type ToolSummary = ToolSummaryFragment;
export type ToolsResult = ToolsQuery;

export type WhereUsedResult = WhereUsedQuery;
export type WhereUsedData = WhereUsedQuery['whereUsed'];
export type UsageData = WhereUsedData['usages'][number];
export type MentionData = WhereUsedData['mentions'][number];
export type KnownToolData = NonNullable<WhereUsedData['known']>;
export type EvidenceData = UsageData['evidence'][number];
export type JobRef = JobRefFragment;

export type RecurringToolsResult = RecurringToolsQuery;
export type RecurrenceData = RecurringToolsQuery['recurringTools'][number];
export type RecurrenceResult = RecurrenceQuery;
export type RecurrenceRow = RecurrenceQuery['recurringTools'][number];

export type TimelineResult = TimelineQuery;
export type TimelineJob = TimelineQuery['jobs'][number];

export type ChallengeData = ChallengeFieldsFragment;
export type IncidentData = IncidentFieldsFragment;
export type JobResult = JobQuery;
export type JobDetail = NonNullable<JobQuery['job']>;

export type StoriesResult = StoriesQuery;
export type ChallengeDetail = StoriesQuery['challenges'][number];
export type IncidentDetail = StoriesQuery['incidents'][number];

export type FacetsResult = FacetsQuery;
export type PersonSummary = FacetsQuery['people'][number];

export type StatsResult = StatsQuery;
export type StatsData = StatsQuery['stats'];

export type MatchResult = MatchQuery;
export type MatchData = MatchQuery['match'];
export type RequirementData = MatchData['requirements'][number];
export type MatchJobData = RequirementData['usages'][number]['job'];
export type CoverageData = MatchData['summary']['must'];
