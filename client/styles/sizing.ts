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
  // Sized for the first view's zoom (about 0.8 on a laptop): a one-job tool's label is drawn at about 13 px.
  switch (type) {
    case 'TOOL':
      return Math.min(24, 16 + 2 * (w - 1));
    case 'PERSON':
      return 22;
    case 'JOB':
      return 20;
    case 'COMPANY':
      return 18;
    case 'CATEGORY':
      return 15;
    default:
      return 14;
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

/** Widest a label is drawn before it wraps (the stylesheet's text-max-width). */
export const LABEL_MAX_WIDTH = 110;

/** The light outline around label text (the stylesheet's text-outline-width), which keeps it legible over edges. */
export const LABEL_HALO = 3;

/**
 * The box a label will take, estimated without a canvas (the layout worker has none): about 0.62 em per character
 * of the UI font (0.72 for the bold job and person labels), wrapped between words at LABEL_MAX_WIDTH as the
 * renderer wraps it. Generous on purpose: the page measures exactly when it decides which labels to show
 * (graph/labels.ts), and every label it must hide is one the layout should have made room for.
 */
export function labelBoxEstimate(
  type: NodeType,
  label: string,
  weight: number | null | undefined,
): { width: number; height: number } {
  const font = labelSize(type, weight);
  const em = type === 'JOB' || type === 'PERSON' ? 0.72 : 0.62;
  const space = font * em;
  let lines = 1;
  let line = 0;
  let widest = 0;
  for (const word of displayLabel(type, label).split(/\s+/).filter(Boolean)) {
    // A word longer than the line ("Communications") is not broken: it overflows, as the renderer draws it.
    const w = word.length * font * em;
    if (line > 0 && line + space + w > LABEL_MAX_WIDTH) {
      lines += 1;
      widest = Math.max(widest, line);
      line = w;
    } else line += (line > 0 ? space : 0) + w;
  }
  widest = Math.max(widest, line);
  return { width: widest + 2 * LABEL_HALO, height: lines * font * 1.25 + 2 * LABEL_HALO };
}
