import type { RecurrenceData } from '../api/operations.js';
import { h, listNavigation, plural, replace } from './dom.js';

/**
 * "Recurring tools": tools ranked by how many jobs used them, a bar per tool and the companies under it.
 * Choosing a row focuses the tool in the graph.
 */
export class RecurringPanel {
  private list: HTMLOListElement | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly onPick: (toolId: string, name: string) => void,
  ) {
    replace(
      root,
      h('h2', { class: 'panel-title' }, 'Recurring tools'),
      h('p', { class: 'panel-note' }, 'Loading…'),
    );
  }

  show(items: readonly RecurrenceData[]): void {
    const max = Math.max(1, ...items.map((i) => i.jobCount));
    if (items.length === 0) {
      replace(
        this.root,
        h('h2', { class: 'panel-title' }, 'Recurring tools'),
        h(
          'p',
          { class: 'panel-note' },
          'No tool was used in more than one job yet. Add narratives to see patterns.',
        ),
      );
      return;
    }
    this.list = h(
      'ol',
      { class: 'recurring answer-list', 'aria-label': 'Tools ranked by number of jobs' },
      items.map((item) =>
        h(
          'li',
          null,
          h(
            'button',
            {
              class: 'recurring-row',
              'data-item': true,
              dataset: { toolId: item.tool.id },
              title: item.companies.map((c) => c.name).join(', '),
              onclick: () => this.onPick(item.tool.id, item.tool.name),
            },
            h('span', { class: 'recurring-name' }, item.tool.name),
            h('span', { class: 'recurring-count' }, plural(item.jobCount, 'job')),
            h(
              'span',
              { class: 'recurring-bar', 'aria-hidden': 'true' },
              h('span', { style: `width:${Math.round((100 * item.jobCount) / max)}%` }),
            ),
            h('span', { class: 'recurring-companies' }, item.companies.map((c) => c.name).join(' · ')),
          ),
        ),
      ),
    );
    listNavigation(this.list);
    replace(
      this.root,
      h('h2', { class: 'panel-title' }, 'Recurring tools'),
      h('p', { class: 'panel-note' }, 'Used in two or more jobs, most first.'),
      this.list,
    );
  }

  showError(message: string, retry: () => void): void {
    replace(
      this.root,
      h('h2', { class: 'panel-title' }, 'Recurring tools'),
      h('p', { class: 'panel-note error-text' }, message),
      h('button', { class: 'btn btn-small', onclick: retry }, 'Try again'),
    );
  }

  /** Marks the row of the focused tool, if it is listed. */
  setActive(toolId: string | null): void {
    for (const row of this.list?.querySelectorAll<HTMLElement>('.recurring-row') ?? []) {
      row.classList.toggle('active', row.dataset.toolId === toolId);
      row.setAttribute('aria-current', row.dataset.toolId === toolId ? 'true' : 'false');
    }
  }
}
