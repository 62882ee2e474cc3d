import type { KnownToolData, WhereUsedData } from '../../api/operations.js';
import { toolNameFromQuestion } from '../../search/autocomplete.js';
import { toolWhen } from '../../time/dates.js';
import { h, plural } from '../dom.js';
import { answerTitle, head, jobButton, quote } from './parts.js';
import type { InspectorActions } from './types.js';

/** Where a tool was used: when it was last used, and each job with the sentences that prove it. */
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
    whenSection(actions, data),
    h(
      'section',
      { class: 'insp-section' },
      h('h3', null, `Used in ${plural(data.usages.length, 'job')}`),
      data.usages.length === 0
        ? h('p', { class: 'empty' }, 'No job names this tool. It may only be listed as a skill.')
        : h(
            'ol',
            {
              class: 'answer-list usages',
              'aria-label': `Jobs that used ${tool.name}`,
              'data-answer-start': true,
            },
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
                  u.evidence.map((e) => quote(e, terms, actions.wrongMatch(tool, e.text))),
                ),
              ),
            ),
          ),
    ),
    mentionsSection(actions, data, terms),
  );
}

/** "Last used" and the span, from the dates of the jobs that used the tool; nothing when none has dates. */
function whenSection(actions: InspectorActions, data: WhereUsedData): HTMLElement | null {
  const when = toolWhen(data.usages.map((u) => u.job));
  if (!when) return null;
  return h(
    'dl',
    { class: 'tool-when' },
    h(
      'div',
      null,
      h('dt', null, 'Last used'),
      h(
        'dd',
        null,
        when.last.ongoing ? 'now' : when.last.text,
        ', at ',
        h('button', { class: 'link', onclick: () => actions.focus(when.last.jobId) }, when.last.company),
      ),
    ),
    h(
      'div',
      null,
      h('dt', null, 'Span'),
      h(
        'dd',
        null,
        `${when.span.fromText} – ${when.span.toText} (${when.span.length})`,
        when.undated ? h('span', { class: 'note' }, ` · ${plural(when.undated, 'job')} without dates`) : null,
      ),
    ),
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

/**
 * A name the graph does not hold. When the taxonomy knows it ("k8s" is Kubernetes), say so: it is a real tool that
 * the narratives never mention, not a typo. Otherwise offer the server's suggestions, closest first.
 */
export function unknownTool(actions: InspectorActions, data: WhereUsedData): HTMLElement {
  if (data.known) return knownTool(data.query, data.known);
  return h(
    'div',
    { class: 'insp-unknown' },
    answerTitle(`No tool called “${data.query}”`),
    data.suggestions.length
      ? [
          h('p', null, 'Did you mean:'),
          h(
            'ul',
            { class: 'answer-list suggestions', 'aria-label': 'Tools with similar names' },
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

/** "Kubernetes (also k8s) is not mentioned in your narratives." */
export function knownToolSentence(query: string, known: KnownToolData): string {
  const asked = toolNameFromQuestion(query);
  const also =
    asked && asked.toLowerCase() !== known.name.toLowerCase() ? asked : known.aliases.slice(0, 2).join(', ');
  return `${known.name}${also ? ` (also ${also})` : ''} is not mentioned in your narratives`;
}

function knownTool(query: string, known: KnownToolData): HTMLElement {
  return h(
    'div',
    { class: 'insp-unknown insp-known', dataset: { knownId: known.id } },
    answerTitle(knownToolSentence(query, known)),
    h(
      'p',
      null,
      `Skillgraph knows ${known.name}`,
      known.category ? ` (${known.category})` : '',
      known.aliases.length ? `, also written ${known.aliases.map((a) => `“${a}”`).join(', ')}` : '',
      ', but no job in your documents names it.',
    ),
    h(
      'p',
      { class: 'note' },
      `If you used it, write it into the job where you did (“Deployed the services on ${known.name}.”) and seed again.`,
    ),
  );
}
