import type { JobDetail } from '../../api/operations.js';
import { h, plural } from '../dom.js';
import { dates, head, quote, toolChips } from './parts.js';
import { incidentBody } from './story.js';
import type { InspectorActions } from './types.js';

/** A job in full: company, dates, lead/code split, team, tools by category, challenges and incidents. */
export function job(actions: InspectorActions, job: JobDetail): HTMLElement {
  return h(
    'div',
    null,
    head(
      actions,
      'JOB',
      job.title ?? job.label,
      job.id,
      h('button', { class: 'link', onclick: () => actions.focus(job.company.id) }, job.company.name),
      job.platform ? ` · ${job.platform}` : '',
      dates(job) ? ` · ${dates(job)}` : '',
    ),
    splitSection(job),
    teamSection(job),
    job.summary
      ? h(
          'section',
          { class: 'insp-section' },
          h('h3', null, 'Summary'),
          h('p', { class: 'prose' }, job.summary),
        )
      : null,
    toolsSection(actions, job),
    challengesSection(actions, job),
    job.incidents.map((i) => incidentBody(actions, i, i.title)),
    evidenceSection(job),
    job.source
      ? h('p', { class: 'source' }, `Source: ${job.source}${job.line ? `, line ${job.line}` : ''}`)
      : null,
  );
}

/** How much of the job was leading and how much coding, as a bar. */
function splitSection(job: JobDetail): HTMLElement | null {
  const lead = job.leadPercent ?? null;
  const code = job.codePercent ?? null;
  if (lead === null && code === null) return null;
  return h(
    'section',
    { class: 'insp-section', 'aria-label': 'Lead and code split' },
    h('h3', null, 'Lead / code split'),
    h(
      'div',
      { class: 'split', role: 'img', 'aria-label': `${lead ?? 0}% leading, ${code ?? 0}% coding` },
      h('span', { class: 'split-lead', style: `flex-basis:${lead ?? 0}%` }, `Lead ${lead ?? 0}%`),
      h('span', { class: 'split-code', style: `flex-basis:${code ?? 0}%` }, `Code ${code ?? 0}%`),
    ),
  );
}

/** The team's roles with their counts, each with a bar of its share. */
function teamSection(job: JobDetail): HTMLElement | null {
  if (!job.team.length) return null;
  const total = job.teamSize ?? job.team.reduce((s, r) => s + r.count, 0);
  return h(
    'section',
    { class: 'insp-section team' },
    h('h3', null, `Team of ${total}`),
    h(
      'ul',
      { class: 'team-list' },
      job.team.map((r) =>
        h(
          'li',
          null,
          h('span', { class: 'team-count' }, String(r.count)),
          h('span', { class: 'team-role' }, r.role),
          h('span', {
            class: 'team-bar',
            style: `width:${Math.round((100 * r.count) / Math.max(1, total))}%`,
            'aria-hidden': 'true',
          }),
        ),
      ),
    ),
  );
}

/** The job's tools grouped by category, the biggest group first. */
function toolsSection(actions: InspectorActions, job: JobDetail): HTMLElement {
  const byCategory = new Map<string, JobDetail['tools']>();
  for (const t of job.tools) {
    const key = t.category ?? 'Uncategorised';
    byCategory.set(key, [...(byCategory.get(key) ?? []), t]);
  }
  const groups = [...byCategory.entries()].sort(
    (a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]),
  );
  return h(
    'section',
    { class: 'insp-section' },
    h('h3', null, `${plural(job.tools.length, 'tool')} by category`),
    h(
      'div',
      { class: 'tool-groups' },
      groups.map(([category, tools]) =>
        h('div', { class: 'tool-group' }, h('h4', null, category), toolChips(actions, tools)),
      ),
    ),
  );
}

/** Each challenge with how it was solved and with what. */
function challengesSection(actions: InspectorActions, job: JobDetail): HTMLElement | null {
  if (!job.challenges.length) return null;
  return h(
    'section',
    { class: 'insp-section' },
    h('h3', null, 'Challenges and how they were solved'),
    h(
      'ol',
      { class: 'stories' },
      job.challenges.map((c) =>
        h(
          'li',
          { class: 'story' },
          h('button', { class: 'link story-title', onclick: () => actions.focus(c.id) }, c.title),
          c.resolution ? h('p', { class: 'prose' }, c.resolution) : null,
          toolChips(actions, c.tools),
        ),
      ),
    ),
  );
}

/** Every sentence of the job that names a tool, with its file and line: the proof behind the tools above. */
function evidenceSection(job: JobDetail): HTMLElement | null {
  if (!job.evidence.length) return null;
  const terms = job.tools.map((t) => t.name);
  return h(
    'section',
    { class: 'insp-section' },
    h(
      'details',
      { class: 'job-evidence' },
      h('summary', null, h('h3', null, `The ${plural(job.evidence.length, 'sentence')} that name its tools`)),
      h(
        'ul',
        { class: 'answer-list quotes', 'aria-label': `Evidence from ${job.company.name}` },
        job.evidence.map((e) => quote(e, terms)),
      ),
    ),
  );
}
