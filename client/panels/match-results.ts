import type { EvidenceData, MatchData, MatchJobData, RequirementData } from '../api/operations.js';
import {
  coverageRows,
  groupByStatus,
  jobLine,
  PRIORITY_TEXT,
  recencyText,
  STATUS_TEXT,
  type StatusGroup,
} from '../match/groups.js';
import { formatDate } from '../time/dates.js';
import { type Child, h, plural } from './dom.js';

export interface ResultEvents {
  download(kind: 'md' | 'json'): void;
}

/**
 * The answer to a posting, as DOM: who it was matched against, the coverage in words, the pack downloads, the
 * requirements grouped by status, and the terms not recognised. Each requirement is a disclosure button
 * (aria-expanded) over its evidence, so the list stays short until a requirement is opened.
 */
export function renderResults(match: MatchData, events: ResultEvents): Child[] {
  const who = match.person ? `Matched against ${match.person.name}` : 'Matched against an empty graph';
  const count = match.requirements.length;
  return [
    h('h3', { id: 'match-results-title', class: 'match-results-title' }, who),
    h(
      'div',
      { class: 'match-summary', id: 'match-summary' },
      h(
        'dl',
        { class: 'match-coverage' },
        coverageRows(match.summary).map((row) => [h('dt', null, row.name), h('dd', null, row.text)]),
      ),
      h('p', { class: 'note' }, match.summary.text),
    ),
    count
      ? h(
          'div',
          { class: 'match-downloads', role: 'group', 'aria-label': 'Download the evidence pack' },
          h('span', { class: 'small' }, 'Evidence pack:'),
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-small',
              id: 'match-download-md',
              onclick: () => events.download('md'),
            },
            'Markdown',
          ),
          h(
            'button',
            {
              type: 'button',
              class: 'btn btn-small',
              id: 'match-download-json',
              onclick: () => events.download('json'),
            },
            'JSON',
          ),
        )
      : h('p', { class: 'empty' }, 'No tool the taxonomy knows was found in this posting.'),
    groupByStatus(match.requirements).map(renderGroup),
    renderUnrecognised(match.unrecognised),
  ];
}

function renderGroup(group: StatusGroup): HTMLElement {
  const text = STATUS_TEXT[group.status];
  const id = `match-group-${group.status.toLowerCase()}`;
  return h(
    'section',
    { class: 'match-group', dataset: { status: group.status }, 'aria-labelledby': id },
    h(
      'h4',
      { id, class: 'match-group-title' },
      text.label,
      ' ',
      h('span', { class: 'match-count' }, `(${group.requirements.length})`),
    ),
    h('p', { class: 'match-hint small' }, text.hint),
    h('ul', { class: 'match-list' }, group.requirements.map(renderRequirement)),
  );
}

function renderRequirement(r: RequirementData, index: number): HTMLElement {
  const detailsId = `match-req-${r.status.toLowerCase()}-${index}`;
  const details = h('div', { id: detailsId, class: 'req-details', hidden: true }, requirementDetails(r));
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'req-toggle',
      'aria-expanded': 'false',
      'aria-controls': detailsId,
      onclick: () => {
        const open = toggle.getAttribute('aria-expanded') !== 'true';
        toggle.setAttribute('aria-expanded', String(open));
        details.hidden = !open;
      },
    },
    h('span', { class: 'req-name' }, r.tool.name),
    r.written.toLowerCase() !== r.tool.name.toLowerCase()
      ? h('span', { class: 'req-written' }, ` as “${r.written}”`)
      : null,
    h(
      'span',
      { class: `prio prio-${r.priority.toLowerCase()}`, title: r.because },
      PRIORITY_TEXT[r.priority],
    ),
  );
  return h(
    'li',
    { class: 'req', dataset: { tool: r.tool.id, status: r.status, priority: r.priority } },
    toggle,
    h(
      'p',
      { class: 'req-source' },
      h('q', null, r.sentence),
      h('span', { class: 'quote-source' }, `Posting, line ${r.line}${r.section ? ` · ${r.section}` : ''}`),
    ),
    details,
  );
}

