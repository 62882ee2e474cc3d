import type { StatsData } from '../../api/operations.js';
import { h } from '../dom.js';
import { answerTitle } from './parts.js';
import type { InspectorActions } from './types.js';

/** The first view: what the graph holds, and questions to start from. */
export function welcome(
  actions: InspectorActions,
  stats: StatsData | null,
  topTool: string | null,
  firstJob: { id: string; label: string } | null,
): HTMLElement {
  const tiles: [string, number | undefined][] = [
    ['jobs', stats?.jobs],
    ['companies', stats?.companies],
    ['tools', stats?.tools],
    ['categories', stats?.categories],
    ['challenges', stats?.challenges],
    ['incidents', stats?.incidents],
  ];
  return h(
    'div',
    { class: 'insp-welcome' },
    answerTitle('Where did I use it?'),
    h(
      'p',
      { class: 'lead' },
      'Every job, the tools it used and the sentences that say so. Search a tool to see where it was used, with proof.',
    ),
    stats
      ? h(
          'dl',
          { class: 'stat-grid' },
          tiles.map(([label, value]) =>
            h('div', { class: 'stat' }, h('dt', null, label), h('dd', null, String(value ?? '–'))),
          ),
        )
      : null,
    h('h3', null, 'Try'),
    h(
      'ul',
      { class: 'try-list answer-list' },
      h(
        'li',
        null,
        h(
          'button',
          { class: 'link', 'data-item': true, onclick: () => actions.askTool('Kafka') },
          'Where did I use Kafka?',
        ),
      ),
      topTool
        ? h(
            'li',
            null,
            h(
              'button',
              { class: 'link', 'data-item': true, onclick: () => actions.askTool(topTool) },
              `Where did I use ${topTool}? (the most-used tool)`,
            ),
          )
        : null,
      firstJob
        ? h(
            'li',
            null,
            h(
              'button',
              { class: 'link', 'data-item': true, onclick: () => actions.focus(firstJob.id) },
              `Open a job: ${firstJob.label}`,
            ),
          )
        : null,
    ),
    h('h3', null, 'How to'),
    h(
      'ul',
      { class: 'howto' },
      h(
        'li',
        null,
        h('kbd', null, '/'),
        ' search a tool or alias; ',
        h('kbd', null, 'Esc'),
        ' clears the focus',
      ),
      h('li', null, 'Click a node to inspect it; double-click to add its neighbours'),
      h('li', null, h('kbd', null, 'Shift'), '+click two nodes for the shortest path between them'),
      h('li', null, 'Bigger orange circles are tools used in more jobs'),
    ),
  );
}
