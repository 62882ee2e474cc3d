/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type * as Types from '../../contract/graphql.js';

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

export type NodeType =
  | 'CATEGORY'
  | 'CHALLENGE'
  | 'COMPANY'
  | 'INCIDENT'
  | 'JOB'
  | 'PERSON'
  | 'TOOL';

/** How much a posting wants a tool. */
export type Priority =
  /** Required: under Requirements, Must have, You have; or "required", "5+ years of", "strong". */
  | 'MUST'
  /** Optional: under Nice to have, Bonus, Preferred; or "familiarity with", "is a plus". */
  | 'NICE';

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

export type GraphFieldsFragment = { truncated: boolean, total: number, nodes: Array<{ id: string, type: Types.NodeType, label: string, weight: number | null, category: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string }> };

export type EvidenceFieldsFragment = { text: string, section: string, line: number, source: string | null, context: string | null };

export type ToolSummaryFragment = { id: string, name: string, aliases: Array<string>, category: string | null, jobCount: number };

export type JobRefFragment = { id: string, label: string, title: string | null, startDate: string | null, endDate: string | null, company: { id: string, name: string } };

export type ChallengeFieldsFragment = { id: string, title: string, resolution: string | null, line: number | null, tools: Array<{ id: string, name: string }> };

export type IncidentFieldsFragment = { id: string, title: string, failure: string, cause: string | null, rectification: string | null, learning: string | null, line: number | null, tools: Array<{ id: string, name: string }> };

export type GraphQueryVariables = Exact<{
  types?: Array<Types.NodeType> | Types.NodeType | null | undefined;
  minJobs?: number | null | undefined;
  person?: string | null | undefined;
  limit?: number | null | undefined;
}>;


export type GraphQuery = { graph: { truncated: boolean, total: number, nodes: Array<{ id: string, type: Types.NodeType, label: string, weight: number | null, category: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string }> } };

export type NeighborhoodQueryVariables = Exact<{
  id: string;
  depth?: number | null | undefined;
  limit?: number | null | undefined;
}>;


export type NeighborhoodQuery = { neighborhood: { truncated: boolean, total: number, nodes: Array<{ id: string, type: Types.NodeType, label: string, weight: number | null, category: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string }> } };

export type ShortestPathQueryVariables = Exact<{
  from: string;
  to: string;
}>;


export type ShortestPathQuery = { shortestPath: { truncated: boolean, total: number, nodes: Array<{ id: string, type: Types.NodeType, label: string, weight: number | null, category: string | null }>, edges: Array<{ id: string, source: string, target: string, type: string }> } | null };

export type ToolsQueryVariables = Exact<{ [key: string]: never; }>;


export type ToolsQuery = { tools: Array<{ id: string, name: string, aliases: Array<string>, category: string | null, jobCount: number }> };

export type WhereUsedQueryVariables = Exact<{
  tool: string;
}>;


export type WhereUsedQuery = { whereUsed: { query: string, suggestions: Array<string>, tool: { id: string, name: string, aliases: Array<string>, category: string | null, jobCount: number } | null, usages: Array<{ stance: Types.Stance, job: { id: string, label: string, title: string | null, startDate: string | null, endDate: string | null, company: { id: string, name: string } }, evidence: Array<{ text: string, section: string, line: number, source: string | null, context: string | null }> }>, mentions: Array<{ stance: Types.Stance, job: { id: string, label: string, title: string | null, startDate: string | null, endDate: string | null, company: { id: string, name: string } }, evidence: Array<{ text: string, section: string, line: number, source: string | null, context: string | null }> }>, known: { id: string, name: string, aliases: Array<string>, category: string | null } | null } };