/** What opens under a requirement: the plain explanation, recency, and the proof its status rests on. */
function requirementDetails(r: RequirementData): Child[] {
  const recency = recencyText(r);
  return [
    h('p', { class: 'req-explanation' }, r.explanation),
    recency ? h('p', { class: 'req-recency small' }, recency) : null,
    r.usages.length
      ? section(
          `Used in ${plural(r.jobCount, 'job')}`,
          h(
            'ul',
            { class: 'answer-list match-usages' },
            r.usages.map((u) => h('li', null, jobHead(u.job), quotes(u.evidence, u.job))),
          ),
        )
      : null,
    r.claims.length ? section('Claimed in', quotes(r.claims, null)) : null,
    r.mentions.length
      ? section(
          'Named without being used',
          h(
            'ul',
            { class: 'answer-list match-usages' },
            r.mentions.map((m) =>
              h(
                'li',
                null,
                jobHead(m.job, h('span', { class: 'stance-tag' }, m.stance.toLowerCase().replace('_', ' '))),
                quotes(m.evidence, m.job),
              ),
            ),
          ),
        )
      : null,
    r.adjacent.length
      ? section(
          'Close substitutes you used',
          h(
            'ul',
            { class: 'answer-list match-adjacent' },
            r.adjacent.map((a) =>
              h(
                'li',
                null,
                h('strong', { class: 'adjacent-tool' }, a.tool.name),
                h('span', { class: 'adjacent-reason' }, ` — ${a.reason}`),
                a.jobs.length
                  ? h(
                      'p',
                      { class: 'small adjacent-jobs' },
                      `Used at ${a.jobs.map((j) => jobLine(j)).join('; ')}`,
                    )
                  : null,
              ),
            ),
          ),
        )
      : null,
  ];
}

function section(title: string, ...children: Child[]): HTMLElement {
  return h('div', { class: 'req-section' }, h('h5', null, title), children);
}

function jobHead(job: MatchJobData, extra: Child = null): HTMLElement {
  const dates =
    job.startDate || job.endDate
      ? ` (${[formatDate(job.startDate), formatDate(job.endDate)].filter(Boolean).join(' – ')})`
      : '';
  return h('p', { class: 'req-job' }, h('strong', null, jobLine(job)), dates, extra ? ' ' : null, extra);
}

/** The best sentences, each with the job and company it comes from and its file and line. */
function quotes(evidence: readonly EvidenceData[], job: MatchJobData | null): HTMLElement {
  return h(
    'ul',
    { class: 'quotes' },
    evidence.map((e) =>
      h(
        'li',
        { class: 'quote' },
        h('blockquote', null, e.text),
        h(
          'span',
          { class: 'quote-source' },
          [job ? jobLine(job) : null, e.source ? `${e.source}, line ${e.line}` : `line ${e.line}`, e.section]
            .filter(Boolean)
            .join(' · '),
        ),
      ),
    ),
  );
}

function renderUnrecognised(terms: MatchData['unrecognised']): HTMLElement | null {
  if (terms.length === 0) return null;
  return h(
    'section',
    { class: 'match-group match-unrecognised', 'aria-labelledby': 'match-unrecognised-title' },
    h(
      'h4',
      { id: 'match-unrecognised-title', class: 'match-group-title' },
      'Not recognised ',
      h('span', { class: 'match-count' }, `(${terms.length})`),
    ),
    h(
      'p',
      { class: 'match-hint small' },
      'These read like tools but are not in the taxonomy, so they were not matched.',
    ),
    h(
      'ul',
      { class: 'match-list' },
      terms.map((t) =>
        h(
          'li',
          { class: 'unrecognised', dataset: { term: t.term } },
          h('strong', null, t.term),
          ` (posting line ${t.line})`,
          t.suggestions.length ? `: did you mean ${t.suggestions.join(' or ')}?` : '',
        ),
      ),
    ),
  );
}
