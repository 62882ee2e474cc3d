import { byId } from '../panels/dom.js';
import { download } from '../panels/download.js';
import { graphiqlHref, queryForState } from '../state/graphiql-link.js';
import type { Hub } from './hub.js';

/**
 * Everything around the answer: the inspector's idle view, the toolbar, switching between the graph and the
 * matrix, exports, the zoom buttons and the keyboard shortcuts.
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

  graphiqlLink(): string {
    return graphiqlHref(queryForState(this.hub.model.state, this.hub.focus.ref()));
  }

  /** Brings the toolbar and the recurring panel in line with the state. */
  refresh(): void {
    const { model, panels } = this.hub;
    panels.toolbar.update({
      view: model.state.view,
      layout: model.state.layout,
      picks: model.picks.length,
      graphiqlHref: this.graphiqlLink(),
    });
    panels.recurring.setActive(model.state.focus);
  }

  /** The graph or the tools × jobs matrix. */
  showView(): void {
    const { model, panels } = this.hub;
    const matrix = model.state.view === 'matrix';
    panels.graphEl.hidden = matrix;
    panels.matrixEl.hidden = !matrix;
    byId('graph-controls').hidden = matrix;
    panels.statusEl.hidden = matrix;
    if (matrix && model.view) panels.matrix.show(model.view.visibleGraph(), model.state.focus);
    if (!matrix && model.view) model.view.cy.resize();
  }

  exportPng(): void {
    const view = this.hub.model.view;
    if (view) download(view.png(), 'skillgraph.png');
  }

  exportJson(): void {
    const view = this.hub.model.view;
    if (!view) return;
    const body = JSON.stringify({ exportedFrom: location.href, ...view.visibleGraph() }, null, 2);
    download(new Blob([body], { type: 'application/json' }), 'skillgraph-graph.json');
  }

  bindControls(): void {
    byId('zoom-in').addEventListener('click', () => this.hub.model.view?.zoomBy(1.3));
    byId('zoom-out').addEventListener('click', () => this.hub.model.view?.zoomBy(1 / 1.3));
    byId('zoom-fit').addEventListener('click', () => this.hub.model.view?.fit());
  }

  /** `/` searches, Esc clears, `f` fits, `+`/`-` zoom; none of them while the user is typing. */
  bindKeys(): void {
    document.addEventListener('keydown', (event) => {
      const view = this.hub.model.view;
      const target = event.target as HTMLElement | null;
      const typing =
        target?.closest('input, textarea, select, [contenteditable="true"]') !== null && target !== null;
      if (event.key === '/' && !typing) {
        event.preventDefault();
        this.hub.panels.search.focus();
      } else if (event.key === 'Escape') {
        if (typing) (target as HTMLElement).blur();
        void this.hub.focus.clear();
      } else if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        if (event.key === 'f') view?.fit();
        else if (event.key === '+' || event.key === '=') view?.zoomBy(1.3);
        else if (event.key === '-') view?.zoomBy(1 / 1.3);
      }
    });
  }
}
