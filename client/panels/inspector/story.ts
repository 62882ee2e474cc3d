import type { ChallengeDetail, IncidentDetail, JobDetail } from '../../api/operations.js';
import { h } from '../dom.js';
import { head, jobButton, toolChips } from './parts.js';
import type { InspectorActions } from './types.js';

// Challenges and production incidents: what happened and how it was solved.

export function challenge(actions: InspectorActions, c: ChallengeDetail): HTMLElement {
  return h(
    'div',
    null,
    head(actions, 'CHALLENGE', c.title, c.id, 'A challenge at ', jobButton(actions, c.job, 'link')),
    h(
      'section',
      { class: 'insp-section' },
      h('h3', null, 'How it was solved'),
      h('p', { class: 'prose' }, c.resolution ?? 'The narrative does not say.'),
    ),
    c.tools.length
      ? h('section', { class: 'insp-section' }, h('h3', null, 'With'), toolChips(actions, c.tools))
      : null,
  );
}

export function incident(actions: InspectorActions, i: IncidentDetail): HTMLElement {
  return h(
    'div',
    null,
    head(actions, 'INCIDENT', i.title, i.id, 'At ', jobButton(actions, i.job, 'link')),
    incidentBody(actions, i, null),
  );
}

export function incidentBody(
  actions: InspectorActions,
  i: IncidentDetail | JobDetail['incidents'][number],
  title: string | null,
): HTMLElement {
  const rows: [string, string | null][] = [
    ['What failed', i.failure],
    ['Cause', i.cause],
    ['Fix', i.rectification],
    ['Lesson', i.learning],
  ];
  return h(
    'section',
    { class: 'insp-section incident' },
    title ? h('h3', null, h('button', { class: 'link', onclick: () => actions.focus(i.id) }, title)) : null,
    h(
      'dl',
      { class: 'incident-facts' },
      rows.filter(([, v]) => v).map(([k, v]) => [h('dt', null, k), h('dd', { class: 'prose' }, v ?? '')]),
    ),
    i.tools.length ? toolChips(actions, i.tools) : null,
  );
}
