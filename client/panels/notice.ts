import { h, replace } from './dom.js';

export interface NoticeAction {
  label: string;
  run(): void;
}

/** A message over the top of the graph: a truncated expansion, an empty result, a layout in progress. */
export class Notice {
  constructor(private readonly root: HTMLElement) {
    root.hidden = true;
  }

  show(message: string, actions: NoticeAction[] = [], tone: 'info' | 'warn' = 'info'): void {
    this.root.className = `notice notice-${tone}`;
    replace(
      this.root,
      h('span', null, message),
      actions.map((a) => h('button', { class: 'btn btn-small', onclick: a.run }, a.label)),
      h('button', { class: 'notice-close', 'aria-label': 'Dismiss', onclick: () => this.clear() }, '×'),
    );
    this.root.hidden = false;
  }

  clear(): void {
    this.root.hidden = true;
    this.root.replaceChildren();
  }
}
