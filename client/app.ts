import type { NodeType } from '../contract/graphql.js';
import { ApiError, GraphQLClient } from './api/client.js';
import { HealthMonitor } from './api/health.js';
import {
  FACETS,
  type FacetsResult,
  GRAPH,
  type GraphData,
  type GraphNodeData,
  type GraphResult,
  type GraphVariables,
  JOB,
  type JobResult,
  NEIGHBORHOOD,
  type NeighborhoodResult,
  RECURRING_TOOLS,
  type RecurringToolsResult,
  SHORTEST_PATH,
  type ShortestPathResult,
  STATS,
  STORIES,
  type StatsData,
  type StatsResult,
  type StoriesResult,
  TOOLS,
  type ToolSummary,
  type ToolsResult,
  WHERE_USED,
  type WhereUsedData,
  type WhereUsedResult,
} from './api/operations.js';
import { answerSet } from './graph/answer.js';
import { drawInitial, relayout } from './graph/draw.js';
import { composeGraph, countByType } from './graph/elements.js';
import { typeOfId } from './graph/node-type.js';
import { EXPAND_LIMIT, EXPAND_MAX } from './graph/scale.js';
import { chooseRenderer, chooseStyleMode, GraphView, webglAvailable } from './graph/view.js';
import { ForceLayoutWorker } from './layouts/force-client.js';
import { StatusBanner } from './panels/banner.js';
import { byId, h, plural, replace } from './panels/dom.js';
import { download } from './panels/download.js';
import { type FilterChange, FiltersPanel } from './panels/filters.js';
import { Inspector, type InspectorView } from './panels/inspector.js';
import { MatrixView } from './panels/matrix-view.js';
import { Notice } from './panels/notice.js';
import { RecurringPanel } from './panels/recurring.js';
import { SearchBox } from './panels/search.js';
import { Toolbar } from './panels/toolbar.js';
import { matchTools } from './search/autocomplete.js';
import { type FocusRef, graphiqlHref, queryForState } from './state/graphiql-link.js';
import { decodeState, type ExplorerState, encodeState } from './state/url.js';

const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';

/**
 * The explorer: owns the state that the URL mirrors, loads what it needs from /graphql, and keeps the graph and
 * the panels in step with it. Each user action becomes a state change (pushed to history, so Back undoes it);
 * `render` then brings everything up to date, which is also what a reload or Back/Forward does.
 */
export class Explorer {
  private state: ExplorerState;
  private readonly api = new GraphQLClient('graphql');
  private readonly health = new HealthMonitor();
  private readonly worker = new ForceLayoutWorker();
  private view: GraphView | null = null;
  private base: GraphData | null = null;
  private readonly expansions = new Map<string, GraphData>();
  private focusGraph: GraphData | null = null;
  private pathGraph: GraphData | null = null;
  private picks: string[] = [];
  private tools: ToolSummary[] = [];
  private toolsById = new Map<string, ToolSummary>();
  private stats: StatsData | null = null;
  private topTool: string | null = null;
  private stories: Promise<StoriesResult> | null = null;
  private focusSeq = 0;
  private queue: Promise<void> = Promise.resolve();
  private readonly retries = new Set<() => Promise<void>>();

  private readonly search: SearchBox;
  private readonly inspector: Inspector;
  private readonly recurring: RecurringPanel;
  private readonly filters: FiltersPanel;
  private readonly toolbar: Toolbar;
  private readonly matrix: MatrixView;
  private readonly banner: StatusBanner;
  private readonly notice: Notice;
  private readonly graphEl = byId('graph');
  private readonly matrixEl = byId('matrix');
  private readonly statusEl = byId('graph-status');

  constructor() {
    this.state = decodeState(location.search);
    this.search = new SearchBox(byId('search-root'), {
      choose: (tool) => void this.update({ focus: tool.id, ask: null, path: null }),
      ask: (text) => void this.ask(text),
    });
    this.inspector = new Inspector(byId('inspector'), {
      focus: (id) => void this.update({ focus: id, ask: null, path: null }),
      askTool: (name) => void this.ask(name),
      expand: (id) => void this.expand(id),
      pickForPath: (id) => this.pick(id),
      graphiqlHref: () => this.graphiqlLink(),
    });
    this.recurring = new RecurringPanel(
      byId('recurring'),
      (id) => void this.update({ focus: id, ask: null, path: null, view: 'graph' }),
    );
    this.filters = new FiltersPanel(byId('filters'), (change) => void this.changeFilters(change));
    this.toolbar = new Toolbar(byId('toolbar'), {
      view: (view) => void this.update({ view }),
      layout: (layout) => void this.update({ layout }),
      findPath: () => this.findPath(),
      exportPng: () => this.exportPng(),
      exportJson: () => this.exportJson(),
    });
    this.matrix = new MatrixView(
      this.matrixEl,
      (id) => void this.update({ focus: id, ask: null, path: null, view: 'graph' }),
    );
    this.banner = new StatusBanner(byId('banner'));
    this.notice = new Notice(byId('notice'));
  }

