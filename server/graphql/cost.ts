import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  getArgumentValues,
  getNamedType,
  getNullableType,
  getVariableValues,
  isListType,
  isObjectType,
  Kind,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from 'graphql';
import { CYPHER_DIR, stripComments } from '../../db/cypher-files.js';
import type { Context, ReadQuery } from './context.js';
import { QueryTooComplexError } from './errors.js';
import { NESTED_LIMIT } from './resolvers.js';

/** Node and relationship counts, as cypher/graph-counts.cypher returns them. */
export type GraphCounts = Record<string, number>;

const GRAPH_COUNTS = stripComments(readFileSync(join(CYPHER_DIR, 'graph-counts.cypher'), 'utf8'));

/** Reads the counts (count-store lookups: constant time at any scale). */
export async function readGraphCounts(read: ReadQuery): Promise<GraphCounts> {
  const [row] = await read<{ counts: GraphCounts }>(GRAPH_COUNTS, {});
  return row?.counts ?? {};
}

/**
 * Each nested list field, as the relationship it follows: [the count of those relationships, the count of the nodes
 * they leave from]. Their ratio is the list's average length in this graph.
 */
const FAN_OUT: Record<string, [string, string]> = {
  'Person.jobs': ['Person-HELD', 'Person'],
  'Person.skills': ['Person-SKILLED_IN', 'Person'],
  'Job.tools': ['Job-USED', 'Job'],
  'Job.mentions': ['Job-MENTIONED', 'Job'],
  'Job.challenges': ['Job-FACED', 'Job'],
  'Job.incidents': ['Job-HAD_INCIDENT', 'Job'],
  'Job.features': ['Job-BUILT', 'Job'],
  'Job.contributions': ['Job-CONTRIBUTED', 'Job'],
  'Job.practices': ['Job-PRACTICED', 'Job'],
  'Job.evidence': ['Job-HAS_EVIDENCE', 'Job'],
  'Company.jobs': ['Job-AT', 'Company'],
  'Category.tools': ['Tool-IN_CATEGORY', 'Category'],
  'Tool.jobs': ['Job-USED', 'Tool'],
  'Tool.usages': ['Job-USED', 'Tool'],
  'ToolRecurrence.companies': ['Job-USED', 'Tool'],
  'Challenge.tools': ['Challenge-INVOLVED', 'Challenge'],
  'Incident.tools': ['Incident-INVOLVED', 'Incident'],
  'Feature.tools': ['Feature-INVOLVED', 'Feature'],
  'Contribution.tools': ['Contribution-INVOLVED', 'Contribution'],
  'Practice.tools': ['Practice-INVOLVED', 'Practice'],
  // Sentences per job–tool pair: every evidence sentence mentions the tools it names.
  'Usage.evidence': ['Evidence-MENTIONS', 'Job-USED'],
  'ToolMention.evidence': ['Evidence-MENTIONS', 'Job-USED'],
};

/** The label counted for a root list of this type (a root list is as long as its `first`, or as there are nodes). */
const ROOT_LABEL: Record<string, string> = {
  Tool: 'Tool',
  ToolRecurrence: 'Tool',
  CoUsage: 'Tool',
  Person: 'Person',
  Job: 'Job',
  Company: 'Company',
  Category: 'Category',
  Challenge: 'Challenge',
  Incident: 'Incident',
};

/** Relationships the graph views draw (graph.cypher and neighborhood.cypher follow these). */
const DRAWN = [
  'Person-HELD',
  'Job-AT',
  'Job-USED',
  'Tool-IN_CATEGORY',
  'Job-FACED',
  'Job-HAD_INCIDENT',
  'Challenge-INVOLVED',
  'Incident-INVOLVED',
];

const NODE_TYPE_LABEL: Record<string, string> = {
  PERSON: 'Person',
  JOB: 'Job',
  COMPANY: 'Company',
  TOOL: 'Tool',
  CATEGORY: 'Category',
  CHALLENGE: 'Challenge',
  INCIDENT: 'Incident',
};

/** Before any counts are read (the database was down at start), a nested list counts as 10 items. */
const UNKNOWN_FAN_OUT = 10;
/** A team lists a few roles; it is a property, not a relationship, so it has no count. */
const SMALL_LIST = 5;