export type RecurringToolsQueryVariables = Exact<{
  minJobs?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type RecurringToolsQuery = { recurringTools: Array<{ jobCount: number, tool: { id: string, name: string }, companies: Array<{ name: string }> }> };

export type JobQueryVariables = Exact<{
  id: string;
}>;


export type JobQuery = { job: { id: string, label: string, title: string | null, platform: string | null, startDate: string | null, endDate: string | null, leadPercent: number | null, codePercent: number | null, teamSize: number | null, summary: string | null, source: string | null, line: number | null, company: { id: string, name: string }, team: Array<{ role: string, count: number }>, tools: Array<{ id: string, name: string, category: string | null }>, challenges: Array<{ id: string, title: string, resolution: string | null, line: number | null, tools: Array<{ id: string, name: string }> }>, incidents: Array<{ id: string, title: string, failure: string, cause: string | null, rectification: string | null, learning: string | null, line: number | null, tools: Array<{ id: string, name: string }> }>, evidence: Array<{ text: string, section: string, line: number, source: string | null, context: string | null }> } | null };

export type RecurrenceQueryVariables = Exact<{
  minJobs?: number | null | undefined;
  first?: number | null | undefined;
}>;


export type RecurrenceQuery = { recurringTools: Array<{ jobCount: number, tool: { id: string, name: string, category: string | null, jobs: Array<{ id: string, label: string, title: string | null, startDate: string | null, endDate: string | null, company: { id: string, name: string } }> } }> };

export type TimelineQueryVariables = Exact<{
  person?: string | null | undefined;
}>;


export type TimelineQuery = { jobs: Array<{ id: string, label: string, title: string | null, startDate: string | null, endDate: string | null, person: { id: string, name: string }, tools: Array<{ id: string, name: string }>, company: { id: string, name: string } }> };

export type StoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type StoriesQuery = { challenges: Array<{ id: string, title: string, resolution: string | null, line: number | null, job: { id: string, label: string, title: string | null, startDate: string | null, endDate: string | null, company: { id: string, name: string } }, tools: Array<{ id: string, name: string }> }>, incidents: Array<{ id: string, title: string, failure: string, cause: string | null, rectification: string | null, learning: string | null, line: number | null, job: { id: string, label: string, title: string | null, startDate: string | null, endDate: string | null, company: { id: string, name: string } }, tools: Array<{ id: string, name: string }> }> };

export type FacetsQueryVariables = Exact<{ [key: string]: never; }>;


export type FacetsQuery = { people: Array<{ id: string, name: string }>, categories: Array<{ id: string, name: string }> };

export type StatsQueryVariables = Exact<{ [key: string]: never; }>;


export type StatsQuery = { stats: { jobs: number, companies: number, tools: number, categories: number, challenges: number, incidents: number, evidence: number } };

export type MatchJobFieldsFragment = { id: string, label: string, title: string | null, company: string | null, startDate: string | null, endDate: string | null };

export type CoverageFieldsFragment = { total: number, evidenced: number, claimedOnly: number, adjacent: number, mentioned: number, missing: number };

export type MatchQueryVariables = Exact<{
  text: string;
  person?: string | null | undefined;
}>;


export type MatchQuery = { match: { markdown: string, person: { id: string, name: string } | null, requirements: Array<{ priority: Types.Priority, because: string, status: Types.MatchStatus, explanation: string, sentence: string, line: number, section: string | null, written: string, group: number | null, jobCount: number, lastUsed: string | null, firstUsed: string | null, years: number | null, tool: { id: string, name: string, aliases: Array<string>, category: string | null }, usages: Array<{ stance: Types.Stance, job: { id: string, label: string, title: string | null, company: string | null, startDate: string | null, endDate: string | null }, evidence: Array<{ text: string, section: string, line: number, source: string | null, context: string | null }> }>, claims: Array<{ text: string, section: string, line: number, source: string | null, context: string | null }>, mentions: Array<{ stance: Types.Stance, job: { id: string, label: string, title: string | null, company: string | null, startDate: string | null, endDate: string | null }, evidence: Array<{ text: string, section: string, line: number, source: string | null, context: string | null }> }>, adjacent: Array<{ reason: string, tool: { id: string, name: string, category: string | null }, jobs: Array<{ id: string, label: string, title: string | null, company: string | null, startDate: string | null, endDate: string | null }> }> }>, unrecognised: Array<{ term: string, line: number, suggestions: Array<string> }>, summary: { text: string, must: { total: number, evidenced: number, claimedOnly: number, adjacent: number, mentioned: number, missing: number }, nice: { total: number, evidenced: number, claimedOnly: number, adjacent: number, mentioned: number, missing: number } } } };
