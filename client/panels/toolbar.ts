import { LAYOUTS } from '../layouts/index.js';
import { LAYOUT_NAMES, type LayoutName, type ViewName } from '../state/url.js';
import { h, replace } from './dom.js';

export interface ToolbarEvents {
  view(view: ViewName): void;
  layout(layout: LayoutName): void;
  findPath(): void;
  exportPng(): void;
  exportJson(): void;
}

/** View switch, layouts, path finding, exports and the GraphiQL link, in the header. */
export class Toolbar {
  private readonly viewButtons = new Map<ViewName, HTMLButtonElement>();
  private readonly layoutButtons = new Map<LayoutName, HTMLButtonElement>();
  private readonly pathButton: HTMLButtonElement;
  private readonly pngButton: HTMLButtonElement;
  private readonly graphiql: HTMLAnchorElement;

  constructor(root: HTMLElement, events: ToolbarEvents) {
    const viewButton = (view: ViewName, label: string) => {
      const b = h(
        'button',
        { class: 'seg', 'aria-pressed': 'false', onclick: () => events.view(view) },
        label,
      );
      this.viewButtons.set(view, b);
      return b;
    };
    const layoutButton = (layout: LayoutName) => {
      const b = h(
        'button',
        {
          class: 'seg',
          'aria-pressed': 'false',
          title: LAYOUTS[layout].title,
          onclick: () => events.layout(layout),
        },
        LAYOUTS[layout].label,
      );
      this.layoutButtons.set(layout, b);
      return b;
    };
    this.pathButton = h(
      'button',
      {
        id: 'find-path',
        class: 'btn',
        disabled: true,
        title: 'Shift+click two nodes first',
        onclick: () => events.findPath(),
      },
      'Path 0/2',
    );
    this.pngButton = h(
      'button',
      {
        id: 'export-png',
        class: 'seg',
        title: 'Download the graph as a PNG image, with a title and a legend',
        onclick: () => events.exportPng(),
      },
      'PNG',
    );
    this.graphiql = h(
      'a',
      { id: 'graphiql-link', class: 'btn', href: 'graphiql', target: '_blank', rel: 'noopener' },
      'GraphiQL',
    );
    replace(
      root,
      h(
        'div',
        { class: 'segmented', role: 'group', 'aria-label': 'View', id: 'views' },
        viewButton('graph', 'Graph'),
        viewButton('recurrence', 'Recurrence'),
        viewButton('matrix', 'Matrix'),
        viewButton('timeline', 'Timeline'),
      ),
      h(
        'div',
        { class: 'segmented', role: 'group', 'aria-label': 'Layout', id: 'layouts' },
        LAYOUT_NAMES.map(layoutButton),
      ),
      this.pathButton,
      h(
        'div',
        { class: 'segmented', role: 'group', 'aria-label': 'Export' },
        this.pngButton,
        h(
          'button',
          {
            id: 'export-json',
            class: 'seg',
            title:
              'Download the answer on show, with its evidence, as JSON (the visible graph when nothing is focused)',
            onclick: () => events.exportJson(),
          },
          'JSON',
        ),
      ),
      this.graphiql,
    );
  }

  update(options: { view: ViewName; layout: LayoutName; picks: number; graphiqlHref: string }): void {
    for (const [view, b] of this.viewButtons) b.setAttribute('aria-pressed', String(view === options.view));
    for (const [layout, b] of this.layoutButtons) {
      b.setAttribute('aria-pressed', String(layout === options.layout));
      b.disabled = options.view !== 'graph';
    }
    this.pngButton.disabled = options.view !== 'graph';
    this.pathButton.disabled = options.picks !== 2;
    this.pathButton.title =
      options.picks === 2
        ? 'Show the shortest path between the two picked nodes'
        : `Shift+click two nodes first (${options.picks}/2 picked)`;
    this.pathButton.textContent = `Path ${options.picks}/2`;
    this.graphiql.href = options.graphiqlHref;
  }
}
