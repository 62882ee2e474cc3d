import cytoscape from 'cytoscape';
import fcose from 'cytoscape-fcose';
import { DRAFT_LAYOUT_NODES } from '../graph/scale.js';
import { type Box, removeOverlaps } from './overlap.js';
import { withSeededRandom } from './seed.js';
import type { LayoutGraph, Positions } from './types.js';

cytoscape.use(fcose);

export interface ForceOptions {
  /** 'draft' (spectral only, fast) or 'default' (spectral then force refinement); chosen by size when omitted. */
  quality?: 'draft' | 'default';
  /** Seed for fcose's random draws, so the same graph always gets the same layout. */
  seed: number;
  /** Minimum gap fcose keeps between nodes in the spectral stage (draft quality uses its own, see DRAFT_SEPARATION). */
  nodeSeparation: number;
  /** Repulsion between nodes in the refinement stage; high values leave room for labels. */
  nodeRepulsion: number;
  /** Scales every edge's own pull (its `elasticity`) towards its ideal length (its `length`). */
  edgeElasticity: number;
  /** Pull towards the centre, which keeps small disconnected pieces from drifting off. */
  gravity: number;
  /** Iteration cap of the refinement stage. */
  numIter: number;
  /** Nodes pinned where they are; with any given, the layout only moves the others (incremental mode). */
  fixed?: { id: string; x: number; y: number }[];
  /**
   * For graphs small enough to read (default quality), where each node is laid out with its label: edges are
   * shortened by `edgeScale` and nodes kept apart by `nodeSeparation` and `nodeRepulsion`, since the label boxes
   * already hold them apart. Measured on the bundled narratives' first view (33 nodes in a 770×840 stage): the
   * general settings fit it at zoom 0.54 (12 px labels drawn at 6.5 px); these at 0.8, every label readable.
   */
  readable: { edgeScale: number; nodeSeparation: number; nodeRepulsion: number };
}

/**
 * Separation at draft quality. Measured on 5,000 nodes and 20,000 edges: 75 (fcose's default) takes 3.6 s, 110
 * takes 21 s, because fcose's spectral stage then spends most of its time pushing nodes apart; spacing is restored
 * afterwards by scaling instead (see spread).
 */
const DRAFT_SEPARATION = 75;

/** Model distance per node that a draft layout is scaled to (its spectral result is packed too tightly to read). */
const DRAFT_SPACING = 70;

/** Room beside a label, and between a node and the label under it (the stylesheet's text-margin-y and halo). */
const LABEL_PAD = 8;
const LABEL_GAP = 6;

export const FORCE_DEFAULTS: ForceOptions = {
  seed: 20_240_601,
  nodeSeparation: 110,
  nodeRepulsion: 45_000,
  edgeElasticity: 1,
  gravity: 0.3,
  numIter: 2_500,
  readable: { edgeScale: 0.3, nodeSeparation: 30, nodeRepulsion: 4_000 },
};

/**
 * Runs fcose on a headless Cytoscape core and returns the positions. Node ids are sorted first, so the result does
 * not depend on the order the server listed them in. Runs synchronously: call it in a worker for anything big.
 */
export function runForceLayout(graph: LayoutGraph, options: Partial<ForceOptions> = {}): Positions {
  const opts: ForceOptions = { ...FORCE_DEFAULTS, ...options };
  const nodes = [...graph.nodes].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const ids = new Set(nodes.map((n) => n.id));
  const edges = [...graph.edges]
    .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const quality = opts.quality ?? (nodes.length > DRAFT_LAYOUT_NODES ? 'draft' : 'default');
  // A graph small enough to read gets room for its labels: each node is laid out as the box of the node and the
  // label under it. Big graphs (draft quality) keep plain node sizes, as their labels are mostly hidden anyway.
  const withLabels = quality === 'default';
  const box = (n: (typeof nodes)[number]) =>
    withLabels
      ? {
          width: Math.max(n.size, (n.labelWidth ?? 0) + LABEL_PAD),
          height: n.size + LABEL_GAP + (n.labelHeight ?? 0),
        }
      : { width: n.size, height: n.size };
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    style: [{ selector: 'node', style: { width: 'data(width)', height: 'data(height)' } }],
    elements: [
      ...nodes.map((n) => ({ group: 'nodes' as const, data: { id: n.id, ...box(n) } })),
      ...edges.map((e) => ({
        group: 'edges' as const,
        data: { id: e.id, source: e.source, target: e.target, length: e.length, elasticity: e.elasticity },
      })),
    ],
  });
  try {
    const fixed = opts.fixed?.filter((f) => ids.has(f.id)) ?? [];
    const incremental = fixed.length > 0;
    // Fixed positions are node centres; the layout works with the centres of node-and-label boxes.
    const shift = (n: (typeof nodes)[number] | undefined) => (n ? (box(n).height - n.size) / 2 : 0);
    const byId = new Map(nodes.map((n) => [n.id, n]));
    if (incremental) for (const f of fixed) cy.$id(f.id).position({ x: f.x, y: f.y + shift(byId.get(f.id)) });
    withSeededRandom(opts.seed, () => {
      cy.layout({
        name: 'fcose',
        quality: incremental ? 'default' : quality,
        randomize: !incremental,
        animate: false,
        fit: false,
        nodeSeparation:
          quality === 'draft' && !incremental
            ? DRAFT_SEPARATION
            : withLabels
              ? opts.readable.nodeSeparation
              : opts.nodeSeparation,
        nodeRepulsion: () => (withLabels ? opts.readable.nodeRepulsion : opts.nodeRepulsion),
        idealEdgeLength: (edge: cytoscape.EdgeSingular) =>
          (edge.data('length') as number) * (withLabels ? opts.readable.edgeScale : 1),
        edgeElasticity: (edge: cytoscape.EdgeSingular) =>
          (edge.data('elasticity') as number) * opts.edgeElasticity,
        gravity: opts.gravity,
        numIter: opts.numIter,
        ...(incremental
          ? {
              fixedNodeConstraint: fixed.map((f) => ({
                nodeId: f.id,
                position: { x: f.x, y: f.y + shift(byId.get(f.id)) },
              })),
            }
          : {}),
      } as cytoscape.LayoutOptions).run();
    });
    const scale = quality === 'draft' && !incremental ? spread(cy, nodes.length) : 1;
    const boxes: Box[] = nodes.map((n) => {
      const p = cy.$id(n.id).position();
      return { id: n.id, x: p.x * scale, y: p.y * scale, ...box(n) };
    });
    // The force layout leaves its dense middle overlapping; readable graphs get every node and label clear.
    if (withLabels) removeOverlaps(boxes, { pinned: new Set(fixed.map((f) => f.id)) });
    const positions: Positions = {};
    for (const b of boxes) {
      const y = b.y - shift(byId.get(b.id));
      positions[b.id] = { x: Math.round(b.x * 10) / 10, y: Math.round(y * 10) / 10 };
    }
    return positions;
  } finally {
    cy.destroy();
  }
}

/** The factor that gives a draft layout about DRAFT_SPACING of room per node (never shrinks it). */
function spread(cy: cytoscape.Core, count: number): number {
  const box = cy.nodes().boundingBox({});
  const side = Math.max(box.w, box.h, 1);
  return Math.max(1, (Math.sqrt(count) * DRAFT_SPACING) / side);
}
