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
                h(
                  'ul',
                  { class: 'quotes', 'aria-label': `Evidence from ${u.job.company.name}` },
                  u.evidence.map((e) => quote(e, terms)),
                ),
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
