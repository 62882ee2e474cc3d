import type { NodeSingular, StylesheetJson } from 'cytoscape';
import { ACCENT, INK, NODE_TYPES, TYPE_STYLES } from './palette.js';
import { LABEL_HALO, LABEL_MAX_WIDTH } from './sizing.js';

/** `detailed` for graphs a person reads node by node; `large` trades detail for frame rate (and suits WebGL). */
export type StyleMode = 'detailed' | 'large';

const EDGE = '#94a3b8';

/**
 * How much a node's label is enlarged in model units so it is still drawn at a readable size on screen: 1 at
 * comfortable zooms, more when zoomed out (see GraphView). Without it, a label is a fixed model size and a phone's
 * fitted graph draws every label below the size anyone can read.
 */
export type LabelScale = (node: NodeSingular) => number;

/**
 * The Cytoscape stylesheet. Sizes and label text come from element data computed once in graph/elements.ts, so
 * the renderer does no per-frame mapping. Labels are dark ink with a white halo below the node: they pass AA contrast
 * against the canvas and stay legible where they cross edges. `labelScale` (detailed mode) keeps labels readable
 * when zoomed out.
 */
export function stylesheet(mode: StyleMode, labelScale?: LabelScale): StylesheetJson {
  const large = mode === 'large';
  const scaled = (base: number) => (labelScale ? (node: NodeSingular) => base * labelScale(node) : base);
  return [
    {
      selector: 'node',
      style: {
        width: 'data(size)',
        height: 'data(size)',
        'background-color': '#64748b',
        'border-width': 1.5,
        'border-color': '#ffffff',
        label: large ? '' : 'data(display)',
        'font-family': 'Inter, "Segoe UI", system-ui, -apple-system, sans-serif',
        'font-size': labelScale
          ? (node: NodeSingular) => (node.data('fontSize') as number) * labelScale(node)
          : 'data(fontSize)',
        'font-weight': 500,
        color: INK.text,
        'text-valign': 'bottom',
        'text-halign': 'center',
        'text-margin-y': scaled(4),
        'text-wrap': large ? 'none' : 'wrap',
        'text-max-width': labelScale
          ? (node: NodeSingular) => `${LABEL_MAX_WIDTH * labelScale(node)}px`
          : `${LABEL_MAX_WIDTH}px`,
        'text-outline-color': INK.canvas,
        'text-outline-width': large ? 0 : scaled(LABEL_HALO),
        'text-outline-opacity': 1,
        // Below this size (Cytoscape rounds the zoom to a power of two first) a label is noise; leaving it out
        // also keeps panning smooth.
        'min-zoomed-font-size': large ? 11 : 8,
        'overlay-opacity': 0,
        'transition-property': large ? 'none' : 'opacity',
        'transition-duration': large ? 0 : 180,
      },
    },
    ...NODE_TYPES.map((type) => ({
      selector: `node.${type.toLowerCase()}`,
      style: { 'background-color': TYPE_STYLES[type].color, shape: TYPE_STYLES[type].shape },
    })),
    { selector: 'node.hub', style: { label: 'data(display)' } },
    { selector: 'node.job', style: { 'font-weight': 600 } },
    { selector: 'node.person', style: { 'font-weight': 700 } },
    {
      selector: 'edge',
      style: {
        width: large ? 0.6 : 1.2,
        'line-color': EDGE,
        opacity: large ? 0.45 : 0.7,
        'curve-style': large ? 'haystack' : 'straight',
        'haystack-radius': 0,
        'overlay-opacity': 0,
      },
    },
    { selector: 'edge.in_category', style: { 'line-color': '#a3b18a', opacity: large ? 0.3 : 0.55 } },
    { selector: 'edge.at, edge.held', style: { 'line-color': '#64748b', width: large ? 0.8 : 2 } },
    // Zoomed out, minor nodes (one-off tools, categories, challenges, incidents) go unlabelled; see GraphView.
    { selector: 'node.minor.quiet', style: { label: '' } },
    {
      selector: 'node.highlighted, node.focus, node.path, node.picked, node.neighbour',
      style: { label: 'data(display)' },
    },
    {
      selector: '.neighbour',
      style: { 'text-outline-width': 3, 'z-index': 20 },
    },
    { selector: 'edge.neighbour', style: { 'line-color': '#334155', opacity: 1, width: 2 } },
    // A label that would collide with a more important one (graph/labels.ts); hovering shows it again.
    { selector: 'node.label-hidden', style: { label: '' } },
    {
      selector: 'node.hover',
      style: { 'border-width': 3, 'border-color': INK.text, 'z-index': 30, label: 'data(display)' },
    },
    // A job match's missing tool (client/match/ghosts.ts): dashed and translucent, so it reads as "not in your
    // graph"; it ignores clicks, having no node behind it to inspect.
    {
      selector: 'node.ghost',
      style: {
        'background-opacity': 0.18,
        'border-width': 2.5,
        'border-style': 'dashed',
        'border-color': TYPE_STYLES.TOOL.color,
        'font-style': 'italic',
        events: 'no',
      },
    },
    { selector: 'edge.ghost', style: { 'line-style': 'dashed', events: 'no' } },
    { selector: '.faded', style: { opacity: 0.14, 'text-opacity': 0.5 } },
    { selector: 'node.faded', style: { label: '' } },
    { selector: 'node.highlighted', style: { 'border-width': 3, 'border-color': INK.text, 'z-index': 40 } },
    {
      selector: 'node.ghost.highlighted',
      style: { 'border-width': 2.5, 'border-color': TYPE_STYLES.TOOL.color },
    },
    {
      selector: 'edge.highlighted',
      style: { 'line-color': INK.text, width: 2.5, opacity: 1, 'z-index': 40 },
    },
    {
      selector: 'node.focus',
      style: {
        'border-width': 4,
        'border-color': ACCENT,
        'underlay-color': ACCENT,
        'underlay-padding': 8,
        'underlay-opacity': 0.25,
        'underlay-shape': 'ellipse',
        'z-index': 50,
      },
    },
    { selector: 'node.path', style: { 'border-width': 4, 'border-color': ACCENT, 'z-index': 50 } },
    { selector: 'edge.path', style: { 'line-color': ACCENT, width: 4, opacity: 1, 'z-index': 50 } },
    {
      selector: 'node.picked',
      style: {
        'border-width': 4,
        'border-color': ACCENT,
        'border-style': 'double',
        'underlay-color': ACCENT,
        'underlay-padding': 6,
        'underlay-opacity': 0.18,
      },
    },
    { selector: '.filtered', style: { display: 'none' } },
  ];
}
