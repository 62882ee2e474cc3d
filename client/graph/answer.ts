import type { Collection, Core } from 'cytoscape';

/**
 * The part of the graph that answers a question about one node, highlighted while the rest fades:
 * for a tool, the jobs that used it, their companies and its category; for a company, its jobs; for a category,
 * its tools; for anything else, the node and its direct neighbours. Empty when the node is not drawn.
 */
export function answerSet(cy: Core, id: string): Collection {
  const node = cy.getElementById(id);
  if (node.empty() || !node.isNode()) return cy.collection();
  const type = node.data('type') as string;
  if (type === 'TOOL') {
    const used = node.connectedEdges('.used, .in_category');
    const jobs = used.sources('.job');
    const at = jobs.connectedEdges('.at');
    return node.union(used).union(used.connectedNodes()).union(at).union(at.targets());
  }
  if (type === 'COMPANY') {
    const at = node.connectedEdges('.at');
    return node.union(at).union(at.sources());
  }
  if (type === 'CATEGORY') {
    const edges = node.connectedEdges('.in_category');
    return node.union(edges).union(edges.sources());
  }
  return node.closedNeighborhood();
}

/** The ids of nodes in a collection, for lists and tests. */
export function nodeIds(collection: Collection): string[] {
  return collection
    .nodes()
    .map((n) => n.id())
    .sort();
}