  /** Loads everything the first screen needs and draws it; resolves when the page is ready to use. */
  async start(): Promise<void> {
    // The layout worker loads its script while the first queries are in flight: a worker started during a big first
    // render would wait for that render before it could begin the layout.
    void this.worker.warm();
    this.health.onChange((state, previous) => {
      this.banner.show(state, previous);
      if (state === 'ok') void this.recover();
    });
    this.api.onOutage((error) =>
      this.health.suspect(error.code === 'NETWORK' ? 'server-down' : 'database-down'),
    );
    this.health.start();
    this.bindKeys();
    this.bindControls();
    window.addEventListener('popstate', () => void this.restore());
    this.filters.setState(this.state);
    this.showInspectorIdle();
    this.refreshChrome();

    await Promise.all([
      this.loadTools(),
      this.loadFacets(),
      this.loadRecurring(),
      this.loadStats(),
      this.loadBase(),
    ]);
    await this.enqueue(() => this.render(null, this.state));
    document.documentElement.dataset.ready = 'true';
  }

  /** The Cytoscape core, for the bench and for tests that click nodes on the canvas. */
  get cy() {
    return this.view?.cy ?? null;
  }

  // ---- state -------------------------------------------------------------------------------------------------

  /**
   * Applies a state change. Changes run one after another (a queue), so a render never interleaves with the next
   * one; a focus answer that arrives after the focus moved on is dropped (focusSeq).
   */
  private update(change: Partial<ExplorerState>, mode: 'push' | 'replace' = 'push'): Promise<void> {
    return this.enqueue(async () => {
      const previous = this.state;
      const next: ExplorerState = { ...previous, ...change };
      const query = encodeState(next);
      if (query === encodeState(previous)) {
        // Same URL: still re-run a focus the user asked for again (it may have failed before).
        if (change.focus !== undefined) await this.applyFocus();
        return;
      }
      this.state = next;
      const url = `${location.pathname}${query ? `?${query}` : ''}`;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      await this.render(previous, next);
    });
  }

  private restore(): Promise<void> {
    return this.enqueue(async () => {
      const previous = this.state;
      this.state = decodeState(location.search);
      await this.render(previous, this.state);
    });
  }

  private enqueue(task: () => Promise<void>): Promise<void> {
    const run = this.queue.then(task, task);
    this.queue = run.catch((error: unknown) => console.error(error));
    return run;
  }

  /** Brings the page up to date with `next`, doing only what changed since `previous` (everything when null). */
  private async render(previous: ExplorerState | null, next: ExplorerState): Promise<void> {
    const changed = <K extends keyof ExplorerState>(...keys: K[]) =>
      previous === null || keys.some((k) => JSON.stringify(previous[k]) !== JSON.stringify(next[k]));
    this.filters.setState(next);
    if (previous !== null && changed('types', 'minJobs', 'person')) await this.loadBase();
    if (changed('expanded')) await this.loadExpansions();
    if (previous === null || changed('types', 'minJobs', 'person', 'expanded')) await this.syncGraph();
    if (changed('category')) this.applyClientFilters();
    if (changed('view')) this.showView();
    if (previous !== null && changed('layout')) await this.relayout();
    if (changed('focus', 'path', 'ask')) {
      await this.applyFocus();
      if (next.layout === 'around' && previous !== null && next.focus) await this.relayout();
    }
    this.refreshChrome();
  }

  private async changeFilters(change: FilterChange): Promise<void> {
    await this.update(change, 'replace');
  }

  // ---- loading -----------------------------------------------------------------------------------------------

