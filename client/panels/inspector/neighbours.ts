import type { GraphData, GraphNodeData } from '../../api/operations.js';
import { NODE_TYPES, TYPE_STYLES } from '../../styles/palette.js';
import { h, plural } from '../dom.js';
import { head, swatch } from './parts.js';
import type { InspectorActions } from './types.js';

/** A company, category or person: its neighbours, grouped by type, most connected first. */
export function neighbours(actions: InspectorActions, node: GraphNodeData, graph: GraphData): HTMLElement {
  const others = graph.nodes.filter((n) => n.id !== node.id);
  const groups = NODE_TYPES.map((type) => [type, others.filter((n) => n.type === type)] as const).filter(
    ([, list]) => list.length > 0,
  );
  const subtitle =
    node.type === 'COMPANY'
      ? plural(others.filter((n) => n.type === 'JOB').length, 'job')
      : node.type === 'CATEGORY'
        ? plural(others.filter((n) => n.type === 'TOOL').length, 'tool')
        : plural(others.length, 'neighbour');
  return h(
    'div',
    null,
    head(actions, node.type, node.label, node.id, subtitle),
    graph.truncated
      ? h(
          'p',
          { class: 'note' },
          `Showing the ${others.length} most connected of ${graph.total - 1} neighbours.`,
        )
      : null,
    groups.map(([type, list], index) =>
      h(
        'section',
        { class: 'insp-section' },
        h('h3', null, `${TYPE_STYLES[type].plural} (${list.length})`),
        h(
          'ul',
          {
            class: 'answer-list node-list',
            'aria-label': `${TYPE_STYLES[type].plural} connected to ${node.label}`,
            'data-answer-start': index === 0,
          },
          [...list]
            .sort((a, b) => (b.weight ?? 0) - (a.weight ?? 0) || a.label.localeCompare(b.label))
            .map((n) =>
              h(
                'li',
                null,
                h(
                  'button',
                  { class: 'node-item', 'data-item': true, onclick: () => actions.focus(n.id) },
                  swatch(n.type),
                  h('span', null, n.label),
                  n.type === 'TOOL' && n.weight
                    ? h('span', { class: 'count' }, plural(n.weight, 'job'))
                    : null,
                ),
              ),
            ),
        ),
      ),
    ),
  );
}