/**
 * The lists of a `match` answer, bounded by the code that builds it rather than by the graph's fan-out (which, taken
 * as the graph's widest average, priced the explorer's Match document at 860,000 values on a 200-person graph):
 * requirements by the posting's length, a requirement's jobs by a person's jobs, the best two sentences per job, the
 * three closest substitutes (server/match/).
 */
const MATCH_LISTS: Record<string, number | 'requirements' | 'jobs'> = {
  'Match.requirements': 'requirements',
  'Match.unrecognised': 20,
  'Requirement.usages': 'jobs',
  'Requirement.mentions': 'jobs',
  'Requirement.claims': 5,
  'Requirement.adjacent': 3,
  'MatchUsage.evidence': 2,
  'AdjacentTool.jobs': 'jobs',
  'UnrecognisedTerm.suggestions': 3,
};
/** A posting names a tool at most every 80 characters or so ("- Kafka, Spark, dbt" is denser, prose much sparser). */
const BYTES_PER_REQUIREMENT = 80;
/**
 * Requirements priced in full. Only the tools a person used carry jobs and sentences; beyond a couple of hundred
 * distinct tools a "posting" is a copy of the taxonomy, and the rest are bare missing rows (the answer-size cap still
 * bounds them).
 */
const MOST_PRICED_REQUIREMENTS = 200;

/**
 * How long each list in an answer will be, from the graph's real counts: a root list is as long as its `first`
 * (or `limit`) argument, but no longer than the nodes there are; a nested list is as long as its relationship's
 * average fan-out, but no longer than the nested limit; a graph's edges are its nodes times the average degree of
 * the drawn relationships, doubled because the heaviest nodes are drawn first.
 */
export class ListSizes {
  private readonly known: boolean;
  private readonly fallback: number;

  constructor(private readonly counts: GraphCounts | undefined) {
    this.known = counts !== undefined;
    const averages = Object.keys(FAN_OUT).map((key) => this.average(key));
    this.fallback = this.known ? Math.min(NESTED_LIMIT, Math.max(1, ...averages)) : UNKNOWN_FAN_OUT;
  }

  private count(key: string): number {
    return this.counts?.[key] ?? 0;
  }

  private average(key: string): number {
    const [rels, nodes] = FAN_OUT[key] ?? ['', ''];
    const from = this.count(nodes);
    return from > 0 ? this.count(rels) / from : 0;
  }

  /**
   * The expected length of `parent.field` (for a root list, `parent` is the type it returns); `args` are the
   * field's, `parentArgs` those of the field above it.
   */
  size(
    parent: string,
    field: string,
    args: Record<string, unknown>,
    parentArgs: Record<string, unknown>,
    root: boolean,
  ): number {
    const first = typeof args.first === 'number' ? Math.max(0, args.first) : undefined;
    if (root) {
      const label = ROOT_LABEL[parent];
      // Without counts (or a label to count), a list with no `first` is taken to be as long as a nested list may be.
      const total = label && this.known ? this.count(label) : NESTED_LIMIT;
      return Math.min(first ?? total, label && this.known ? total : Number.POSITIVE_INFINITY);
    }
    if (parent === 'Graph') return this.graphSize(field, parentArgs);
    if (parent === 'WhereUsed' && (field === 'usages' || field === 'mentions')) {
      // Bounded by whereUsed's own `first` (default 500): its tool is typically a popular one, not an average one.
      return Math.min(typeof parentArgs.first === 'number' ? parentArgs.first : 500, NESTED_LIMIT);
    }
    if (parent === 'Job' && field === 'team') return SMALL_LIST;
    const bound = MATCH_LISTS[`${parent}.${field}`];
    if (bound !== undefined) {
      if (bound === 'requirements') {
        const text = typeof parentArgs.text === 'string' ? parentArgs.text : '';
        return Math.min(
          MOST_PRICED_REQUIREMENTS,
          Math.max(10, Math.ceil(text.length / BYTES_PER_REQUIREMENT)),
        );
      }
      if (bound === 'jobs') return this.known ? Math.max(1, this.average('Person.jobs')) : UNKNOWN_FAN_OUT;
      return bound;
    }
    const key = `${parent}.${field}`;
    if (!this.known) return UNKNOWN_FAN_OUT;
    return Math.min(FAN_OUT[key] ? this.average(key) : this.fallback, NESTED_LIMIT);
  }