  private async loadTools(): Promise<void> {
    try {
      const data = await this.api.request<ToolsResult>(TOOLS);
      this.tools = data.tools;
      this.toolsById = new Map(data.tools.map((t) => [t.id, t]));
      this.search.setTools(data.tools);
    } catch (error) {
      this.failed(error, () => this.loadTools());
    }
  }

  private async loadFacets(): Promise<void> {
    try {
      const facets = await this.api.request<FacetsResult>(FACETS);
      const maxJobs = Math.max(2, ...this.tools.map((t) => t.jobCount));
      this.filters.setFacets(facets, maxJobs);
    } catch (error) {
      this.failed(error, () => this.loadFacets());
    }
  }

  private async loadStats(): Promise<void> {
    try {
      this.stats = (await this.api.request<StatsResult>(STATS)).stats;
      if (this.inspectorIsIdle()) this.showInspectorIdle();
    } catch (error) {
      this.failed(error, () => this.loadStats());
    }
  }

  private async loadRecurring(): Promise<void> {
    try {
      const data = await this.api.request<RecurringToolsResult>(RECURRING_TOOLS, { minJobs: 2, first: 50 });
      this.topTool = data.recurringTools[0]?.tool.name ?? null;
      this.recurring.show(data.recurringTools);
      this.recurring.setActive(this.state.focus);
      if (this.inspectorIsIdle()) this.showInspectorIdle();
    } catch (error) {
      this.recurring.showError(this.describe(error), () => void this.loadRecurring());
      this.failed(error, () => this.loadRecurring());
    }
  }

  private async loadBase(): Promise<void> {
    const { types, minJobs, person } = this.state;
    const variables: GraphVariables = {
      types: types.length ? types : null,
      minJobs: minJobs > 1 ? minJobs : null,
      person,
      limit: 5000,
    };
    if (types.length === 0) {
      this.base = { nodes: [], edges: [], truncated: false, total: 0 };
      return;
    }
    try {
      this.base = (await this.api.request<GraphResult>(GRAPH, variables as Record<string, unknown>)).graph;
    } catch (error) {
      this.failed(error, async () => {
        await this.loadBase();
        await this.syncGraph();
        await this.applyFocus();
      });
      if (!this.base) this.notice.show(`The graph could not be loaded: ${this.describe(error)}`, [], 'warn');
    }
  }

  private async loadExpansions(): Promise<void> {
    for (const id of [...this.expansions.keys()])
      if (!this.state.expanded.includes(id)) this.expansions.delete(id);
    for (const id of this.state.expanded) {
      if (this.expansions.has(id)) continue;
      try {
        const data = await this.api.request<NeighborhoodResult>(NEIGHBORHOOD, {
          id,
          depth: 1,
          limit: EXPAND_LIMIT,
        });
        this.expansions.set(id, data.neighborhood);
        if (data.neighborhood.truncated) this.noticeTruncated(id, data.neighborhood);
      } catch (error) {
        this.failed(error, async () => {
          await this.loadExpansions();
          await this.syncGraph();
        });
      }
    }
  }

  private loadStories(): Promise<StoriesResult> {
    this.stories ??= this.api.request<StoriesResult>(STORIES).catch((error: unknown) => {
      this.stories = null;
      throw error;
    });
    return this.stories;
  }

  /** Remembers a failed load to redo when the server is back; other errors are shown where they happened. */
  private failed(error: unknown, retry: () => Promise<void>): void {
    if (isAbort(error)) return;
    if (error instanceof ApiError && (error.isOutage || error.code === 'TIMEOUT')) this.retries.add(retry);
    else console.warn(error);
  }

  private async recover(): Promise<void> {
    const pending = [...this.retries];
    this.retries.clear();
    for (const retry of pending) await retry();
    if (this.base && this.view === null) await this.syncGraph();
    if (this.inspectorFailed()) await this.applyFocus();
    this.refreshChrome();
  }

  private describe(error: unknown): string {
    if (error instanceof ApiError) {
      switch (error.code) {
        case 'DATABASE_UNAVAILABLE':
          return 'The database is not answering right now; this will reload when it is back.';
        case 'NETWORK':
          return 'The Skillgraph server cannot be reached; this will reload when it is back.';
        case 'TIMEOUT':
          return 'The query took too long. Try a smaller neighbourhood or fewer node types.';
        case 'QUERY_TOO_COMPLEX':
          return 'That question is too big to answer at once. Narrow it with the filters.';
        default:
          return error.message;
      }
    }
    return error instanceof Error ? error.message : String(error);
  }

