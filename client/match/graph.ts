import type { Collection, Core, NodeSingular } from 'cytoscape';
import type { MatchData } from '../api/operations.js';
import { nodeElement } from '../graph/elements.js';
import { type Ghost, type MissingTool, type PlacedNode, placeGhosts } from './ghosts.js';

/** The tools the graph shows used for this posting, and the jobs that used them. */
export function evidencedIds(match: MatchData): { tools: string[]; jobs: string[] } {
  const evidenced = match.requirements.filter((r) => r.status === 'EVIDENCED');
  return {
    tools: [...new Set(evidenced.map((r) => r.tool.id))],
    jobs: [...new Set(evidenced.flatMap((r) => r.usages.map((u) => u.job.id)))],
  };
}

/** The requirements nothing in the graph shows, as ghosts need them. */
export function missingTools(match: MatchData): MissingTool[] {
  return match.requirements
    .filter((r) => r.status === 'MISSING')
    .map((r) => ({ id: r.tool.id, name: r.tool.name, category: r.tool.category }));
}

/** Drawn, unfiltered, real nodes with their positions. */
function placedNodes(cy: Core): PlacedNode[] {
  return cy
    .nodes()
    .not('.ghost, .filtered')
    .map((n: NodeSingular) => ({
      id: n.id(),
      type: n.data('type') as string,
      label: n.data('label') as string,
      category: (n.data('category') as string | null) ?? null,
      weight: (n.data('weight') as number | null) ?? null,
      position: { ...n.position() },
    }));
}

/** Removes every ghost (and its dashed edge, which goes with it). */
export function clearGhosts(cy: Core): void {
  cy.nodes('.ghost').remove();
}

/**
 * Draws the missing requirements as ghosts beside their category, replacing any drawn before: called after every
 * change to the drawn graph, because a sync removes what its data does not hold and anchors may have moved.
 * Ghosts are styled apart (dashed, translucent), ignore clicks, and are left out of counts and exports (GraphView
 * counts `.ghost` as not shown).
 */
export function drawGhosts(cy: Core, match: MatchData): Ghost[] {
  clearGhosts(cy);
  const ghosts = placeGhosts(missingTools(match), placedNodes(cy));
  cy.batch(() => {
    for (const ghost of ghosts) {
      const element = nodeElement({
        id: ghost.id,
        type: 'TOOL',
        label: ghost.label,
        weight: 1,
        category: ghost.category,
      });
      // Not `minor`: a ghost keeps its label at every zoom, or it would be an unexplained circle.
      cy.add({ ...element, classes: 'tool ghost', position: ghost.position });
      if (ghost.categoryNode)
        cy.add({
          group: 'edges',
          data: {
            id: `${ghost.id}>IN_CATEGORY`,
            source: ghost.id,
            target: ghost.categoryNode,
            type: 'IN_CATEGORY',
          },
          classes: 'in_category ghost',
        });
    }
  });
  return ghosts;
}

/** What a match highlights: evidenced tools, their jobs, the USED edges between them, and the ghosts. */
export function matchAnswer(cy: Core, match: MatchData): Collection {
  const { tools, jobs } = evidencedIds(match);
  let answer = cy.collection();
  for (const id of [...tools, ...jobs]) answer = answer.union(cy.getElementById(id));
  const nodes = answer.nodes();
  const used = nodes.edgesWith(nodes).filter((e) => e.hasClass('used'));
  return answer.union(used).union(cy.elements('.ghost'));
}
