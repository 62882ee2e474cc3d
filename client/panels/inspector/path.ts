import type { GraphData, GraphNodeData } from '../../api/operations.js';
import { TYPE_STYLES } from '../../styles/palette.js';
import { h, plural } from '../dom.js';
import { answerTitle, proofButton, swatch } from './parts.js';
import type { InspectorActions } from './types.js';

/** The shortest path between two nodes, step by step. */
export function path(
  actions: InspectorActions,
  from: GraphNodeData,
  to: GraphNodeData,
  graph: GraphData | null,
): HTMLElement {
  const steps = graph ? orderPath(graph, from.id) : [];
  return h(
    'div',
    null,
    h(
      'header',
      { class: 'insp-head' },
      h('span', { class: 'badge badge-path' }, 'Shortest path'),
      answerTitle(`${from.label} → ${to.label}`),
      graph ? h('p', { class: 'insp-sub' }, `${plural(Math.max(0, steps.length - 1), 'hop')}`) : null,
      h(
        'div',
        { class: 'insp-actions' },
        graph ? proofButton(actions) : null,
        h(
          'a',
          { class: 'btn btn-small', href: actions.graphiqlHref(), target: '_blank', rel: 'noopener' },
          'Query in GraphiQL ↗',
        ),
      ),
    ),
    graph === null
      ? h(
          'p',
          { class: 'empty' },
          'These two are not connected within six hops. Try a job or a tool that both share.',
        )
      : h(
          'ol',
          {
            class: 'answer-list path-steps',
            'aria-label': 'Path, step by step',
            'data-answer-start': true,
          },
          steps.map((step) =>
            h(
              'li',
              { class: 'path-step' },
              step.via ? h('span', { class: 'path-via' }, edgeWords(step.via)) : null,
              h(
                'button',
                { class: 'node-item', 'data-item': true, onclick: () => actions.focus(step.node.id) },
                swatch(step.node.type),
                h('span', null, step.node.label),
                h('span', { class: 'count' }, TYPE_STYLES[step.node.type].label),
              ),
            ),
          ),
        ),
  );
}

const EDGE_WORDS: Record<string, string> = {
  HELD: 'held',
  AT: 'at',
  USED: 'used',
  IN_CATEGORY: 'in category',
  FACED: 'faced',
  HAD_INCIDENT: 'had incident',
  INVOLVED: 'involved',
};

function edgeWords(type: string): string {
  return EDGE_WORDS[type] ?? type.toLowerCase();
}

/** A path's nodes from one end to the other, each with the edge type that led to it. */
export function orderPath(graph: GraphData, start: string): { node: GraphNodeData; via: string | null }[] {
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const first = byId.get(start) ?? graph.nodes[0];
  if (!first) return [];
  const steps: { node: GraphNodeData; via: string | null }[] = [{ node: first, via: null }];
  const seen = new Set([first.id]);
  let current = first.id;
  for (;;) {
    const edge = graph.edges.find(
      (e) => (e.source === current && !seen.has(e.target)) || (e.target === current && !seen.has(e.source)),
    );
    if (!edge) break;
    const next = edge.source === current ? edge.target : edge.source;
    const node = byId.get(next);
    if (!node) break;
    steps.push({ node, via: edge.type });
    seen.add(next);
    current = next;
  }
  return steps;
}
