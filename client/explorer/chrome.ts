import { byId, h, replace } from '../panels/dom.js';
import { graphiqlHref, queryForState } from '../state/graphiql-link.js';
import { VIEW_NAMES } from '../state/url.js';
import type { Hub } from './hub.js';

/**
 * Everything around the answer: the inspector's idle view, the loading state, the toolbar, the four views (graph,
 * recurrence, matrix, timeline), the zoom buttons and the keyboard shortcuts.
 */
export class Chrome {
  constructor(private readonly hub: Hub) {}

  inspectorIsIdle(): boolean {
    return byId('inspector').dataset.view === 'welcome';
  }

  inspectorFailed(): boolean {
    return byId('inspector').dataset.state === 'error';
  }

  /** The welcome view, with the graph's numbers and questions to start from, when nothing is focused. */
  showInspectorIdle(): void {
    const { model, panels } = this.hub;
    if (model.state.focus || model.state.path || model.state.ask) return;
    const firstJob =
      model.base?.nodes
        .filter((n) => n.type === 'JOB')
        .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))[0] ?? null;
    panels.inspector.show({
      kind: 'welcome',
      stats: model.stats,
      topTool: model.topTool,
      firstJob: firstJob ? { id: firstJob.id, label: firstJob.label } : null,
    });
  }

  /**
   * Until the first graph is drawn the stage says it is loading, rather than showing an empty canvas and "0 nodes"
   * that read as an empty graph.
   */
  setLoading(loading: boolean): void {
    const stage = byId('stage');
    const overlay = byId('graph-loading');
    stage.setAttribute('aria-busy', String(loading));
    overlay.hidden = !loading;
    if (loading) {
      replace(
        this.hub.panels.statusEl,
        h('span', { class: 'spinner', 'aria-hidden': 'true' }),
        'Loading the graph…',
      );
    }
  }

  graphiqlLink(): string {
    return graphiqlHref(queryForState(this.hub.model.state, this.hub.focus.ref()));
  }

  /** Brings the toolbar and the lists that mark the focused tool in line with the state. */
  refresh(): void {
    const { model, panels } = this.hub;
    panels.toolbar.update({
      view: model.state.view,
      layout: model.state.layout,
      picks: model.picks.length,
      graphiqlHref: this.graphiqlLink(),
    });
    panels.recurring.setActive(model.state.focus);
    panels.recurrence.setActive(model.state.focus);
    panels.timeline.setActive(model.state.focus);
  }

  /** Shows the view the state names, loading its data the first time it is shown. */
  showView(): void {
    const { model, panels } = this.hub;
    const view = model.state.view;
    byId('stage').dataset.view = view;
    for (const name of VIEW_NAMES) if (name !== 'graph') byId(name).hidden = name !== view;
    const graph = view === 'graph';
    panels.graphEl.hidden = !graph;
    byId('graph-controls').hidden = !graph;
    panels.statusEl.hidden = !graph;
    if (view === 'matrix' && model.view) panels.matrix.show(model.view.visibleGraph(), model.state.focus);
    else if (view === 'recurrence') void this.hub.data.showRecurrence();
    else if (view === 'timeline') void this.hub.data.showTimeline();
    else if (graph && model.view) model.view.cy.resize();
  }

  bindControls(): void {
    byId('zoom-in').addEventListener('click', () => this.hub.model.view?.zoomBy(1.3));
    byId('zoom-out').addEventListener('click', () => this.hub.model.view?.zoomBy(1 / 1.3));
    byId('zoom-fit').addEventListener('click', () => this.hub.model.view?.fit());
    // Printing shows every quote's paragraph: a closed disclosure would print as its summary alone.
    const opened: HTMLDetailsElement[] = [];
    window.addEventListener('beforeprint', () => {
      byId('print-note').textContent =
        `From Skillgraph, ${new Date().toISOString().slice(0, 10)}: ${location.href}`;
      for (const d of document.querySelectorAll<HTMLDetailsElement>('#inspector details:not([open])')) {
        d.open = true;
        opened.push(d);
      }
    });
    window.addEventListener('afterprint', () => {
      for (const d of opened.splice(0)) d.open = false;
    });
  }

  /**
   * `/` searches, Esc closes the drawer or clears the focus, `f` fits, `+`/`-` zoom; none of the letters while the
   * user is typing. Esc leaves keyboard focus where it was: in the search box, or in the inspector (which moves it
   * to its new view).
   */
  bindKeys(): void {
    document.addEventListener('keydown', (event) => {
      const view = this.hub.model.view;
      const target = event.target as HTMLElement | null;
      const typing =
        target?.closest('input, textarea, select, [contenteditable="true"]') !== null && target !== null;
      if (event.key === '/' && !typing) {
        event.preventDefault();
        if (this.hub.panels.drawer.isOpen) this.hub.panels.drawer.close();
        this.hub.panels.search.focus();
      } else if (event.key === 'Escape') {
        if (this.hub.panels.drawer.isOpen) this.hub.panels.drawer.close();
        else void this.hub.focus.clear();
      } else if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        if (event.key === 'f') view?.fit();
        else if (event.key === '+' || event.key === '=') view?.zoomBy(1.3);
        else if (event.key === '-') view?.zoomBy(1 / 1.3);
      }
    });
  }
}
