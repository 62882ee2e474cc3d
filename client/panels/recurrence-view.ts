import type { RecurrenceRow } from '../api/operations.js';
import { companyColours } from '../styles/palette.js';
import { h, listNavigation, plural, replace, viewError, viewLoading } from './dom.js';

/**
 * The Recurrence view: which tools recur, and where, at a glance. Tools are ranked by the number of jobs that used
 * them; each job is one block of the tool's bar, coloured by its company, so a long bar of many colours is a tool
 * carried from employer to employer. Every colour is also named in text. Choosing a row answers where it was used.
 */
export class RecurrenceView {
  private list: HTMLOListElement | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly onPick: (toolId: string) => void,
  ) {}

  showLoading(): void {
    replace(this.root, viewLoading());
  }

  showError(message: string, retry: () => void): void {
    replace(this.root, viewError(message, retry));
  }

  show(rows: readonly RecurrenceRow[], focus: string | null): void {
    if (rows.length === 0) {
      replace(
        this.root,
        h(
          'p',
          { class: 'empty-state' },
          'No tool was used in more than one job yet. Add narratives to see which tools recur.',
        ),
      );
      return;
    }
    const colours = companyColours(rows.flatMap((r) => r.tool.jobs.map((j) => j.company.name)));
    const max = Math.max(...rows.map((r) => r.jobCount));
    this.list = h(
      'ol',
      { class: 'rank answer-list', 'aria-label': 'Tools ranked by the number of jobs that used them' },
      rows.map((row) => {
        const jobs = [...row.tool.jobs].sort(
          (a, b) => a.company.name.localeCompare(b.company.name) || a.id.localeCompare(b.id),
        );
        const companies = [...new Set(jobs.map((j) => j.company.name))];
        return h(
          'li',
          null,
          h(
            'button',
            {
              class: 'rank-row',
              'data-item': true,
              dataset: { toolId: row.tool.id },
              onclick: () => this.onPick(row.tool.id),
            },
            h('span', { class: 'rank-name' }, row.tool.name),
            h('span', { class: 'rank-count' }, plural(row.jobCount, 'job')),
            h(
              'span',
              { class: 'rank-bar', 'aria-hidden': 'true' },
              jobs.map((j) =>
                h('span', {
                  class: 'rank-block',
                  style: `width:${(100 / max).toFixed(3)}%;background:${colours.get(j.company.name)}`,
                  title: `${j.title ?? j.label} at ${j.company.name}`,
                  dataset: { company: j.company.name },
                }),
              ),
            ),
            h('span', { class: 'rank-companies' }, companies.join(' · ')),
          ),
        );
      }),
    );
    listNavigation(this.list);
    replace(
      this.root,
      h(
        'section',
        { class: 'chart', 'aria-labelledby': 'recurrence-title' },
        h('h2', { id: 'recurrence-title', class: 'view-title' }, 'Which tools recur, and where'),
        h(
          'p',
          { class: 'view-note' },
          `The ${plural(rows.length, 'tool')} used in two or more jobs, most first. Each block is one job, coloured by its company.`,
        ),
        h(
          'ul',
          { class: 'company-key', 'aria-label': 'Company colours' },
          [...colours].map(([name, colour]) =>
            h(
              'li',
              null,
              h('span', { class: 'key-swatch', style: `background:${colour}`, 'aria-hidden': 'true' }),
              name,
            ),
          ),
        ),
        this.list,
      ),
    );
    this.setActive(focus);
  }

  /** Marks the row of the focused tool. */
  setActive(toolId: string | null): void {
    for (const row of this.list?.querySelectorAll<HTMLElement>('.rank-row') ?? []) {
      const active = row.dataset.toolId === toolId;
      row.classList.toggle('active', active);
      row.setAttribute('aria-current', active ? 'true' : 'false');
    }
  }
}
