import type { GraphData, GraphNodeData } from '../api/operations.js';

export interface ToolJobMatrix {
  /** Jobs in document order (by id, numerically: job:me:2 before job:me:10). */
  jobs: GraphNodeData[];
  /** Tools, most jobs first, then by name. */
  tools: { tool: GraphNodeData; jobIds: Set<string> }[];
  /** Company name of each job, from AT edges. */
  companyOf: Map<string, string>;
}

/** The tools × jobs matrix behind the matrix view, derived from the drawn graph's USED and AT edges. */
export function buildMatrix(graph: Pick<GraphData, 'nodes' | 'edges'>): ToolJobMatrix {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const jobs = graph.nodes
    .filter((n) => n.type === 'JOB')
    .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const usedBy = new Map<string, Set<string>>();
  const companyOf = new Map<string, string>();
  for (const e of graph.edges) {
    if (e.type === 'USED' && byId.get(e.target)?.type === 'TOOL') {
      const set = usedBy.get(e.target) ?? new Set<string>();
      set.add(e.source);
      usedBy.set(e.target, set);
    } else if (e.type === 'AT') {
      const company = byId.get(e.target);
      if (company) companyOf.set(e.source, company.label);
    }
  }
  const tools = graph.nodes
    .filter((n) => n.type === 'TOOL')
    .map((tool) => ({ tool, jobIds: usedBy.get(tool.id) ?? new Set<string>() }))
    .sort((a, b) => b.jobIds.size - a.jobIds.size || a.tool.label.localeCompare(b.tool.label));
  return { jobs, tools, companyOf };
}
