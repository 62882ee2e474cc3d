import type { WhereUsedData } from '../../api/operations.js';
import { h, plural } from '../dom.js';
import { head, jobButton, quote } from './parts.js';
import type { InspectorActions } from './types.js';

/** Where a tool was used: each job with the sentences that prove it. */
export function tool(actions: InspectorActions, data: WhereUsedData): HTMLElement {
  const tool = data.tool;
  if (!tool) return unknownTool(actions, data);
  const terms = [tool.name, ...tool.aliases];
  const aliases = tool.aliases.length ? ['also ', tool.aliases.map((a) => `“${a}”`).join(', ')] : [];
  return h(
    'div',
    null,
    head(
      actions,
      'TOOL',
      tool.name,
      tool.id,
      tool.category ?? 'Uncategorised',
      aliases.length ? ' · ' : '',
      aliases,
    ),
    h(
      'section',
      { class: 'insp-section' },
      h('h3', null, `Used in ${plural(data.usages.length, 'job')}`),
      data.usages.length === 0
        ? h('p', { class: 'empty' }, 'No job names this tool. It may only be listed as a skill.')
        : h(
            'ol',
            { class: 'answer-list usages', 'aria-label': `Jobs that used ${tool.name}` },
            data.usages.map((u) =>
              h(
                'li',
                { class: 'usage', dataset: { jobId: u.job.id } },
                jobButton(actions, u.job),
                u.stance === 'MIGRATED_FROM'
                  ? h('span', { class: 'stance-tag' }, 'used, then moved away from')
                  : null,
                h(
                  'ul',
                  { class: 'quotes', 'aria-label': `Evidence from ${u.job.company.name}` },
                  u.evidence.map((e) => quote(e, terms)),
                ),
              ),
            ),
          ),
    ),
    mentionsSection(actions, data, terms),
  );
}

const STANCE_WORDS: Record<string, string> = {
  EVALUATED: 'evaluated, not adopted',
  OTHERS: 'someone else’s',
  PLANNED: 'planned',
};

/** Jobs whose text names the tool without using it: kept apart, because "evaluated and chose X" is worth telling. */
function mentionsSection(
  actions: InspectorActions,
  data: WhereUsedData,
  terms: string[],
): HTMLElement | null {
  if (!data.mentions.length) return null;
  return h(
    'section',
    { class: 'insp-section mentions' },
    h('h3', null, `Also mentioned, not used, in ${plural(data.mentions.length, 'job')}`),
    h(
      'ol',
      { class: 'answer-list usages', 'aria-label': 'Jobs that mention it without using it' },
      data.mentions.map((m) =>
        h(
          'li',
          { class: 'usage mention', dataset: { jobId: m.job.id, stance: m.stance } },
          jobButton(actions, m.job),
          h('span', { class: 'stance-tag' }, STANCE_WORDS[m.stance] ?? m.stance.toLowerCase()),
          h(
            'ul',
            { class: 'quotes' },
            m.evidence.map((e) => quote(e, terms)),
          ),
        ),
      ),
    ),
  );
}

export function unknownTool(actions: InspectorActions, data: WhereUsedData): HTMLElement {
  return h(
    'div',
    { class: 'insp-unknown' },
    h('h2', { class: 'insp-title' }, `No tool called “${data.query}”`),
    data.suggestions.length
      ? [
          h('p', null, 'Did you mean:'),
          h(
            'ul',
            { class: 'answer-list suggestions' },
            data.suggestions.map((s) =>
              h(
                'li',
                null,
                h('button', { class: 'chip', 'data-item': true, onclick: () => actions.askTool(s) }, s),
              ),
            ),
          ),
        ]
      : h(
          'p',
          null,
          'Nothing similar is known either. Try a shorter name (“spark”, “aws”) or pick from Recurring tools.',
        ),
  );
}
