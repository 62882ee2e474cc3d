import { type Child, h, listNavigation, replace } from '../dom.js';
import { job } from './job.js';
import { neighbours } from './neighbours.js';
import { path } from './path.js';
import { challenge, incident } from './story.js';
import { tool, unknownTool } from './tool.js';
import type { InspectorActions, InspectorView } from './types.js';
import { welcome } from './welcome.js';

export { orderPath } from './path.js';
export type { InspectorActions, InspectorView } from './types.js';

/**
 * The side panel. Each kind of answer has its own renderer (one file each); all their text is ordinary DOM text:
 * selectable, searchable, read by screen readers.
 */
export class Inspector {
  private view: InspectorView | null = null;
  private focusNext = false;

  constructor(
    private readonly root: HTMLElement,
    private readonly actions: InspectorActions,
  ) {}

  /** The answer on show (for Copy proof and the JSON export). */
  get current(): InspectorView | null {
    return this.view;
  }

  /** Moves keyboard focus to the next answer shown (after a search: focus follows the question to its answer). */
  focusNextAnswer(): void {
    this.focusNext = true;
  }

  /**
   * Shows a view. When the keyboard was inside the inspector, the old view's elements are about to disappear: focus
   * moves to the new view's start instead of falling back to the top of the page (Enter on an answer row, Esc).
   */
  show(view: InspectorView): void {
    const active = document.activeElement;
    const wasInside = active instanceof Node && this.root.contains(active);
    this.view = view;
    const focusId = focusOf(view);
    this.root.dataset.state = view.kind === 'loading' ? 'loading' : view.kind === 'error' ? 'error' : 'ready';
    this.root.dataset.view = view.kind;
    if (focusId) this.root.dataset.focus = focusId;
    else delete this.root.dataset.focus;
    replace(this.root, this.render(view));
    for (const list of this.root.querySelectorAll<HTMLElement>('.answer-list')) listNavigation(list);
    this.root.scrollTop = 0;
    if (!wasInside && !this.focusNext) return;
    if (view.kind === 'loading') {
      // Hold focus on the panel itself until the answer arrives, then move it there.
      this.root.focus({ preventScroll: true });
      return;
    }
    this.focusNext = false;
    this.focusStart();
  }

  /** Focuses where reading the answer begins: its list of jobs (or steps, or neighbours), else its title. */
  focusStart(): void {
    const start =
      this.root.querySelector<HTMLElement>('[data-answer-start]') ??
      this.root.querySelector<HTMLElement>('.insp-title, h2');
    if (!start) return;
    if (!start.hasAttribute('tabindex')) start.setAttribute('tabindex', '-1');
    start.focus({ preventScroll: true });
    // Where the answer sits below the search (narrow screens), bring its top into view; on a desktop the panel is
    // already on screen and this does nothing.
    const top = this.root.getBoundingClientRect().top;
    if (top < 0 || top > window.innerHeight / 2) this.root.scrollIntoView({ block: 'start' });
  }

  private render(view: InspectorView): Child {
    const a = this.actions;
    switch (view.kind) {
      case 'welcome':
        return welcome(a, view.stats, view.topTool, view.firstJob);
      case 'loading':
        return h(
          'div',
          { class: 'insp-loading', role: 'status' },
          h('span', { class: 'spinner' }),
          view.title,
        );
      case 'error':
        return h(
          'div',
          { class: 'insp-error', role: 'alert' },
          h('h2', { tabindex: '-1' }, 'That did not work'),
          h('p', null, view.message),
          view.retry ? h('button', { class: 'btn', onclick: view.retry }, 'Try again') : null,
        );
      case 'tool':
        return tool(a, view.data);
      case 'unknown-tool':
        return unknownTool(a, view.data);
      case 'job':
        return job(a, view.job);
      case 'challenge':
        return challenge(a, view.challenge);
      case 'incident':
        return incident(a, view.incident);
      case 'neighbours':
        return neighbours(a, view.node, view.graph);
      case 'path':
        return path(a, view.from, view.to, view.graph);
    }
  }
}

function focusOf(view: InspectorView): string | null {
  switch (view.kind) {
    case 'tool':
      return view.data.tool?.id ?? null;
    case 'job':
      return view.job.id;
    case 'challenge':
      return view.challenge.id;
    case 'incident':
      return view.incident.id;
    case 'neighbours':
      return view.node.id;
    case 'loading':
    case 'error':
      return view.id;
    default:
      return null;
  }
}
