import { placeNewNodes } from '../layouts/place.js';
import type { Positions } from '../layouts/types.js';

/** A drawn node, as ghost placement needs it. */
export interface PlacedNode {
  id: string;
  type: string;
  label: string;
  category: string | null;
  weight: number | null;
  position: { x: number; y: number };
}

/** A tool the posting asks for and the graph lacks. */
export interface MissingTool {
  id: string;
  name: string;
  category: string | null;
}

/** A missing tool drawn as a ghost: where it goes, and the node it stands near. */
export interface Ghost {
  id: string;
  toolId: string;
  label: string;
  category: string | null;
  /** The node it is placed beside: its category, or failing that the most-used drawn tool of that category. */
  anchor: string | null;
  /** Set when the anchor is the category node itself, so a dashed edge can say "this belongs here". */
  categoryNode: string | null;
  position: { x: number; y: number };
}

/** Ghost ids never collide with real nodes, whose ids start with their type (`tool:`, `job:` …). */
export const ghostId = (toolId: string) => `ghost:${toolId}`;

/** Ghosts sit a little closer than nodes an expansion adds: they are markers, not part of the layout. */
const GHOST_PLACE = { firstRadius: 90, spacing: 56 };

const same = (a: string | null, b: string | null) =>
  a !== null && b !== null && a.localeCompare(b, 'en', { sensitivity: 'base' }) === 0;

/**
 * The node a missing tool's ghost stands beside: the category node when it is drawn (the first picture hides
 * categories), else the drawn tool of the same category used in most jobs, else none (the ghost then goes on a
 * ring around the graph, which placeNewNodes does for nodes without a placed neighbour).
 */
export function ghostAnchor(
  category: string | null,
  nodes: readonly PlacedNode[],
): { id: string; isCategory: boolean } | null {
  if (!category) return null;
  const node = nodes.find((n) => n.type === 'CATEGORY' && same(n.label, category));
  if (node) return { id: node.id, isCategory: true };
  const tools = nodes
    .filter((n) => n.type === 'TOOL' && same(n.category, category))
    .sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0) || a.id.localeCompare(b.id));
  const tool = tools[0];
  return tool ? { id: tool.id, isCategory: false } : null;
}

/**
 * Where each missing tool's ghost goes: on a free spot beside its anchor, without moving anything drawn. Tools that
 * are drawn after all (another person's, say) get no ghost. Deterministic, so a re-run draws the same picture.
 */
export function placeGhosts(missing: readonly MissingTool[], nodes: readonly PlacedNode[]): Ghost[] {
  const drawn = new Set(nodes.map((n) => n.id));
  const placed: Positions = {};
  for (const n of nodes) placed[n.id] = n.position;
  const wanted = new Map<string, MissingTool>();
  for (const tool of missing) if (!drawn.has(tool.id)) wanted.set(ghostId(tool.id), tool);
  const anchors = new Map([...wanted].map(([id, tool]) => [id, ghostAnchor(tool.category, nodes)]));
  const edges = [...anchors]
    .filter((entry): entry is [string, { id: string; isCategory: boolean }] => entry[1] !== null)
    .map(([source, anchor]) => ({ source, target: anchor.id }));
  const positions = placeNewNodes([...wanted.keys()], edges, placed, GHOST_PLACE);
  return [...wanted].map(([id, tool]) => {
    const anchor = anchors.get(id) ?? null;
    return {
      id,
      toolId: tool.id,
      label: tool.name,
      category: tool.category,
      anchor: anchor?.id ?? null,
      categoryNode: anchor?.isCategory ? anchor.id : null,
      position: positions[id] ?? { x: 0, y: 0 },
    };
  });
}
