import type { BoundingBox12, Core, NodeSingular } from 'cytoscape';

/** Gap, in rendered pixels, that two labels keep between them. */
const LABEL_GAP = 3;

/** The order in which labels claim their place: the answer first, then the career, then tools by how often used. */
const TYPE_RANK: Record<string, number> = {
  JOB: 0,
  COMPANY: 1,
  PERSON: 2,
  TOOL: 3,
  CATEGORY: 4,
  CHALLENGE: 5,
  INCIDENT: 6,
};

function priority(node: NodeSingular): number[] {
  const emphasised = node.hasClass('focus') || node.hasClass('path') || node.hasClass('picked');
  return [
    emphasised ? 0 : node.hasClass('highlighted') ? 1 : 2,
    TYPE_RANK[node.data('type') as string] ?? 9,
    -((node.data('weight') as number | null) ?? 0),
  ];
}

function compare(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

const overlaps = (a: BoundingBox12, b: BoundingBox12, gap: number) =>
  a.x1 < b.x2 + gap && b.x1 < a.x2 + gap && a.y1 < b.y2 + gap && b.y1 < a.y2 + gap;

/**
 * Hides the labels that would overlap a label of higher priority (class `label-hidden`), so no two labels on
 * screen collide: "Cox Communications" no longer runs into "Hadoop Data Engineer". Labels scale with the zoom, like
 * the distances between nodes, so an overlap does not depend on the zoom and this runs only when the drawn labels
 * change (new nodes, new positions, a highlight), not on every zoom step. Returns how many labels it hid.
 */
export function declutterLabels(cy: Core): number {
  cy.nodes('.label-hidden').removeClass('label-hidden');
  const candidates = (
    cy
      .nodes()
      .filter((n) => n.visible() && n.style('label') !== '')
      .toArray() as NodeSingular[]
  )
    .map((node) => ({ node, rank: priority(node) }))
    .sort((a, b) => compare(a.rank, b.rank) || (a.node.id() < b.node.id() ? -1 : 1));
  const gap = LABEL_GAP / Math.max(cy.zoom(), 0.01);
  const kept: BoundingBox12[] = [];
  let hidden = cy.collection();
  for (const { node } of candidates) {
    const box = labelBox(node);
    if (!box) continue;
    if (kept.some((k) => overlaps(k, box, gap))) hidden = hidden.union(node);
    else kept.push(box);
  }
  if (hidden.nonempty()) hidden.addClass('label-hidden');
  return hidden.length;
}

/** The box a node's label takes, in model coordinates; null when it draws no label. */
export function labelBox(node: NodeSingular): BoundingBox12 | null {
  const box = node.boundingBox({
    includeNodes: false,
    includeEdges: false,
    includeLabels: true,
    includeOverlays: false,
    includeUnderlays: false,
  } as Parameters<NodeSingular['boundingBox']>[0]);
  return box.w > 0 && box.h > 0 ? box : null;
}
