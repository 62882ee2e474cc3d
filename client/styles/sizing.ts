import type { NodeType } from '../../contract/graphql.js';

/** Diameter of a tool used in one job, and what each further job adds, so recurring tools stand out. */
const TOOL_BASE = 18;
const TOOL_STEP = 10;
const TOOL_MAX = 90;

const FIXED_SIZE: Record<Exclude<NodeType, 'TOOL' | 'CATEGORY'>, number> = {
  PERSON: 52,
  JOB: 46,
  COMPANY: 38,
  CHALLENGE: 18,
  INCIDENT: 20,
};

/** Node diameter in model pixels. `weight` is the API's size hint: jobs for tools, tools for categories. */
export function nodeSize(type: NodeType, weight: number | null | undefined): number {
  const w = Math.max(1, weight ?? 1);
  if (type === 'TOOL') return Math.min(TOOL_MAX, TOOL_BASE + TOOL_STEP * (w - 1));
  if (type === 'CATEGORY') return 22 + 2 * Math.min(w, 10);
  return FIXED_SIZE[type];
}

/**
 * Label font size in model pixels. Labels hide when they would render below the stylesheet's minimum zoomed size,
 * so one-off tools and long challenge titles appear as one zooms in while jobs and recurring tools stay readable.
 */
export function labelSize(type: NodeType, weight: number | null | undefined): number {
  const w = Math.max(1, weight ?? 1);
  switch (type) {
    case 'TOOL':
      return Math.min(20, 12 + 2 * (w - 1));
    case 'PERSON':
      return 20;
    case 'JOB':
      return 17;
    case 'COMPANY':
      return 16;
    case 'CATEGORY':
      return 12;
    default:
      return 11;
  }
}

/** Longest label drawn on the canvas; the inspector shows the whole text. */
export const MAX_LABEL_CHARS = 34;

/**
 * The text drawn under a node: a job shows its title only (its company is the node beside it), long labels are cut
 * at a word with an ellipsis.
 */
export function displayLabel(type: NodeType, label: string): string {
  if (type === 'JOB') {
    const [title, company] = label.split(' · ');
    if (title && company) return shorten(title);
  }
  return shorten(label);
}

function shorten(text: string): string {
  const clean = text.replace(/…$/, '').trim();
  if (clean.length <= MAX_LABEL_CHARS && clean === text.trim()) return clean;
  if (clean.length <= MAX_LABEL_CHARS) return `${clean}…`;
  const cut = clean.slice(0, MAX_LABEL_CHARS - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > MAX_LABEL_CHARS / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

/** Ideal edge length for the force layout: short ties (job–company) pull close, tool links leave room for labels. */
export function edgeLength(type: string): number {
  switch (type) {
    case 'HELD':
      return 220;
    case 'AT':
    case 'FACED':
    case 'HAD_INCIDENT':
      return 70;
    case 'IN_CATEGORY':
      return 90;
    case 'INVOLVED':
      return 140;
    default:
      return 130;
  }
}

/**
 * How hard an edge pulls in the force layout. Category and "involved" links pull weakly: at full strength they
 * drag tools of one category together across jobs and tangle the jobs' clusters into one hairball.
 */
export function edgeElasticity(type: string): number {
  switch (type) {
    case 'IN_CATEGORY':
      return 0.06;
    case 'INVOLVED':
      return 0.1;
    default:
      return 0.45;
  }
}
