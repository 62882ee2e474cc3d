import type { NodeType } from '../../../contract/graphql.js';
import type { EvidenceData, JobRef } from '../../api/operations.js';
import { highlightTerms, sentenceInContext } from '../../search/highlight.js';
import { TYPE_STYLES } from '../../styles/palette.js';
import { formatDate } from '../../time/dates.js';
import { type Child, h, marked } from '../dom.js';
import type { InspectorActions } from './types.js';

// Pieces every inspector view is made of: a header with the node's actions, links to jobs and tools, quotes.

/** A view's header: the type badge, the title, a subtitle and the node's actions. */
export function head(
  actions: InspectorActions,
  type: NodeType,
  title: string,
  id: string | null,
  ...subtitle: Child[]
): HTMLElement {
  return h(
    'header',
    { class: 'insp-head' },
    badge(type),
    answerTitle(title),
    subtitle.length ? h('p', { class: 'insp-sub' }, subtitle) : null,
    id ? nodeActions(actions, id) : null,
  );
}

/** A view's title. Focus lands on it after an answer replaces the one the keyboard was in (tabindex -1). */
export function answerTitle(text: string): HTMLElement {
  return h('h2', { class: 'insp-title', tabindex: '-1' }, text);
}

/** "Copy proof": the answer as Markdown on the clipboard, with a live note that says what was copied. */
export function proofButton(actions: InspectorActions): HTMLElement[] {
  const note = h('span', { class: 'copy-note', role: 'status' });
  return [
    h(
      'button',
      {
        class: 'btn btn-small btn-proof',
        title: 'Copy this answer as Markdown: each job, its company, the quotes and their lines',
        onclick: () => {
          void actions.copyProof().then((message) => {
            note.textContent = message;
          });
        },
      },
      'Copy proof',
    ),
    note,
  ];
}

function nodeActions(actions: InspectorActions, id: string): HTMLElement {
  return h(
    'div',
    { class: 'insp-actions' },
    proofButton(actions),
    h(
      'button',
      {
        class: 'btn btn-small',
        onclick: () => actions.expand(id),
        title: 'Add this node’s neighbours (or double-click it)',
      },
      'Expand neighbours',
    ),
    h(
      'button',
      {
        class: 'btn btn-small',
        onclick: () => actions.pickForPath(id),
        title: 'Pick two nodes (or Shift+click them) to see the shortest path',
      },
      'Path from/to here',
    ),
    h(
      'a',
      { class: 'btn btn-small', href: actions.graphiqlHref(), target: '_blank', rel: 'noopener' },
      'Query in GraphiQL ↗',
    ),
  );
}

/** A job as a link (in prose) or as the head of an answer-list item. */
export function jobButton(
  actions: InspectorActions,
  job: JobRef,
  kind: 'item' | 'link' = 'item',
): HTMLElement {
  return h(
    'button',
    {
      class: kind === 'item' ? 'usage-job' : 'link',
      'data-item': kind === 'item' ? true : null,
      onclick: () => actions.focus(job.id),
    },
    kind === 'item' ? swatch('JOB', 'usage-swatch') : null,
    h('span', { class: 'usage-title' }, job.title ?? job.label),
    kind === 'item'
      ? h(
          'span',
          { class: 'usage-company' },
          job.company.name,
          dates(job) ? h('span', { class: 'usage-dates' }, ` · ${dates(job)}`) : null,
        )
      : ` (${job.company.name})`,
  );
}

/** "Mar 2021 – present", "2017 – 2021", or '' when the job has no dates. */
export function dates(job: { startDate?: string | null; endDate?: string | null }): string {
  if (!job.startDate && !job.endDate) return '';
  const from = job.startDate ? formatDate(job.startDate) : '?';
  const to = job.endDate ? formatDate(job.endDate) : job.startDate ? '' : '?';
  return to && to !== from ? `${from} – ${to}` : from;
}

/** Tools as chips that focus them. */
export function toolChips(
  actions: InspectorActions,
  tools: readonly { id: string; name: string }[],
): HTMLElement {
  return h(
    'ul',
    { class: 'chips' },
    tools.map((t) =>
      h('li', null, h('button', { class: 'chip', onclick: () => actions.focus(t.id) }, t.name)),
    ),
  );
}

/** The coloured type label of a header. */
export function badge(type: NodeType): HTMLElement {
  return h(
    'span',
    { class: 'badge', style: `background:${TYPE_STYLES[type].color}` },
    TYPE_STYLES[type].label,
  );
}

export function swatch(type: NodeType, extra = ''): HTMLElement {
  return h('span', {
    class: `swatch swatch-${type.toLowerCase()} ${extra}`.trim(),
    style: `background:${TYPE_STYLES[type].color}`,
    'aria-hidden': 'true',
  });
}

/** Where a sentence came from, in words: "narratives.md, line 21 · Features". */
export function sourceText(e: Pick<EvidenceData, 'source' | 'line' | 'section'>): string {
  return `${e.source ? `${e.source}, ` : ''}line ${e.line}${e.section ? ` · ${e.section}` : ''}`;
}

/**
 * An evidence sentence, the tool's spellings marked, with its file and line. When the sentence stands in a longer
 * paragraph, a disclosure shows that paragraph with the sentence marked, so a reader can check it was not taken out
 * of context. Arrow keys reach each quote (it is an item of the answer list), Tab its disclosure; `action` (a
 * correction) follows the source.
 */
export function quote(e: EvidenceData, terms: readonly string[], action: Child = null): HTMLElement {
  const where = sourceText(e);
  return h(
    'li',
    { class: 'quote', tabindex: '-1', 'data-item': true },
    h('blockquote', null, marked(highlightTerms(e.text, terms))),
    e.context
      ? h(
          'details',
          { class: 'quote-context' },
          h(
            'summary',
            { class: 'quote-source' },
            where,
            h('span', { class: 'context-hint' }, ' · in context'),
          ),
          contextParagraph(e.context, e.text),
        )
      : h('p', { class: 'quote-source' }, where),
    action,
  );
}

function contextParagraph(context: string, sentence: string): HTMLElement {
  const parts = sentenceInContext(context, sentence);
  return h(
    'p',
    { class: 'context' },
    parts ? [parts.before, h('mark', { class: 'in-context' }, parts.sentence), parts.after] : context,
  );
}
