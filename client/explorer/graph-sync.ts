import { type GraphData, NEIGHBORHOOD, type NeighborhoodResult } from '../api/operations.js';
import { drawInitial, relayout } from '../graph/draw.js';
import { composeGraph } from '../graph/elements.js';
import { EXPAND_MAX } from '../graph/scale.js';
import { chooseRenderer, chooseStyleMode, GraphView, webglAvailable } from '../graph/view.js';
import { h, plural, replace } from '../panels/dom.js';
import { DEFAULT_STATE } from '../state/url.js';
import { type Hub, isAbort } from './hub.js';

/**
 * Keeps the Cytoscape graph in step with the model: the base graph, the expansions and the answer being shown,
 * composed into one; the category filter; layouts; and the status line under the graph.
 */
export class GraphSync {
  constructor(private readonly hub: Hub) {}

  private composed(): GraphData | null {
    const { model } = this.hub;
    if (!model.base) return null;
    const parts = [model.base, ...model.expansions.values()];
    if (model.focusGraph) parts.push(model.focusGraph);
    if (model.pathGraph) parts.push(model.pathGraph);
    return composeGraph(parts);
  }

  /** Draws the graph the first time; afterwards adds and removes only what changed. */
  async sync(): Promise<void> {
    const { model, panels } = this.hub;
    const graph = this.composed();
    if (!graph) return;
    if (!model.view) await this.create(graph);
    else model.view.sync(graph);
    this.hub.chrome.setLoading(false);
    this.applyClientFilters();
    this.hub.focus.reapplyHighlight();
    if (graph.nodes.length === 0) {
      panels.notice.show(
        'Nothing matches these filters. Turn on more node types or lower “Tools used in at least”.',
        [
          {
            label: 'Reset filters',
            run: () =>
              void this.hub.update(
                {
                  types: DEFAULT_STATE.types,
                  category: null,
                  person: null,
                  minJobs: DEFAULT_STATE.minJobs,
                },
                'replace',
              ),
          },
        ],
      );
    } else if (model.base?.truncated) {
      panels.notice.show(
        `Showing ${model.base.nodes.length} of ${model.base.total} nodes; filter to see the rest.`,
        [],
        'warn',
      );
    }
    if (model.state.view === 'matrix') this.hub.chrome.showView();
  }

  private async create(graph: GraphData): Promise<void> {
    const { model, panels } = this.hub;
    const renderer = chooseRenderer(graph.nodes.length + graph.edges.length, webglAvailable(true));
    const view = new GraphView({
      container: panels.graphEl,
      renderer,
      styleMode: chooseStyleMode(graph.nodes.length, renderer),
    });
    model.view = view;
    view.on({
      nodeTap: (id, additive) => {
        if (additive) this.hub.focus.pick(id);
        else void this.hub.update({ focus: id, ask: null, path: null });
      },
      nodeDoubleTap: (id) => void this.expand(id),
      backgroundTap: () => {
        if (model.state.focus || model.state.path || model.picks.length) void this.hub.focus.clear();
      },
    });
    panels.graphEl.dataset.renderer = renderer;
    this.setLayoutBusy(true, graph.nodes.length);
    try {
      await drawInitial(view, graph, model.state.layout, {
        focus: model.state.focus,
        worker: this.hub.worker,
      });
    } catch (error) {
      if (!isAbort(error)) throw error;
    } finally {
      this.setLayoutBusy(false, graph.nodes.length);
    }
  }

  /**
   * The category filter hides tools of other categories (and other category nodes) without reloading. The category's
   * name comes from the facets, not from its node: with the Categories type turned off there is no such node, and
   * looking it up there hid every tool.
   */
  applyClientFilters(): void {
    const { model } = this.hub;
    const categoryId = model.state.category;
    const name = categoryId ? (model.categories.find((c) => c.id === categoryId)?.name ?? null) : null;
    model.view?.setHidden((node) => {
      if (!categoryId || name === null) return false;
      if (node.type === 'TOOL') return node.category !== name;
      if (node.type === 'CATEGORY') return node.id !== categoryId;
      return false;
    });
    this.updateStatus();
  }

  async relayout(): Promise<void> {
    const { model } = this.hub;
    if (!model.view) return;
    this.setLayoutBusy(true, model.view.size);
    try {
      await relayout(model.view, model.state.layout, { focus: model.state.focus, worker: this.hub.worker });
    } catch (error) {
      if (!isAbort(error)) console.warn(error);
    } finally {
      this.setLayoutBusy(false, model.view.size);
    }
  }

  private setLayoutBusy(busy: boolean, nodes: number): void {
    const { graphEl, statusEl } = this.hub.panels;
    graphEl.dataset.layout = busy ? 'running' : 'done';
    if (busy && nodes > 300) statusEl.dataset.busy = `Laying out ${nodes.toLocaleString()} nodes…`;
    else delete statusEl.dataset.busy;
    this.updateStatus();
  }

  /** "34 nodes · 80 edges" as the filters leave them (the legend's counts too), or what the layout is doing. */
  updateStatus(): void {
    const { model, panels } = this.hub;
    if (!model.view) return;
    const { nodes, edges, byType } = model.view.shownCounts();
    panels.filters.setCounts(byType);
    const busy = panels.statusEl.dataset.busy;
    replace(
      panels.statusEl,
      busy ? h('span', { class: 'spinner' }) : null,
      busy ?? `${plural(nodes, 'node')} · ${plural(edges, 'edge')}`,
      model.view?.renderer === 'webgl' ? ' · WebGL' : '',
    );
  }

  /** Adds a node's neighbours to the graph (all of them with `all`, past the usual limit). */
  async expand(id: string, all = false): Promise<void> {
    const { model, panels } = this.hub;
    if (all) {
      try {
        const total = model.expansions.get(id)?.total ?? EXPAND_MAX;
        const data = await this.hub.api.request<NeighborhoodResult>(NEIGHBORHOOD, {
          id,
          depth: 1,
          limit: Math.min(total, EXPAND_MAX),
        });
        model.expansions.set(id, data.neighborhood);
        panels.notice.clear();
        await this.sync();
      } catch (error) {
        panels.notice.show(this.hub.data.describe(error), [], 'warn');
        this.hub.data.failed(error, () => this.expand(id, true));
      }
      return;
    }
    if (model.state.expanded.includes(id)) {
      await this.hub.update({ focus: id, ask: null, path: null });
      return;
    }
    await this.hub.update({ expanded: [...model.state.expanded, id], focus: id, ask: null, path: null });
  }

  noticeTruncated(id: string, graph: GraphData): void {
    const label = graph.nodes.find((n) => n.id === id)?.label ?? id;
    this.hub.panels.notice.show(
      `Showing ${graph.nodes.length - 1} of ${graph.total - 1} neighbours of ${label}.`,
      [{ label: `Show all ${graph.total - 1}`, run: () => void this.expand(id, true) }],
    );
  }
}
