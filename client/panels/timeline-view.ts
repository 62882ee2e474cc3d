import type { TimelineJob } from '../api/operations.js';
import { buildTimeline, percentOf, type TimelineModel } from '../time/timeline.js';
import { h, listNavigation, plural, replace, viewError, viewLoading } from './dom.js';

/**
 * The Timeline view: jobs as bars over the years, and below them one lane per tool showing when it was used (a
 * segment for each job that used it), most recently used first. Without dates it says how to add them.
 */
export class TimelineView {
  private rows: HTMLElement[] = [];

  constructor(
    private readonly root: HTMLElement,
    private readonly onPick: (id: string) => void,
  ) {}

  showLoading(): void {
    replace(this.root, viewLoading());
  }

  showError(message: string, retry: () => void): void {
    replace(this.root, viewError(message, retry));
  }

  show(jobs: readonly TimelineJob[], focus: string | null, now: Date = new Date()): void {
    const model = buildTimeline(jobs, now);
    if (model.jobs.length === 0) {
      replace(this.root, noDates(jobs.length));
      return;
    }
    const track = (children: Node[]) =>
      h('div', { class: 'tl-track', style: `--years:${model.to - model.from}` }, children);
    const jobList = h(
      'ol',
      { class: 'tl-rows answer-list', 'aria-label': 'Jobs, earliest first' },
      model.jobs.map((job) =>
        h(
          'li',
          { class: 'tl-row' },
          h('span', { class: 'tl-label' }, job.title, h('span', { class: 'tl-company' }, job.company)),
          track([
            h(
              'button',
              {
                class: 'tl-bar',
                'data-item': true,
                dataset: { id: job.id, from: String(job.from), to: String(job.to) },
                style: place(model, job.from, job.to),
                onclick: () => this.onPick(job.id),
                'aria-label': `${job.title} at ${job.company}, ${job.fromText} – ${job.toText}`,
              },
              `${job.fromText} – ${job.toText}`,
            ),
          ]),
        ),
      ),
    );
    const laneList = h(
      'ol',
      { class: 'tl-rows answer-list', 'aria-label': 'Tools, most recently used first' },
      model.lanes.map((lane) =>
        h(
          'li',
          { class: 'tl-row tl-lane', dataset: { toolId: lane.id } },
          h(
            'button',
            { class: 'tl-label link', 'data-item': true, onclick: () => this.onPick(lane.id) },
            lane.name,
            h(
              'span',
              { class: 'sr-only' },
              `: ${lane.segments.map((s) => `${s.company} ${s.fromText} – ${s.toText}`).join('; ')}`,
            ),
          ),
          track(
            lane.segments.map((s) =>
              h('span', {
                class: 'tl-seg',
                dataset: { job: s.jobId, from: String(s.from), to: String(s.to) },
                style: place(model, s.from, s.to),
                title: `${s.company}, ${s.fromText} – ${s.toText}`,
              }),
            ),
          ),
        ),
      ),
    );
    listNavigation(jobList);
    listNavigation(laneList);
    replace(
      this.root,
      h(
        'section',
        { class: 'timeline', 'aria-labelledby': 'timeline-title' },
        h('h2', { id: 'timeline-title', class: 'view-title' }, 'When each tool was used'),
        h(
          'p',
          { class: 'view-note' },
          `${plural(model.jobs.length, 'job')} from ${model.from} to ${model.jobs.some((j) => j.ongoing) ? 'today' : model.to - 1}; below, one lane per tool with a segment for each job that used it.`,
        ),
        axis(model),
        h('h3', { class: 'tl-heading' }, 'Jobs'),
        jobList,
        h('h3', { class: 'tl-heading' }, 'Tools'),
        laneList,
        model.totalTools > model.lanes.length
          ? h(
              'p',
              { class: 'note' },
              `Showing the ${model.lanes.length} most recently used of ${model.totalTools} tools.`,
            )
          : null,
        model.undated.length
          ? h(
              'p',
              { class: 'note' },
              `Left out for lack of dates: ${model.undated.map((j) => j.label).join('; ')}.`,
            )
          : null,
      ),
    );
    this.rows = [...this.root.querySelectorAll<HTMLElement>('.tl-lane, .tl-bar')];
    this.setActive(focus);
  }

  /** Marks the focused job's bar or tool's lane. */
  setActive(id: string | null): void {
    for (const row of this.rows) {
      const active = (row.dataset.toolId ?? row.dataset.id) === id;
      row.classList.toggle('active', active);
    }
  }
}

/** left/width of a span on the axis, as inline style. */
function place(model: TimelineModel, from: number, to: number): string {
  const left = percentOf(model, from);
  return `left:${left.toFixed(3)}%;width:${Math.max(0.6, percentOf(model, to) - left).toFixed(3)}%`;
}

function axis(model: TimelineModel): HTMLElement {
  // Label every year while they fit; on a long career every other (or fifth) year.
  const every = model.years.length > 24 ? 5 : model.years.length > 12 ? 2 : 1;
  return h(
    'div',
    { class: 'tl-row tl-axis', 'aria-hidden': 'true' },
    h('span', { class: 'tl-label' }),
    h(
      'div',
      { class: 'tl-track tl-years' },
      model.years
        .filter((y) => (y - model.from) % every === 0)
        .map((y) =>
          h('span', { class: 'tl-year', style: `left:${percentOf(model, y).toFixed(3)}%` }, String(y)),
        ),
    ),
  );
}

function noDates(jobCount: number): HTMLElement {
  return h(
    'div',
    { class: 'empty-state tl-empty' },
    h('h2', { class: 'view-title' }, 'No dates yet'),
    h(
      'p',
      null,
      jobCount
        ? `None of your ${plural(jobCount, 'job')} has dates, so there is no timeline to draw. Add them in either of two ways, then seed again:`
        : 'There are no jobs to place on a timeline.',
    ),
    jobCount
      ? h(
          'ul',
          null,
          h(
            'li',
            null,
            'front matter at the top of a narrative: ',
            h('code', null, 'start: 2019-03'),
            ' and ',
            h('code', null, 'end: 2021-08'),
            ' (or ',
            h('code', null, 'end: present'),
            ');',
          ),
          h(
            'li',
            null,
            'dates in the job’s heading: ',
            h('code', { class: 'code-block' }, '### Wadi Freight — Platform Engineer (Mar 2021 – Present)'),
          ),
        )
      : null,
    h('p', { class: 'note' }, 'docs/input-formats.md lists every form the seeder reads.'),
  );
}