  // ---- graph -------------------------------------------------------------------------------------------------

  private composed(): GraphData | null {
    if (!this.base) return null;
    const parts = [this.base, ...this.expansions.values()];
    if (this.focusGraph) parts.push(this.focusGraph);
    if (this.pathGraph) parts.push(this.pathGraph);
    return composeGraph(parts);
  }

  private async syncGraph(): Promise<void> {
    const graph = this.composed();
    if (!graph) return;
    if (!this.view) {
      const renderer = chooseRenderer(graph.nodes.length + graph.edges.length, webglAvailable(true));
      this.view = new GraphView({
        container: this.graphEl,
        renderer,
        styleMode: chooseStyleMode(graph.nodes.length, renderer),
      });
      this.view.on({
        nodeTap: (id, additive) => {
          if (additive) this.pick(id);
          else void this.update({ focus: id, ask: null, path: null });
        },
        nodeDoubleTap: (id) => void this.expand(id),
        backgroundTap: () => {
          if (this.state.focus || this.state.path || this.picks.length) void this.clearFocus();
        },
      });
      this.graphEl.dataset.renderer = renderer;
      this.setLayoutBusy(true, graph.nodes.length);
      try {
        await drawInitial(this.view, graph, this.state.layout, {
          focus: this.state.focus,
          worker: this.worker,
        });
      } catch (error) {
        if (!isAbort(error)) throw error;
      } finally {
        this.setLayoutBusy(false, graph.nodes.length);
      }
    } else {
      this.view.sync(graph);
    }
    this.applyClientFilters();
    this.reapplyHighlight();
    this.filters.setCounts(countByType(graph.nodes));
    this.updateStatus();
    if (graph.nodes.length === 0) {
      this.notice.show(
        'Nothing matches these filters. Turn on more node types or lower “Tools used in at least”.',
        [
          {
            label: 'Reset filters',
            run: () =>
              void this.update(
                { types: decodeState('').types, category: null, person: null, minJobs: 1 },
                'replace',
              ),
          },
        ],
      );
    } else if (this.base?.truncated) {
      this.notice.show(
        `Showing ${this.base.nodes.length} of ${this.base.total} nodes; filter to see the rest.`,
        [],
        'warn',
      );
    }
    if (this.state.view === 'matrix') this.showView();
  }

  private applyClientFilters(): void {
    const categoryId = this.state.category;
    const category = categoryId ? this.view?.cy.getElementById(categoryId) : null;
    const name = category?.nonempty() ? (category.data('label') as string) : null;
    this.view?.setHidden((node) => {
      if (!categoryId) return false;
      if (node.type === 'TOOL') return node.category !== name;
      if (node.type === 'CATEGORY') return node.id !== categoryId;
      return false;
    });
    this.updateStatus();
  }

  private async relayout(): Promise<void> {
    if (!this.view) return;
    this.setLayoutBusy(true, this.view.size);
    try {
      await relayout(this.view, this.state.layout, { focus: this.state.focus, worker: this.worker });
    } catch (error) {
      if (!isAbort(error)) console.warn(error);
    } finally {
      this.setLayoutBusy(false, this.view.size);
    }
  }

  private setLayoutBusy(busy: boolean, nodes: number): void {
    this.graphEl.dataset.layout = busy ? 'running' : 'done';
    if (busy && nodes > 300) this.statusEl.dataset.busy = `Laying out ${nodes.toLocaleString()} nodes…`;
    else delete this.statusEl.dataset.busy;
    this.updateStatus();
  }

  private updateStatus(): void {
    const cy = this.view?.cy;
    if (!cy) return;
    const nodes = cy.nodes(':visible').length;
    const edges = cy.edges(':visible').length;
    const busy = this.statusEl.dataset.busy;
    replace(
      this.statusEl,
      busy ? h('span', { class: 'spinner' }) : null,
      busy ?? `${plural(nodes, 'node')} · ${plural(edges, 'edge')}`,
      this.view?.renderer === 'webgl' ? ' · WebGL' : '',
    );
  }