  private graphSize(field: string, parentArgs: Record<string, unknown>): number {
    const maxLength = typeof parentArgs.maxLength === 'number' ? parentArgs.maxLength : undefined;
    const limit = typeof parentArgs.limit === 'number' ? parentArgs.limit : 5000;
    let nodes: number;
    const types =
      Array.isArray(parentArgs.types) && parentArgs.types.length > 0
        ? parentArgs.types.map(String)
        : Object.keys(NODE_TYPE_LABEL);
    const person = typeof parentArgs.person === 'string' && maxLength === undefined && this.known;
    const personal = person ? this.personGraph() : undefined;
    if (maxLength !== undefined) nodes = maxLength + 1;
    else if (!this.known) nodes = limit;
    else if (personal)
      nodes = Math.min(
        limit,
        types.reduce((n, t) => n + (personal.nodes[t] ?? 0), 0),
      );
    else {
      const available =
        Array.isArray(parentArgs.types) && parentArgs.types.length > 0
          ? types.reduce((n, t) => n + this.count(NODE_TYPE_LABEL[t] ?? ''), 0)
          : this.count('Entity');
      nodes = Math.min(limit, available);
    }
    if (field === 'nodes') return nodes;
    if (maxLength !== undefined) return maxLength;
    if (personal) return personal.edges;
    const entities = this.count('Entity');
    const degree =
      this.known && entities > 0 ? (2 * DRAWN.reduce((n, k) => n + this.count(k), 0)) / entities : 10;
    return nodes * degree;
  }

  /**
   * One person's part of the graph (graph.cypher with `person`), for a person with twice the average number of jobs:
   * their jobs, a company per job, each job's tools, challenges and incidents (at most every category), and the
   * edges between those. Priced as the whole graph's fan-out, one person's graph at L cost as much as all of it.
   */
  private personGraph(): { nodes: Record<string, number>; edges: number } {
    const jobs = 2 * Math.max(1, this.average('Person.jobs'));
    const tools = Math.min(this.count('Tool'), jobs * this.average('Job.tools'));
    const challenges = jobs * this.average('Job.challenges');
    const incidents = jobs * this.average('Job.incidents');
    const nodes: Record<string, number> = {
      PERSON: 1,
      JOB: jobs,
      COMPANY: jobs,
      TOOL: tools,
      CATEGORY: Math.min(this.count('Category'), tools),
      CHALLENGE: challenges,
      INCIDENT: incidents,
    };
    const edges =
      2 * jobs + // HELD, AT
      jobs * this.average('Job.tools') + // USED
      tools + // IN_CATEGORY
      challenges * (1 + this.average('Challenge.tools')) +
      incidents * (1 + this.average('Incident.tools'));
    return { nodes, edges: Math.ceil(edges) };
  }
}

/**
 * The list sizes of the graph as it is now: the counts are read at start-up and again once they are older than
 * `maxAgeMs` (a seed from another process changes them), in the background, so no request waits for them.
 */
export class LiveListSizes {
  private sizes = new ListSizes(undefined);
  private readAt = 0;
  private reading: Promise<void> | undefined;

  constructor(
    private readonly read: ReadQuery,
    private readonly maxAgeMs = 30_000,
  ) {}

  current(): ListSizes {
    if (Date.now() - this.readAt > this.maxAgeMs) void this.refresh();
    return this.sizes;
  }

  /** Reads the counts now (with `read`, e.g. one with a longer timeout); a failure keeps the previous sizes. */
  refresh(read: ReadQuery = this.read): Promise<void> {
    this.reading ??= readGraphCounts(read)
      .then(
        (counts) => {
          this.sizes = new ListSizes(counts);
          this.readAt = Date.now();
        },
        () => {
          // The database is down: keep what we had, and try again in a few seconds rather than on every request.
          this.readAt = Date.now() - this.maxAgeMs + 5_000;
        },
      )
      .finally(() => {
        this.reading = undefined;
      });
    return this.reading;
  }
}

function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const out: Record<string, FragmentDefinitionNode> = {};
  for (const def of document.definitions)
    if (def.kind === Kind.FRAGMENT_DEFINITION) out[def.name.value] = def;
  return out;
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Record<string, FragmentDefinitionNode>;
  variables: Record<string, unknown>;
  sizes: ListSizes;
  memo: Map<string, number>;
}

