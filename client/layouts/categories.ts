import { byWeightThenLabel } from './concentric.js';
import type { LayoutGraph, LayoutNode, Positions } from './types.js';

export interface CategoryOptions {
  /** Horizontal distance between jobs in the career band. */
  jobSpacing: number;
  /** Distance between rings of tools around their category. */
  ringStep: number;
  /** Tools on the first ring around a category; each further ring holds this many more. */
  firstRing: number;
  /** Gap between category clusters. */
  clusterGap: number;
}

export const CATEGORY_DEFAULTS: CategoryOptions = {
  jobSpacing: 230,
  ringStep: 78,
  firstRing: 7,
  clusterGap: 70,
};

/**
 * "Grouped by category": a career band on top (the person, then each job with its company above and its challenges
 * and incidents beneath), and below it one cluster per category, its tools on rings around it, the most-used
 * innermost. Clusters are packed in rows, largest first. Tools without a category form a last cluster.
 */
export function categoriesLayout(graph: LayoutGraph, options: Partial<CategoryOptions> = {}): Positions {
  const o = { ...CATEGORY_DEFAULTS, ...options };
  const positions: Positions = {};
  const byType = (type: string) =>
    graph.nodes
      .filter((n) => n.type === type)
      .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
  const neighbours = adjacency(graph);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));

  const jobs = byType('JOB');
  const bandWidth = Math.max(1, jobs.length) * o.jobSpacing;
  const jobX = (i: number) => (i - (jobs.length - 1) / 2) * o.jobSpacing;
  byType('PERSON').forEach((p, i) => {
    positions[p.id] = { x: -bandWidth / 2 - o.jobSpacing * 0.4, y: i * 90 };
  });
  const companies = new Map<string, number[]>();
  jobs.forEach((job, i) => {
    positions[job.id] = { x: jobX(i), y: 0 };
    let stack = 0;
    for (const id of [...(neighbours.get(job.id) ?? [])].sort()) {
      const n = byId.get(id);
      if (!n) continue;
      if (n.type === 'COMPANY') {
        const xs = companies.get(n.id);
        if (xs) xs.push(jobX(i));
        else companies.set(n.id, [jobX(i)]);
      }
      if ((n.type === 'CHALLENGE' || n.type === 'INCIDENT') && positions[n.id] === undefined) {
        positions[n.id] = { x: jobX(i) + (stack % 2 === 0 ? -45 : 45), y: 95 + Math.floor(stack / 2) * 70 };
        stack += 1;
      }
    }
  });
  for (const company of byType('COMPANY')) {
    const xs = companies.get(company.id) ?? [];
    positions[company.id] = { x: xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0, y: -120 };
  }
  const storyRows = Math.max(0, ...Object.values(positions).map((p) => p.y));
  const stories = [...byType('CHALLENGE'), ...byType('INCIDENT')].filter(
    (n) => positions[n.id] === undefined,
  );
  stories.forEach((n, i) => {
    positions[n.id] = { x: jobX(0) + (i % 12) * 90, y: storyRows + 80 + Math.floor(i / 12) * 60 };
  });

  const clusters = categoryClusters(graph);
  const radii = clusters.map((c) => clusterRadius(c.tools.length, o));
  const totalArea = radii.reduce((sum, r) => sum + (2 * r + o.clusterGap) ** 2, 0);
  const rowWidth = Math.max(bandWidth, Math.sqrt(totalArea) * 1.5);
  let x = -rowWidth / 2;
  let y = Math.max(0, ...Object.values(positions).map((p) => p.y)) + 160;
  let rowHeight = 0;
  clusters.forEach((cluster, i) => {
    const r = radii[i] ?? 0;
    if (x + 2 * r > rowWidth / 2 && x > -rowWidth / 2) {
      x = -rowWidth / 2;
      y += rowHeight + o.clusterGap;
      rowHeight = 0;
    }
    const cx = x + r;
    const cy = y + r;
    if (cluster.center) positions[cluster.center.id] = { x: cx, y: cy };
    placeOnRings(cluster.tools, cx, cy, o, positions);
    x += 2 * r + o.clusterGap;
    rowHeight = Math.max(rowHeight, 2 * r);
  });

  const rest = graph.nodes
    .filter((n) => positions[n.id] === undefined)
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  const restY = Math.max(0, ...Object.values(positions).map((p) => p.y)) + 140;
  rest.forEach((n, i) => {
    positions[n.id] = { x: -rowWidth / 2 + (i % 20) * 80, y: restY + Math.floor(i / 20) * 70 };
  });
  return positions;
}

interface Cluster {
  /** The category's name; null for tools without one. */
  name: string | null;
  /** The category's node, when categories are drawn. */
  center: LayoutNode | null;
  tools: LayoutNode[];
}

/**
 * One cluster per category, by the tools' category names: with the Categories type turned off (as in the first view)
 * there are no category nodes, and the tools still group by what they are.
 */
function categoryClusters(graph: LayoutGraph): Cluster[] {
  const byName = new Map<string, Cluster>();
  for (const c of graph.nodes.filter((n) => n.type === 'CATEGORY'))
    byName.set(c.label, { name: c.label, center: c, tools: [] });
  const loose: Cluster = { name: null, center: null, tools: [] };
  for (const tool of graph.nodes.filter((n) => n.type === 'TOOL')) {
    if (!tool.category) {
      loose.tools.push(tool);
      continue;
    }
    const cluster = byName.get(tool.category) ?? { name: tool.category, center: null, tools: [] };
    cluster.tools.push(tool);
    byName.set(tool.category, cluster);
  }
  const clusters = [...byName.values()];
  if (loose.tools.length) clusters.push(loose);
  for (const c of clusters) c.tools.sort(byWeightThenLabel);
  return clusters.sort(
    (a, b) => b.tools.length - a.tools.length || (a.name ?? '\uffff').localeCompare(b.name ?? '\uffff'),
  );
}

function ringCapacity(ring: number, o: CategoryOptions): number {
  return o.firstRing * ring;
}

function clusterRadius(count: number, o: CategoryOptions): number {
  let ring = 0;
  let left = count;
  while (left > 0) {
    ring += 1;
    left -= ringCapacity(ring, o);
  }
  return Math.max(40, ring * o.ringStep + 30);
}

function placeOnRings(tools: LayoutNode[], cx: number, cy: number, o: CategoryOptions, out: Positions): void {
  let index = 0;
  for (let ring = 1; index < tools.length; ring++) {
    const onRing = Math.min(ringCapacity(ring, o), tools.length - index);
    for (let k = 0; k < onRing; k++) {
      const tool = tools[index + k];
      if (!tool) continue;
      const angle = -Math.PI / 2 + (2 * Math.PI * k) / onRing + (ring % 2) * 0.3;
      out[tool.id] = {
        x: Math.round(cx + ring * o.ringStep * Math.cos(angle)),
        y: Math.round(cy + ring * o.ringStep * Math.sin(angle)),
      };
    }
    index += onRing;
  }
}

function adjacency(graph: LayoutGraph): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const e of graph.edges) {
    for (const [a, b] of [
      [e.source, e.target],
      [e.target, e.source],
    ] as const) {
      const list = out.get(a);
      if (list) list.push(b);
      else out.set(a, [b]);
    }
  }
  return out;
}