  private async expand(id: string, all = false): Promise<void> {
    if (all) {
      try {
        const total = this.expansions.get(id)?.total ?? EXPAND_MAX;
        const data = await this.api.request<NeighborhoodResult>(NEIGHBORHOOD, {
          id,
          depth: 1,
          limit: Math.min(total, EXPAND_MAX),
        });
        this.expansions.set(id, data.neighborhood);
        this.notice.clear();
        await this.syncGraph();
      } catch (error) {
        this.notice.show(this.describe(error), [], 'warn');
        this.failed(error, () => this.expand(id, true));
      }
      return;
    }
    if (this.state.expanded.includes(id)) {
      await this.update({ focus: id, ask: null, path: null });
      return;
    }
    await this.update({ expanded: [...this.state.expanded, id], focus: id, ask: null, path: null });
  }

  private noticeTruncated(id: string, graph: GraphData): void {
    const label = graph.nodes.find((n) => n.id === id)?.label ?? id;
    this.notice.show(`Showing ${graph.nodes.length - 1} of ${graph.total - 1} neighbours of ${label}.`, [
      { label: `Show all ${graph.total - 1}`, run: () => void this.expand(id, true) },
    ]);
  }

  // ---- focus, paths, questions -------------------------------------------------------------------------------

  private nodeData(id: string): GraphNodeData | null {
    const el = this.view?.cy.getElementById(id);
    if (el?.nonempty()) return el.data() as GraphNodeData;
    const tool = this.toolsById.get(id);
    if (tool) return { id, type: 'TOOL', label: tool.name, weight: tool.jobCount, category: tool.category };
    return null;
  }

  private focusRef(): FocusRef | null {
    const id = this.state.focus;
    if (!id) return null;
    const data = this.nodeData(id);
    const type = data?.type ?? typeOfId(id);
    return type ? { id, type: type as NodeType, label: data?.label ?? id } : null;
  }

  private async applyFocus(): Promise<void> {
    const seq = ++this.focusSeq;
    const { focus, path, ask } = this.state;
    const hadExtra = this.focusGraph !== null || this.pathGraph !== null;
    this.focusGraph = null;
    this.pathGraph = null;
    if (hadExtra) await this.syncGraph();
    if (path) return this.showPath(path, seq);
    if (focus) return this.showFocus(focus, seq);
    if (ask) return this.showAsk(ask, seq);
    this.view?.clearHighlight();
    this.showInspectorIdle();
    this.search.setText('');
    document.title = 'Skillgraph';
  }

  private reapplyHighlight(): void {
    const view = this.view;
    if (!view) return;
    if (this.state.path && this.pathGraph) {
      view.showPath([...this.pathGraph.nodes.map((n) => n.id), ...this.pathGraph.edges.map((e) => e.id)]);
    } else if (this.state.focus) {
      view.highlight(answerSet(view.cy, this.state.focus), this.state.focus);
    } else {
      view.clearHighlight();
    }
    view.setPicked(this.picks);
  }

  private async showFocus(id: string, seq: number): Promise<void> {
    const type = this.nodeData(id)?.type ?? typeOfId(id);
    const drawn = this.view?.cy.getElementById(id).nonempty() ?? false;
    this.inspector.show({ kind: 'loading', id, title: `Loading ${this.nodeData(id)?.label ?? id}…` });
    try {
      if (!drawn && this.base) {
        const data = await this.api.request<NeighborhoodResult>(NEIGHBORHOOD, {
          id,
          depth: 1,
          limit: EXPAND_LIMIT,
        });
        if (seq !== this.focusSeq) return;
        this.focusGraph = data.neighborhood;
        await this.syncGraph();
      }
      this.highlightFocus(id);
      const label = this.nodeData(id)?.label ?? id;
      document.title = `${label} — Skillgraph`;
      const view = await this.focusDetails(id, type);
      if (seq !== this.focusSeq) return;
      this.inspector.show(view);
      if (view.kind === 'tool' && view.data.tool) this.search.setText(view.data.tool.name);
    } catch (error) {
      if (seq !== this.focusSeq) return;
      this.inspector.show({
        kind: 'error',
        id,
        message: this.describe(error),
        retry: () => void this.applyFocus(),
      });
      this.failed(error, () => this.applyFocus());
    }
    this.refreshChrome();
  }

  private highlightFocus(id: string): void {
    const view = this.view;
    if (!view) return;
    const answer = answerSet(view.cy, id);
    view.highlight(answer, id);
    if (answer.nonempty()) view.fit(answer);
  }

