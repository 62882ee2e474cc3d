import type { NodeType } from '../../../contract/graphql.js';
import type { EvidenceData, JobRef } from '../../api/operations.js';
import { highlightTerms } from '../../search/highlight.js';
import { TYPE_STYLES } from '../../styles/palette.js';
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
    h('h2', { class: 'insp-title' }, title),
    subtitle.length ? h('p', { class: 'insp-sub' }, subtitle) : null,
    id ? nodeActions(actions, id) : null,
  );
}

function nodeActions(actions: InspectorActions, id: string): HTMLElement {
  return h(
    'div',
    { class: 'insp-actions' },
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
    kind === 'item' ? h('span', { class: 'usage-company' }, job.company.name) : ` (${job.company.name})`,
  );
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

/** An evidence sentence, the tool's spellings marked, with where it came from. */
export function quote(e: EvidenceData, terms: readonly string[]): HTMLElement {
  return h(
    'li',
    { class: 'quote' },
    h('blockquote', null, marked(highlightTerms(e.text, terms))),
    h('span', { class: 'quote-source' }, `${e.section} · line ${e.line}`),
  );
}