function argumentsOf(
  field: GraphQLField<unknown, unknown>,
  node: Parameters<typeof getArgumentValues>[1],
  walk: Walk,
) {
  try {
    return getArgumentValues(field, node, walk.variables);
  } catch {
    // An invalid argument fails validation or the resolver with its own message; the estimate uses the defaults.
    return {};
  }
}

/**
 * The estimated number of values in the answer to `set` (each field 1; a list multiplies what it holds by its
 * expected length). Fragments are costed once per type and memoised, so a fragment bomb costs linear time, and a
 * cycle counts as 0 instead of looping.
 */
function costOf(
  set: SelectionSetNode,
  type: GraphQLOutputType,
  parentArgs: Record<string, unknown>,
  walk: Walk,
): number {
  const named = getNamedType(type);
  if (!isObjectType(named)) return 0;
  const root = named === walk.schema.getQueryType();
  const fields = named.getFields();
  let cost = 0;
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (s.name.value.startsWith('__')) continue;
      const field = fields[s.name.value];
      if (!field) continue;
      const args = argumentsOf(field, s, walk);
      const inner = s.selectionSet ? costOf(s.selectionSet, field.type, args, walk) : 0;
      const length = isListType(getNullableType(field.type))
        ? // A root list is sized by the type it returns (tools → Tool), a nested one by the field that holds it.
          walk.sizes.size(
            root ? getNamedType(field.type).name : named.name,
            s.name.value,
            args,
            parentArgs,
            root,
          )
        : 1;
      cost += 1 + length * inner;
    } else if (s.kind === Kind.INLINE_FRAGMENT) {
      const on = s.typeCondition ? walk.schema.getType(s.typeCondition.name.value) : named;
      cost += costOf(s.selectionSet, (on as GraphQLObjectType) ?? named, parentArgs, walk);
    } else {
      // Keyed by the arguments above it too: a Graph fragment costs more under graph(limit: 5000) than under
      // shortestPath.
      const key = `${s.name.value}@${named.name}@${JSON.stringify(parentArgs)}`;
      let fragmentCost = walk.memo.get(key);
      if (fragmentCost === undefined) {
        walk.memo.set(key, 0);
        const f = walk.fragments[s.name.value];
        fragmentCost = f ? costOf(f.selectionSet, named, parentArgs, walk) : 0;
        walk.memo.set(key, fragmentCost);
      }
      cost += fragmentCost;
    }
  }
  return cost;
}

/** The estimated cost of one operation of a document with these variables (introspection costs nothing). */
export function estimateCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  rawVariables: Record<string, unknown> | undefined,
  sizes: ListSizes,
): number {
  const root = schema.getQueryType();
  if (!root || operation.operation !== 'query') return 0;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], rawVariables ?? {});
  const variables = coerced.coerced ?? {};
  return Math.round(
    costOf(
      operation.selectionSet,
      root,
      {},
      {
        schema,
        fragments: fragmentsOf(document),
        variables,
        sizes,
        memo: new Map(),
      },
    ),
  );
}

export interface CostLimitOptions {
  /** Highest estimated cost (values in the answer) allowed. */
  maxCost: number;
  /** The list sizes of the graph as it is now; called once per request. */
  sizes: () => ListSizes;
}

/**
 * Refuses an operation whose estimated answer is too big, before anything runs. It is a plugin rather than a
 * validation rule because the estimate depends on the request's variables (`first: $n`) and on the graph's current
 * counts, while Apollo validates each distinct document once and caches the verdict.
 */
export function costLimitPlugin(options: CostLimitOptions): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ document, operation, request, schema }) {
          if (!operation) return;
          const cost = estimateCost(schema, document, operation, request.variables, options.sizes());
          if (cost > options.maxCost) {
            throw new QueryTooComplexError(
              `Estimated query cost ${cost} exceeds the limit of ${options.maxCost}: the answer would hold about ` +
                `${cost} values (lists count as long as their \`first\` or \`limit\`, nested lists as long as they ` +
                'are on average in this graph). Ask for less at a time: a lower `first` or `limit`, fewer nested ' +
                'lists, or the nested lists of one item per request (tool(id:), job(id:), whereUsed(tool:)).',
              'cost',
            );
          }
        },
      };
    },
  };
}
