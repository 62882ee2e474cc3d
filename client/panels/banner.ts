import type { HealthState } from '../api/health.js';
import { h, replace } from './dom.js';

const MESSAGES: Record<Exclude<HealthState, 'ok'>, [string, string]> = {
  'database-down': [
    'The database is not answering.',
    'Skillgraph keeps checking and reloads what is missing as soon as Neo4j is back; nothing needs a page reload.',
  ],
  'server-down': [
    'The Skillgraph server cannot be reached.',
    'Is `npm start` still running? The page keeps trying and recovers by itself.',
  ],
};

/** The strip under the header that says plainly when the server or its database is down, and when it is back. */
export class StatusBanner {
  private timer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly root: HTMLElement) {
    root.dataset.health = 'ok';
  }

  show(state: HealthState, previous: HealthState): void {
    clearTimeout(this.timer);
    this.root.dataset.health = state;
    if (state === 'ok') {
      if (previous === 'ok') return;
      this.root.className = 'banner banner-ok';
      this.root.setAttribute('role', 'status');
      replace(this.root, h('strong', null, 'Connected again.'), ' Everything is up to date.');
      this.root.hidden = false;
      this.timer = setTimeout(() => {
        this.root.hidden = true;
      }, 3_000);
      return;
    }
    const [title, detail] = MESSAGES[state];
    this.root.className = 'banner banner-down';
    this.root.setAttribute('role', 'alert');
    replace(
      this.root,
      h('span', { class: 'banner-dot', 'aria-hidden': 'true' }),
      h('strong', null, title),
      ` ${detail}`,
    );
    this.root.hidden = false;
  }
}
