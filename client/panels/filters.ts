import type { NodeType } from '../../contract/graphql.js';
import type { FacetsResult } from '../api/operations.js';
import { DEFAULT_STATE, EVERYTHING, type ExplorerState } from '../state/url.js';
import { NODE_TYPES, TYPE_STYLES } from '../styles/palette.js';
import { h, replace } from './dom.js';

export type FilterChange = Partial<Pick<ExplorerState, 'types' | 'category' | 'person' | 'minJobs'>>;

/**
 * The legend, which is also the type filter (a checkbox per type, with its colour, shape and count), and the
 * category, person and minimum-job-count filters.
 */
export class FiltersPanel {
  private facets: FacetsResult = { people: [], categories: [] };
  private maxJobs = 6;
  /** Nodes per type on show; null until the graph is drawn, so the legend says "…" rather than a false 0. */
  private counts: Partial<Record<NodeType, number>> | null = null;
  private state: ExplorerState | null = null;

  constructor(
    private readonly root: HTMLElement,
    private readonly onChange: (change: FilterChange) => void,
  ) {}

  setFacets(facets: FacetsResult, maxJobs: number): void {
    this.facets = facets;
    this.maxJobs = Math.max(2, maxJobs);
    this.render();
  }

  /** The slider's upper end: the most jobs any tool was used in. */
  setMaxJobs(maxJobs: number): void {
    if (Math.max(2, maxJobs) === this.maxJobs) return;
    this.maxJobs = Math.max(2, maxJobs);
    this.render();
  }

  setCounts(counts: Partial<Record<NodeType, number>>): void {
    this.counts = counts;
    for (const type of NODE_TYPES) {
      const el = this.root.querySelector<HTMLElement>(`[data-count="${type}"]`);
      if (el) el.textContent = this.countText(type);
    }
  }

  private countText(type: NodeType): string {
    return this.counts ? String(this.counts[type] ?? 0) : '…';
  }

  setState(state: ExplorerState): void {
    this.state = state;
    this.render();
  }

  /**
   * Redraws the panel. A change made from the keyboard (a checkbox, the category) re-renders it; focus goes back to
   * the same control instead of falling to the top of the page.
   */
  private render(): void {
    const state = this.state;
    if (!state) return;
    const active = document.activeElement as HTMLElement | null;
    const focused = active && this.root.contains(active) ? active.id || active.dataset.type : null;
    this.draw(state);
    if (!focused) return;
    const again =
      this.root.querySelector<HTMLElement>(`#${CSS.escape(focused)}`) ??
      this.root.querySelector<HTMLElement>(`[data-type="${CSS.escape(focused)}"]`) ??
      // The link that was pressed ("Reset") is gone once it has done its work: the first filter instead.
      this.root.querySelector<HTMLElement>('input');
    again?.focus();
  }

  private draw(state: ExplorerState): void {
    const same = (a: readonly string[], b: readonly string[]) => a.join(',') === b.join(',');
    const isDefault =
      same(state.types, DEFAULT_STATE.types) &&
      !state.category &&
      !state.person &&
      state.minJobs === DEFAULT_STATE.minJobs;
    const isEverything = same(state.types, EVERYTHING.types) && state.minJobs === 1;
    replace(
      this.root,
      h(
        'div',
        { class: 'panel-head' },
        h('h2', { class: 'panel-title', id: 'legend-title' }, 'Legend & filters'),
        h(
          'span',
          { class: 'panel-links' },
          isEverything
            ? null
            : h(
                'button',
                {
                  class: 'link small',
                  id: 'show-everything',
                  title: 'Every node type, and tools used only once',
                  onclick: () => this.onChange({ ...EVERYTHING, types: [...EVERYTHING.types] }),
                },
                'Show everything',
              ),
          isDefault
            ? null
            : h(
                'button',
                {
                  class: 'link small',
                  id: 'reset-filters',
                  onclick: () =>
                    this.onChange({
                      types: [...DEFAULT_STATE.types],
                      category: null,
                      person: null,
                      minJobs: DEFAULT_STATE.minJobs,
                    }),
                },
                'Reset',
              ),
        ),
      ),
      h(
        'ul',
        { class: 'legend', 'aria-labelledby': 'legend-title' },
        NODE_TYPES.map((type) => {
          const checked = state.types.includes(type);
          return h(
            'li',
            null,
            h(
              'label',
              { class: `legend-row${checked ? '' : ' off'}` },
              h('input', {
                type: 'checkbox',
                checked,
                dataset: { type },
                onchange: (event: Event) => {
                  const on = (event.target as HTMLInputElement).checked;
                  const types = on ? [...state.types, type] : state.types.filter((t) => t !== type);
                  this.onChange({ types: NODE_TYPES.filter((t) => types.includes(t)) });
                },
              }),
              h('span', {
                class: `swatch swatch-${type.toLowerCase()}`,
                style: `background:${TYPE_STYLES[type].color}`,
              }),
              h('span', { class: 'legend-label' }, TYPE_STYLES[type].plural),
              h('span', { class: 'legend-count', dataset: { count: type } }, this.countText(type)),
            ),
          );
        }),
      ),
      h('p', { class: 'legend-note' }, 'Tool size = number of jobs that used it.'),
      h(
        'label',
        { class: 'field' },
        h('span', null, 'Category'),
        h(
          'select',
          {
            id: 'filter-category',
            onchange: (event: Event) =>
              this.onChange({ category: (event.target as HTMLSelectElement).value || null }),
          },
          h('option', { value: '' }, 'All categories'),
          this.facets.categories.map((c) =>
            h('option', { value: c.id, selected: c.id === state.category }, c.name),
          ),
        ),
      ),
      this.facets.people.length > 1
        ? h(
            'label',
            { class: 'field' },
            h('span', null, 'Person'),
            h(
              'select',
              {
                id: 'filter-person',
                onchange: (event: Event) =>
                  this.onChange({ person: (event.target as HTMLSelectElement).value || null }),
              },
              h('option', { value: '' }, 'Everyone'),
              this.facets.people.map((p) =>
                h('option', { value: p.id, selected: p.id === state.person }, p.name),
              ),
            ),
          )
        : null,
      h(
        'label',
        { class: 'field' },
        h(
          'span',
          null,
          'Tools used in at least ',
          h('output', { id: 'min-jobs-value' }, plural(state.minJobs)),
        ),
        h('input', {
          id: 'filter-min-jobs',
          type: 'range',
          min: 1,
          max: this.maxJobs,
          step: 1,
          value: state.minJobs,
          oninput: (event: Event) => {
            const out = this.root.querySelector('#min-jobs-value');
            if (out) out.textContent = plural(Number((event.target as HTMLInputElement).value));
          },
          onchange: (event: Event) =>
            this.onChange({ minJobs: Number((event.target as HTMLInputElement).value) }),
        }),
      ),
    );
  }
}

const plural = (n: number) => (n === 1 ? '1 job' : `${n} jobs`);
