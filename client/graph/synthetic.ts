import type { NodeType } from '../../contract/graphql.js';
import type { GraphData, GraphEdgeData, GraphNodeData } from '../api/operations.js';
import { seededRandom } from '../layouts/seed.js';

/** Share of each node type in a synthetic graph, shaped like a real skills graph: mostly tools. */
const MIX: [NodeType, number][] = [
  ['PERSON', 0.004],
  ['JOB', 0.04],
  ['COMPANY', 0.025],
  ['CATEGORY', 0.012],
  ['CHALLENGE', 0.06],
  ['INCIDENT', 0.02],
];

/**
 * A deterministic skills-shaped graph of exactly `nodeCount` nodes and (when that many distinct pairs exist)
 * `edgeCount` edges, for the benchmark and scale tests. Every job is held by a person and at a company, every tool
 * is in a category, every challenge and incident belongs to a job; the remaining edges are jobs using tools, with
 * tool popularity skewed so a few tools recur in many jobs, as they do in real careers.
 */
export function syntheticGraph(nodeCount: number, edgeCount: number, seed = 1): GraphData {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const byType = new Map<NodeType, GraphNodeData[]>();
  const nodes: GraphNodeData[] = [];
  const add = (type: NodeType, i: number) => {
    const node: GraphNodeData = {
      id: `${type.toLowerCase()}:syn-${i}`,
      type,
      label: `${type[0]}${type.slice(1).toLowerCase()} ${i}`,
      weight: 0,
      category: null,
    };
    nodes.push(node);
    const list = byType.get(type);
    if (list) list.push(node);
    else byType.set(type, [node]);
  };
  const n = Math.max(nodeCount, 8);
  for (const [type, share] of MIX) {
    const count = Math.max(1, Math.round(n * share));
    for (let i = 1; i <= count; i++) add(type, i);
  }
  for (let i = 1; nodes.length < n; i++) add('TOOL', i);
  const of = (type: NodeType) => byType.get(type) ?? [];
  const [people, jobs, companies, categories, challenges, incidents, tools] = (
    ['PERSON', 'JOB', 'COMPANY', 'CATEGORY', 'CHALLENGE', 'INCIDENT', 'TOOL'] as const
  ).map(of) as [
    GraphNodeData[],
    GraphNodeData[],
    GraphNodeData[],
    GraphNodeData[],
    GraphNodeData[],
    GraphNodeData[],
    GraphNodeData[],
  ];

  const edges = new Map<string, GraphEdgeData>();
  const link = (source: GraphNodeData, type: string, target: GraphNodeData) => {
    const id = `${source.id}>${type}>${target.id}`;
    if (edges.size >= edgeCount || edges.has(id)) return false;
    edges.set(id, { id, source: source.id, target: target.id, type });
    return true;
  };
  jobs.forEach((job, i) => {
    link(people[i % people.length] as GraphNodeData, 'HELD', job);
    link(job, 'AT', companies[i % companies.length] as GraphNodeData);
  });
  tools.forEach((tool, i) => {
    const category = categories[i % categories.length] as GraphNodeData;
    tool.category = category.label;
    link(tool, 'IN_CATEGORY', category);
  });
  challenges.forEach((c, i) => {
    link(jobs[i % jobs.length] as GraphNodeData, 'FACED', c);
  });
  incidents.forEach((c, i) => {
    link(jobs[i % jobs.length] as GraphNodeData, 'HAD_INCIDENT', c);
  });
  // Popularity falls off like 1/rank, so the first tools are used by many jobs.
  const popular = () =>
    tools[Math.min(tools.length - 1, Math.floor(tools.length ** random()) - 1)] as GraphNodeData;
  const stories = [...challenges, ...incidents];
  for (let attempts = 0; edges.size < edgeCount && attempts < edgeCount * 20; attempts++) {
    if (random() < 0.9 || stories.length === 0) link(pick(jobs), 'USED', popular());
    else link(pick(stories), 'INVOLVED', popular());
  }
  // The API's size hints: jobs per tool and company, tools per job and category.
  const weight = new Map<string, number>();
  const bump = (id: string) => weight.set(id, (weight.get(id) ?? 0) + 1);
  for (const e of edges.values()) {
    if (e.type === 'USED') {
      bump(e.target);
      bump(e.source);
    } else if (e.type === 'AT' || e.type === 'IN_CATEGORY') {
      bump(e.target);
    }
  }
  for (const node of nodes) node.weight = weight.get(node.id) ?? 0;
  return { nodes, edges: [...edges.values()], truncated: false, total: nodes.length };
}
