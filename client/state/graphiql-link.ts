import type { NodeType } from '../../contract/graphql.js';
import type { ExplorerState } from './url.js';

/** The focused node as far as GraphiQL needs it: its id, its type and its name. */
export interface FocusRef {
  id: string;
  type: NodeType;
  label: string;
}

const str = (value: string) => JSON.stringify(value);

/**
 * A runnable GraphQL document that answers what the explorer currently shows, with literal arguments so it runs
 * as soon as GraphiQL opens: where a tool was used, a job's details, a path, a neighbourhood, or the graph itself.
 */
export function queryForState(state: ExplorerState, focus: FocusRef | null): string {
  if (state.path) {
    return `# The shortest path between the two selected nodes
query ShortestPath {
  shortestPath(from: ${str(state.path[0])}, to: ${str(state.path[1])}) {
    nodes { id type label }
    edges { source target type }
  }
}`;
  }
  if (state.ask && !focus) {
    return `# Which tool did you mean? Unknown names come back with suggestions.
query WhichToolDidYouMean {
  whereUsed(tool: ${str(state.ask)}) {
    tool { name }
    suggestions
  }
}`;
  }
  if (focus?.type === 'TOOL') {
    return `# Where did I use ${focus.label}?
query WhereDidIUseIt {
  whereUsed(tool: ${str(focus.label)}) {
    tool { id name aliases category jobCount }
    usages {
      job { label company { name } }
      evidence { text section line }
    }
  }
}`;
  }
  if (focus?.type === 'JOB') {
    return `# ${focus.label}
query Job {
  job(id: ${str(focus.id)}) {
    title
    company { name }
    platform
    leadPercent
    codePercent
    teamSize
    team { role count }
    tools { name category }
    challenges { title resolution tools { name } }
    incidents { failure cause rectification learning }
  }
}`;
  }
  if (focus) {
    return `# What is connected to ${focus.label}
query Neighbourhood {
  neighborhood(id: ${str(focus.id)}, depth: 1) {
    nodes { id type label }
    edges { source target type }
    truncated
    total
  }
}`;
  }
  const args = [
    state.types.length < 7 ? `types: [${state.types.join(', ')}]` : '',
    state.minJobs > 1 ? `minJobs: ${state.minJobs}` : '',
    state.person ? `person: ${str(state.person)}` : '',
  ].filter((a) => a !== '');
  return `# The graph the explorer draws
query Graph {
  graph${args.length ? `(${args.join(', ')})` : ''} {
    nodes { id type label weight category }
    edges { source target type }
    truncated
    total
  }
}`;
}

/** Link to the bundled GraphiQL page with a query prefilled. Relative, so it works under any base path. */
export function graphiqlHref(query: string): string {
  return `graphiql?query=${encodeURIComponent(query)}`;
}
