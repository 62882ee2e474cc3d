import type { GraphData } from '../api/operations.js';
import { buildMatrix } from '../graph/matrix.js';
import { h, plural, replace } from './dom.js';

/**
 * Tools × jobs: one row per tool (most jobs first), one column per job, a dot where the tool was used. It shows
 * recurrence at a glance; choosing a row focuses that tool in the graph.
 */
export class MatrixView {
  constructor(
    private readonly root: HTMLElement,
    private readonly onPick: (toolId: string) => void,
  ) {}

  show(graph: Pick<GraphData, 'nodes' | 'edges'>, focus: string | null): void {
    const m = buildMatrix(graph);
    if (m.tools.length === 0 || m.jobs.length === 0) {
      replace(
        this.root,
        h(
          'p',
          { class: 'empty-state' },
          'The matrix needs jobs and tools. Turn both on in the filters on the left.',
        ),
      );
      return;
    }
    const table = h(
      'table',
      { class: 'matrix-table' },
      h(
        'caption',
        null,
        `Which of ${plural(m.tools.length, 'tool')} each of ${plural(m.jobs.length, 'job')} used`,
      ),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col', class: 'matrix-tool-head' }, 'Tool'),
          m.jobs.map((j) =>
            h(
              'th',
              { scope: 'col', class: 'matrix-job', title: j.label },
              h('span', { class: 'matrix-company' }, m.companyOf.get(j.id) ?? ''),
              h('span', { class: 'matrix-title' }, j.label.split(' · ')[0] ?? j.label),
            ),
          ),
          h('th', { scope: 'col', class: 'matrix-total' }, 'Jobs'),
        ),
      ),
      h(
        'tbody',
        null,
        m.tools.map(({ tool, jobIds }) =>
          h(
            'tr',
            { class: tool.id === focus ? 'active' : null, dataset: { toolId: tool.id } },
            h(
              'th',
              { scope: 'row' },
              h('button', { class: 'link matrix-pick', onclick: () => this.onPick(tool.id) }, tool.label),
            ),
            m.jobs.map((j) =>
              h(
                'td',
                { class: jobIds.has(j.id) ? 'used' : null },
                jobIds.has(j.id) ? h('span', { class: 'dot', role: 'img', 'aria-label': 'used' }) : '',
              ),
            ),
            h('td', { class: 'matrix-total' }, String(jobIds.size)),
          ),
        ),
      ),
    );
    replace(this.root, table);
  }
}
