import type { NodeType } from '../../contract/graphql.js';

/** How one node type looks everywhere: in the graph, the legend, the inspector's badges and the matrix. */
export interface TypeStyle {
  /** Singular name shown in the legend and badges. */
  label: string;
  /** Plural name for filters and counts. */
  plural: string;
  /** Fill colour; dark enough that white text on it passes WCAG AA (4.5:1), so badges can reuse it. */
  color: string;
  /** Cytoscape node shape; shapes differ too, so the types do not depend on colour alone. */
  shape:
    | 'ellipse'
    | 'round-rectangle'
    | 'round-diamond'
    | 'round-hexagon'
    | 'round-triangle'
    | 'round-octagon'
    | 'star';
}

/** Order used by the legend and filters: the career first, then what it used, then what happened. */
export const NODE_TYPES: readonly NodeType[] = [
  'PERSON',
  'JOB',
  'COMPANY',
  'TOOL',
  'CATEGORY',
  'CHALLENGE',
  'INCIDENT',
];

export const TYPE_STYLES: Record<NodeType, TypeStyle> = {
  PERSON: { label: 'Person', plural: 'People', color: '#334155', shape: 'star' },
  JOB: { label: 'Job', plural: 'Jobs', color: '#1d4ed8', shape: 'round-rectangle' },
  COMPANY: { label: 'Company', plural: 'Companies', color: '#0f766e', shape: 'round-hexagon' },
  TOOL: { label: 'Tool', plural: 'Tools', color: '#c2410c', shape: 'ellipse' },
  CATEGORY: { label: 'Category', plural: 'Categories', color: '#4d7c0f', shape: 'round-diamond' },
  CHALLENGE: { label: 'Challenge', plural: 'Challenges', color: '#7e22ce', shape: 'round-triangle' },
  INCIDENT: { label: 'Incident', plural: 'Incidents', color: '#be123c', shape: 'round-octagon' },
};

/** Text drawn on the page and on the graph canvas (labels sit beside nodes, over the canvas background). */
export const INK = { text: '#0f172a', muted: '#475569', background: '#ffffff', canvas: '#f8fafc' } as const;

/** The colour of focus, paths and selections: one accent, distinct from every type colour. */
export const ACCENT = '#b45309';

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  const [r, g, b] = [m[1], m[2], m[3]].map((h) => channel(Number.parseInt(h ?? '0', 16)));
  return 0.2126 * (r ?? 0) + 0.7152 * (g ?? 0) + 0.0722 * (b ?? 0);
}

/** WCAG contrast ratio between two #rrggbb colours, from 1 to 21. */
export function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return ((hi ?? 0) + 0.05) / ((lo ?? 0) + 0.05);
}

/**
 * Colours that tell companies apart in the Recurrence view. Each has at least 3:1 contrast against white (WCAG's
 * figure for graphics), and neighbours in the list differ in hue; beyond twelve companies they repeat, and the
 * company's name is always given in text as well.
 */
export const COMPANY_COLOURS: readonly string[] = [
  '#1d4ed8',
  '#c2410c',
  '#0f766e',
  '#7e22ce',
  '#be123c',
  '#4d7c0f',
  '#0369a1',
  '#a16207',
  '#a21caf',
  '#475569',
  '#15803d',
  '#9f1239',
];

/** A colour per company, by name in alphabetical order, so the same data always gets the same colours. */
export function companyColours(names: Iterable<string>): Map<string, string> {
  const sorted = [...new Set(names)].sort((a, b) => a.localeCompare(b));
  return new Map(sorted.map((name, i) => [name, COMPANY_COLOURS[i % COMPANY_COLOURS.length] ?? '#475569']));
}