  private async focusDetails(id: string, type: NodeType | null): Promise<InspectorView> {
    const node = this.nodeData(id);
    switch (type) {
      case 'TOOL': {
        const name = this.toolsById.get(id)?.name ?? node?.label ?? id;
        const data = (await this.api.request<WhereUsedResult>(WHERE_USED, { tool: name })).whereUsed;
        return data.tool ? { kind: 'tool', data } : { kind: 'unknown-tool', data };
      }
      case 'JOB': {
        const { job } = await this.api.request<JobResult>(JOB, { id });
        if (!job)
          return {
            kind: 'error',
            id,
            message: `There is no job ${id}. It may have been removed by a reseed.`,
          };
        return { kind: 'job', job };
      }
      case 'CHALLENGE':
      case 'INCIDENT': {
        const stories = await this.loadStories();
        const challenge = stories.challenges.find((c) => c.id === id);
        if (challenge) return { kind: 'challenge', challenge };
        const incident = stories.incidents.find((i) => i.id === id);
        if (incident) return { kind: 'incident', incident };
        return { kind: 'error', id, message: `There is no ${type.toLowerCase()} ${id}.` };
      }
      default: {
        const data = await this.api.request<NeighborhoodResult>(NEIGHBORHOOD, { id, depth: 1, limit: 500 });
        const self = data.neighborhood.nodes.find((n) => n.id === id) ?? node;
        if (!self) return { kind: 'error', id, message: `There is no node ${id}.` };
        return { kind: 'neighbours', node: self, graph: data.neighborhood };
      }
    }
  }

  /** A typed question: a known tool (name or alias) focuses at once; otherwise the server resolves or suggests. */
  private async ask(text: string): Promise<void> {
    const local = matchTools(this.tools, text, 1)[0];
    if (local && local.rank === 0) {
      await this.update({ focus: local.tool.id, ask: null, path: null });
      return;
    }
    try {
      const data = (await this.api.request<WhereUsedResult>(WHERE_USED, { tool: text })).whereUsed;
      if (data.tool) await this.update({ focus: data.tool.id, ask: null, path: null });
      else await this.update({ focus: null, ask: text, path: null });
    } catch (error) {
      this.inspector.show({
        kind: 'error',
        id: null,
        message: this.describe(error),
        retry: () => void this.ask(text),
      });
      this.failed(error, () => this.ask(text));
    }
  }

  private async showAsk(text: string, seq: number): Promise<void> {
    this.view?.clearHighlight();
    this.inspector.show({ kind: 'loading', id: null, title: `Looking up “${text}”…` });
    try {
      const data: WhereUsedData = (await this.api.request<WhereUsedResult>(WHERE_USED, { tool: text }))
        .whereUsed;
      if (seq !== this.focusSeq) return;
      this.search.setText(text);
      if (data.tool) {
        // Queued behind the render running this, not awaited: awaiting would wait for itself.
        void this.update({ focus: data.tool.id, ask: null }, 'replace');
        return;
      }
      this.inspector.show({ kind: 'unknown-tool', data });
    } catch (error) {
      if (seq !== this.focusSeq) return;
      this.showFailure(error);
    }
  }

  /** Shows a failed answer in the inspector, with a retry, and lets the outage banner know. */
  private showFailure(error: unknown): void {
    this.inspector.show({
      kind: 'error',
      id: null,
      message: this.describe(error),
      retry: () => void this.applyFocus(),
    });
    this.failed(error, () => this.applyFocus());
  }

  private pick(id: string): void {
    this.picks = this.picks.includes(id) ? this.picks.filter((p) => p !== id) : [...this.picks, id].slice(-2);
    this.view?.setPicked(this.picks);
    this.refreshChrome();
    if (this.picks.length === 2) this.findPath();
    else {
      const label = this.nodeData(id)?.label ?? id;
      this.notice.show(
        this.picks.length === 1
          ? `Path from ${label}: now Shift+click (or “Path from/to here”) a second node.`
          : 'Path cleared.',
      );
    }
  }

  private findPath(): void {
    const [from, to] = this.picks;
    if (!from || !to) return;
    this.notice.clear();
    void this.update({ path: [from, to], focus: null, ask: null });
  }

