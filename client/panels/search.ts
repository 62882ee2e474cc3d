import type { ToolSummary } from '../api/operations.js';
import { matchTools, type ToolMatch } from '../search/autocomplete.js';
import { h, plural, replace } from './dom.js';

export interface SearchEvents {
  /** A tool was chosen from the suggestions. */
  choose(tool: ToolSummary): void;
  /** Enter on text that matches no known tool: ask the server (it answers with suggestions). */
  ask(text: string): void;
  /** Enter on the name of what is already focused: go to its answer. */
  reveal(): void;
}

/**
 * The "where did I use…" box: an ARIA combobox whose suggestions come from the full tool list in memory, matching
 * names and aliases as one types (also inside "where did I use kafka?"). Enter takes the first suggestion.
 */
export class SearchBox {
  readonly input: HTMLInputElement;
  private readonly listbox: HTMLUListElement;
  private matches: ToolMatch[] = [];
  private active = -1;
  private tools: readonly ToolSummary[] = [];
  /** The text last shown for the current focus; while the box still holds it, Enter goes to the answer. */
  private shown: string | null = null;

  constructor(
    root: HTMLElement,
    private readonly events: SearchEvents,
  ) {
    this.input = h('input', {
      id: 'search',
      type: 'search',
      class: 'search-input',
      role: 'combobox',
      autocomplete: 'off',
      spellcheck: 'false',
      'aria-autocomplete': 'list',
      'aria-expanded': 'false',
      'aria-controls': 'search-options',
      'aria-label': 'Where did I use… (type a tool name or alias)',
      placeholder: 'Where did I use…  e.g. Kafka',
    });
    this.listbox = h('ul', { id: 'search-options', class: 'search-options', role: 'listbox', hidden: true });
    replace(
      root,
      h('label', { class: 'search-icon', for: 'search', 'aria-hidden': 'true' }, '⌕'),
      this.input,
      h('kbd', { class: 'search-hint', 'aria-hidden': 'true' }, '/'),
      this.listbox,
    );
    this.input.addEventListener('input', () => {
      this.shown = null;
      this.update();
    });
    this.input.addEventListener('focus', () => {
      if (this.input.value !== this.shown) this.update();
    });
    this.input.addEventListener('keydown', (event) => this.onKey(event));
    this.input.addEventListener('blur', () => setTimeout(() => this.close(), 120));
  }

  setTools(tools: readonly ToolSummary[]): void {
    this.tools = tools;
    if (document.activeElement === this.input) this.update();
  }

  /**
   * Shows the name of what is focused, however it was chosen (a click, a link, Back), so the box never holds a stale
   * name. With `current`, Enter on that unchanged text goes to the answer instead of asking again.
   */
  setText(text: string, current = false): void {
    this.input.value = text;
    this.shown = current ? text : null;
    this.close();
  }

  focus(): void {
    this.input.focus();
    this.input.select();
  }

  private update(): void {
    const text = this.input.value;
    this.matches = matchTools(this.tools, text);
    this.active = this.matches.length ? 0 : -1;
    if (text.trim() === '') {
      this.close();
      return;
    }
    this.render();
  }

  private render(): void {
    const options = this.matches.map((m, i) =>
      h(
        'li',
        {
          id: `search-option-${i}`,
          role: 'option',
          class: 'search-option',
          'aria-selected': i === this.active ? 'true' : 'false',
          dataset: { toolId: m.tool.id },
          onmousedown: (event: MouseEvent) => {
            event.preventDefault();
            this.choose(i);
          },
        },
        h('span', { class: 'option-name' }, m.tool.name),
        m.matched !== m.tool.name ? h('span', { class: 'option-alias' }, `“${m.matched}”`) : null,
        h(
          'span',
          { class: 'option-meta' },
          `${m.tool.category ?? 'Uncategorised'} · ${plural(m.tool.jobCount, 'job')}`,
        ),
      ),
    );
    if (options.length === 0) {
      options.push(
        h(
          'li',
          { class: 'search-empty', role: 'option', 'aria-selected': 'false', 'aria-disabled': 'true' },
          'No tool by that name or alias. Press Enter to ask the server for similar names.',
        ),
      );
    }
    replace(this.listbox, options);
    this.listbox.hidden = false;
    this.input.setAttribute('aria-expanded', 'true');
    if (this.active >= 0) this.input.setAttribute('aria-activedescendant', `search-option-${this.active}`);
    else this.input.removeAttribute('aria-activedescendant');
  }

  private close(): void {
    this.listbox.hidden = true;
    this.input.setAttribute('aria-expanded', 'false');
    this.input.removeAttribute('aria-activedescendant');
  }

  private onKey(event: KeyboardEvent): void {
    const open = !this.listbox.hidden;
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      if (!open) this.update();
      if (this.matches.length === 0) return;
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : -1;
      this.active = (this.active + step + this.matches.length) % this.matches.length;
      this.render();
    } else if (event.key === 'Enter') {
      event.preventDefault();
      if (this.shown !== null && this.input.value === this.shown && !open) {
        this.events.reveal();
        return;
      }
      if (this.active >= 0 && this.matches[this.active]) this.choose(this.active);
      else if (this.input.value.trim() !== '') {
        this.close();
        this.events.ask(this.input.value.trim());
      }
    } else if (event.key === 'Escape' && open) {
      event.preventDefault();
      event.stopPropagation();
      this.close();
    }
  }

  private choose(index: number): void {
    const match = this.matches[index];
    if (!match) return;
    this.input.value = match.tool.name;
    this.close();
    this.events.choose(match.tool);
  }
}
