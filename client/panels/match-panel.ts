import type { MatchData } from '../api/operations.js';
import { h, replace } from './dom.js';
import { renderResults } from './match-results.js';

export interface MatchPanelEvents {
  run(text: string): void;
  clear(): void;
  download(kind: 'md' | 'json'): void;
  /** The panel opened or closed (to remember it across reloads). */
  openChanged(open: boolean): void;
}

/**
 * The "Match a job" panel: a textarea for the posting, Match (or Ctrl/Cmd+Enter) and Clear, a status line read
 * out by screen readers, and the grouped answer. It is a non-modal dialog: the graph stays usable beside it on wide
 * screens, and on one-column screens it sits at the top of the page. Its toggle lives in the toolbar, which every
 * screen width shows. Esc closes it and gives focus back to the toggle.
 */
export class MatchPanel {
  readonly toggle: HTMLButtonElement;
  private readonly textarea: HTMLTextAreaElement;
  private readonly status: HTMLElement;
  private readonly results: HTMLElement;
  private readonly runButton: HTMLButtonElement;

  constructor(
    private readonly root: HTMLElement,
    toolbar: HTMLElement,
    private readonly events: MatchPanelEvents,
  ) {
    this.toggle = h(
      'button',
      {
        type: 'button',
        id: 'match-toggle',
        class: 'btn',
        'aria-controls': root.id,
        'aria-expanded': 'false',
        title: 'Paste a job posting and see, requirement by requirement, what your graph shows',
        onclick: () => (this.isOpen ? this.close() : this.open()),
      },
      'Match a job',
    );
    toolbar.append(this.toggle);
    this.textarea = h('textarea', {
      id: 'match-text',
      class: 'match-text',
      rows: 8,
      spellcheck: 'false',
      'aria-describedby': 'match-help',
      placeholder: '## Requirements\n- Kafka and Spark in production\n## Nice to have\n- Apache Pulsar',
    });
    this.runButton = h('button', { type: 'submit', class: 'btn match-run', id: 'match-run' }, 'Match');
    this.status = h('p', {
      id: 'match-status',
      class: 'match-status',
      role: 'status',
      'aria-live': 'polite',
    });
    this.results = h('div', {
      id: 'match-results',
      class: 'match-results',
      tabindex: '-1',
      'aria-labelledby': 'match-results-title',
      hidden: true,
    });
    const form = h(
      'form',
      {
        class: 'match-form',
        onsubmit: (event: SubmitEvent) => {
          event.preventDefault();
          this.events.run(this.textarea.value);
        },
      },
      h('label', { for: 'match-text', class: 'match-label' }, 'Job posting'),
      h(
        'p',
        { id: 'match-help', class: 'note small' },
        'Paste the posting, then Match (',
        h('kbd', null, 'Ctrl'),
        '+',
        h('kbd', null, 'Enter'),
        '). It is kept in this browser so a reload keeps the match, and sent only to this Skillgraph server.',
      ),
      this.textarea,
      h(
        'div',
        { class: 'match-actions' },
        this.runButton,
        h(
          'button',
          { type: 'button', class: 'btn', id: 'match-clear', onclick: () => this.events.clear() },
          'Clear',
        ),
      ),
    );
    root.classList.add('match-panel');
    root.setAttribute('role', 'dialog');
    root.setAttribute('aria-modal', 'false');
    root.setAttribute('aria-labelledby', 'match-title');
    replace(
      root,
      h(
        'div',
        { class: 'match-head' },
        h('h2', { id: 'match-title', class: 'match-title' }, 'Match a job'),
        h(
          'button',
          {
            type: 'button',
            class: 'match-close',
            'aria-label': 'Close Match a job',
            onclick: () => this.close(),
          },
          '×',
        ),
      ),
      form,
      this.status,
      this.results,
    );
    this.textarea.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    // Captured before the explorer's own Esc (which clears the focus): with the panel open, Esc only closes it.
    document.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== 'Escape' || !this.isOpen) return;
        const inside = root.contains(event.target as Node) || event.target === this.toggle;
        if (!inside) return;
        event.stopPropagation();
        this.close();
      },
      true,
    );
  }

  get isOpen(): boolean {
    return !this.root.hidden;
  }

  get text(): string {
    return this.textarea.value;
  }

  /** Opens the panel; keyboard focus goes to the posting unless `focus` is false (a restore on load). */
  open(focus = true): void {
    if (!this.isOpen) {
      this.root.hidden = false;
      this.toggle.setAttribute('aria-expanded', 'true');
      this.events.openChanged(true);
    }
    if (focus) this.textarea.focus();
  }

  /** Closes the panel and gives keyboard focus back to its toggle. The match stays on the graph until Clear. */
  close(): void {
    if (!this.isOpen) return;
    this.root.hidden = true;
    this.toggle.setAttribute('aria-expanded', 'false');
    this.events.openChanged(false);
    this.toggle.focus();
  }

  setText(text: string): void {
    this.textarea.value = text;
  }

  showRunning(): void {
    this.root.setAttribute('aria-busy', 'true');
    this.runButton.disabled = true;
    this.status.dataset.state = 'running';
    replace(this.status, h('span', { class: 'spinner', 'aria-hidden': 'true' }), ' Matching the posting…');
  }

  /** Shows the answer; with `focus`, keyboard focus moves to it (after a run the user asked for). */
  showResult(match: MatchData, focus: boolean): void {
    this.settle('ready');
    const evidenced = match.requirements.filter((r) => r.status === 'EVIDENCED').length;
    replace(
      this.status,
      match.requirements.length
        ? `Matched ${match.requirements.length} requirements: ${evidenced} evidenced.`
        : 'No tool the taxonomy knows was found in this posting.',
    );
    replace(this.results, renderResults(match, { download: (kind) => this.events.download(kind) }));
    this.results.hidden = false;
    this.toggle.classList.add('has-match');
    if (focus) this.results.focus();
  }

  /** A failed run, in plain words; the posting stays in the textarea to fix. */
  showError(message: string): void {
    this.settle('error');
    replace(this.status, message);
    this.results.hidden = true;
    replace(this.results);
    this.textarea.focus();
  }

  /** Back to an empty panel (after Clear). */
  reset(): void {
    this.settle('idle');
    this.textarea.value = '';
    replace(this.status, 'Cleared: the posting is no longer kept in this browser.');
    replace(this.results);
    this.results.hidden = true;
    this.toggle.classList.remove('has-match');
    if (this.isOpen) this.textarea.focus();
  }

  private settle(state: 'ready' | 'error' | 'idle'): void {
    this.root.removeAttribute('aria-busy');
    this.runButton.disabled = false;
    this.status.dataset.state = state;
  }
}