  private async showPath([from, to]: [string, string], seq: number): Promise<void> {
    const node = (id: string): GraphNodeData =>
      this.nodeData(id) ?? { id, type: typeOfId(id) ?? 'TOOL', label: id, weight: null, category: null };
    this.inspector.show({ kind: 'loading', id: null, title: 'Finding the shortest path…' });
    try {
      const { shortestPath } = await this.api.request<ShortestPathResult>(SHORTEST_PATH, { from, to });
      if (seq !== this.focusSeq) return;
      this.pathGraph = shortestPath;
      if (shortestPath) await this.syncGraph();
      const view = this.view;
      if (view && shortestPath) {
        const ids = [...shortestPath.nodes.map((n) => n.id), ...shortestPath.edges.map((e) => e.id)];
        view.showPath(ids);
        view.fit(ids.reduce((c, i) => c.union(view.cy.getElementById(i)), view.cy.collection()));
      }
      this.picks = [from, to];
      this.view?.setPicked(this.picks);
      const pathNode = (id: string) => shortestPath?.nodes.find((n) => n.id === id) ?? node(id);
      this.inspector.show({ kind: 'path', from: pathNode(from), to: pathNode(to), graph: shortestPath });
      document.title = 'Shortest path — Skillgraph';
    } catch (error) {
      if (seq !== this.focusSeq) return;
      this.showFailure(error);
    }
    this.refreshChrome();
  }

  private async clearFocus(): Promise<void> {
    this.picks = [];
    this.view?.setPicked([]);
    this.notice.clear();
    await this.update({ focus: null, path: null, ask: null });
    this.refreshChrome();
  }

  // ---- chrome ------------------------------------------------------------------------------------------------

  private inspectorIsIdle(): boolean {
    return byId('inspector').dataset.view === 'welcome';
  }

  private inspectorFailed(): boolean {
    return byId('inspector').dataset.state === 'error';
  }

  private showInspectorIdle(): void {
    if (this.state.focus || this.state.path || this.state.ask) return;
    const firstJob =
      this.base?.nodes
        .filter((n) => n.type === 'JOB')
        .sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }))[0] ?? null;
    this.inspector.show({
      kind: 'welcome',
      stats: this.stats,
      topTool: this.topTool,
      firstJob: firstJob ? { id: firstJob.id, label: firstJob.label } : null,
    });
  }

  private graphiqlLink(): string {
    return graphiqlHref(queryForState(this.state, this.focusRef()));
  }

  private refreshChrome(): void {
    this.toolbar.update({
      view: this.state.view,
      layout: this.state.layout,
      picks: this.picks.length,
      graphiqlHref: this.graphiqlLink(),
    });
    this.recurring.setActive(this.state.focus);
  }

  private showView(): void {
    const matrix = this.state.view === 'matrix';
    this.graphEl.hidden = matrix;
    this.matrixEl.hidden = !matrix;
    byId('graph-controls').hidden = matrix;
    this.statusEl.hidden = matrix;
    if (matrix && this.view) this.matrix.show(this.view.visibleGraph(), this.state.focus);
    if (!matrix && this.view) {
      this.view.cy.resize();
    }
  }

  private exportPng(): void {
    if (!this.view) return;
    download(this.view.png(), 'skillgraph.png');
  }

  private exportJson(): void {
    if (!this.view) return;
    const graph = this.view.visibleGraph();
    const body = JSON.stringify({ exportedFrom: location.href, ...graph }, null, 2);
    download(new Blob([body], { type: 'application/json' }), 'skillgraph-graph.json');
  }

  private bindControls(): void {
    byId('zoom-in').addEventListener('click', () => this.view?.zoomBy(1.3));
    byId('zoom-out').addEventListener('click', () => this.view?.zoomBy(1 / 1.3));
    byId('zoom-fit').addEventListener('click', () => this.view?.fit());
  }

  private bindKeys(): void {
    document.addEventListener('keydown', (event) => {
      const target = event.target as HTMLElement | null;
      const typing =
        target?.closest('input, textarea, select, [contenteditable="true"]') !== null && target !== null;
      if (event.key === '/' && !typing) {
        event.preventDefault();
        this.search.focus();
      } else if (event.key === 'Escape') {
        if (typing) (target as HTMLElement).blur();
        void this.clearFocus();
      } else if (!typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
        if (event.key === 'f') this.view?.fit();
        else if (event.key === '+' || event.key === '=') this.view?.zoomBy(1.3);
        else if (event.key === '-') this.view?.zoomBy(1 / 1.3);
      }
    });
  }
}
