import type { Segment } from '../search/highlight.js';

export type Child = Node | string | number | null | undefined | false | Child[];
type Handler = (event: never) => void;
export type Props = Record<
  string,
  string | number | boolean | null | undefined | Handler | Record<string, string>
>;

/**
 * Creates an element. Text children become text nodes, never HTML, so narrative text cannot inject markup.
 * `on*` props are listeners, `dataset` sets data-* attributes, `class` the class list; `false`/`null` skip.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props | null = null,
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.slice(2).toLowerCase(), value as EventListener);
    } else if (key === 'dataset' && typeof value === 'object') {
      Object.assign(el.dataset, value);
    } else if (key === 'class') {
      el.className = String(value);
    } else {
      el.setAttribute(key, value === true ? '' : String(value));
    }
  }
  append(el, children);
  return el;
}

function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }
}

/** Replaces an element's content. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, children);
}

/** Highlighted text as DOM: marked runs in <mark>, the rest as text. */
export function marked(segments: readonly Segment[]): DocumentFragment {
  const fragment = document.createDocumentFragment();
  for (const s of segments)
    fragment.append(s.mark ? h('mark', null, s.text) : document.createTextNode(s.text));
  return fragment;
}

/** Element by id, or a clear error when the page skeleton lacks it (a build mistake, not a user one). */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`index.html has no #${id}`);
  return el as T;
}

/** "1 job", "2 jobs". */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/**
 * Arrow keys, Home and End move focus between the items of a list (buttons, links or quotes inside it), so an
 * answer in the inspector can be read item by item from the keyboard; Tab still leaves the list. With focus on the
 * list itself (where a search puts it), the first Down arrow goes to its first item.
 */
export function listNavigation(list: HTMLElement, itemSelector = '[data-item]'): void {
  list.addEventListener('keydown', (event) => {
    const items = [...list.querySelectorAll<HTMLElement>(itemSelector)];
    if (document.activeElement === list && (event.key === 'ArrowDown' || event.key === 'Home')) {
      event.preventDefault();
      items[0]?.focus();
      return;
    }
    const index = items.indexOf(document.activeElement as HTMLElement);
    if (index < 0) return;
    const target =
      event.key === 'ArrowDown'
        ? items[Math.min(items.length - 1, index + 1)]
        : event.key === 'ArrowUp'
          ? items[Math.max(0, index - 1)]
          : event.key === 'Home'
            ? items[0]
            : event.key === 'End'
              ? items[items.length - 1]
              : undefined;
    if (!target) return;
    event.preventDefault();
    target.focus();
  });
}

/** What a view shows while its data loads: a live status, so a screen reader hears it too. */
export function viewLoading(): HTMLElement {
  return h('p', { class: 'view-loading', role: 'status' }, h('span', { class: 'spinner' }), ' Loading…');
}

/** What a view shows when its data failed: the reason and a way to ask again. */
export function viewError(message: string, retry: () => void): HTMLElement {
  return h(
    'div',
    { class: 'empty-state', role: 'alert' },
    h('p', null, message),
    h('button', { class: 'btn', onclick: retry }, 'Try again'),
  );
}
