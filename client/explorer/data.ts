import { ApiError } from '../api/client.js';
import {
  FACETS,
  type FacetsResult,
  GRAPH,
  type GraphResult,
  type GraphVariables,
  NEIGHBORHOOD,
  type NeighborhoodResult,
  RECURRENCE,
  RECURRING_TOOLS,
  type RecurrenceResult,
  type RecurringToolsResult,
  STATS,
  STORIES,
  type StatsResult,
  type StoriesResult,
  TIMELINE,
  type TimelineResult,
  TOOLS,
  type ToolsResult,
} from '../api/operations.js';
import { EXPAND_LIMIT } from '../graph/scale.js';
import { type Hub, isAbort } from './hub.js';

/**
 * Loads what the explorer shows from /graphql, and remembers what failed because the server or its database was
 * down, to load it again when the health monitor says they are back.
 */
export class DataLoader {
  private stories: Promise<StoriesResult> | null = null;
  private recurrence: Promise<RecurrenceResult> | null = null;
  private timeline: { person: string | null; result: Promise<TimelineResult> } | null = null;
  private readonly retries = new Set<() => Promise<void>>();
  private timeoutRetries = 0;
  private lastTimeout = 0;
  private recoverTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(private readonly hub: Hub) {}

  /** Everything the first screen needs, at once. */
  async loadAll(): Promise<void> {
    await Promise.all([
      this.loadTools(),
      this.loadFacets(),
      this.loadRecurring(),
      this.loadStats(),
      this.loadBase(),
    ]);
  }

  async loadTools(): Promise<void> {
    const { model, panels } = this.hub;
    try {
      const data = await this.hub.api.request<ToolsResult>(TOOLS);
      model.tools = data.tools;
      model.toolsById = new Map(data.tools.map((t) => [t.id, t]));
      panels.search.setTools(data.tools);
      // The facets may have arrived first, when the slider could not know how far it goes.
      panels.filters.setMaxJobs(Math.max(2, ...data.tools.map((t) => t.jobCount)));
    } catch (error) {
      this.failed(error, () => this.loadTools());
    }
  }

  async loadFacets(): Promise<void> {
    try {
      const facets = await this.hub.api.request<FacetsResult>(FACETS);
      this.hub.model.categories = facets.categories;
      const maxJobs = Math.max(2, ...this.hub.model.tools.map((t) => t.jobCount));
      this.hub.panels.filters.setFacets(facets, maxJobs);
      if (this.hub.model.state.category) this.hub.graph.applyClientFilters();
    } catch (error) {
      this.failed(error, () => this.loadFacets());
    }
  }

  async loadStats(): Promise<void> {
    try {
      this.hub.model.stats = (await this.hub.api.request<StatsResult>(STATS)).stats;
      if (this.hub.chrome.inspectorIsIdle()) this.hub.chrome.showInspectorIdle();
    } catch (error) {
      this.failed(error, () => this.loadStats());
    }
  }

  async loadRecurring(): Promise<void> {
    const { model, panels } = this.hub;
    try {
      const data = await this.hub.api.request<RecurringToolsResult>(RECURRING_TOOLS, {
        minJobs: 2,
        first: 50,
      });
      model.topTool = data.recurringTools[0]?.tool.name ?? null;
      panels.recurring.show(data.recurringTools);
      panels.recurring.setActive(model.state.focus);
      if (this.hub.chrome.inspectorIsIdle()) this.hub.chrome.showInspectorIdle();
    } catch (error) {
      panels.recurring.showError(this.describe(error), () => void this.loadRecurring());
      this.failed(error, () => this.loadRecurring());
    }
  }

  /** The graph the type, job-count and person filters ask for. */
  async loadBase(): Promise<void> {
    const { model } = this.hub;
    const { types, minJobs, person } = model.state;
    const variables: GraphVariables = {
      types: types.length ? types : null,
      minJobs: minJobs > 1 ? minJobs : null,
      person,
      limit: 5000,
    };
    if (types.length === 0) {
      model.base = { nodes: [], edges: [], truncated: false, total: 0 };
      return;
    }
    try {
      model.base = (await this.hub.api.request<GraphResult>(GRAPH, variables)).graph;
    } catch (error) {
      this.failed(error, async () => {
        await this.loadBase();
        await this.hub.graph.sync();
        await this.hub.focus.apply();
      });
      if (!model.base) {
        this.hub.chrome.setLoading(false);
        this.hub.panels.notice.show(`The graph could not be loaded: ${this.describe(error)}`, [], 'warn');
      }
    }
  }

  /** The Recurrence view's chart; its data is loaded the first time the view is shown. */
  async showRecurrence(): Promise<void> {
    const panel = this.hub.panels.recurrence;
    if (!this.recurrence) panel.showLoading();
    this.recurrence ??= this.hub.api.request<RecurrenceResult>(RECURRENCE, { minJobs: 2, first: 50 });
    try {
      const data = await this.recurrence;
      panel.show(data.recurringTools, this.hub.model.state.focus);
    } catch (error) {
      this.recurrence = null;
      panel.showError(this.describe(error), () => void this.showRecurrence());
      this.failed(error, () => this.showRecurrence());
    }
  }

  /** The Timeline view, for the person the filter names (everyone by default). */
  async showTimeline(): Promise<void> {
    const panel = this.hub.panels.timeline;
    const person = this.hub.model.state.person;
    if (this.timeline?.person !== person) {
      panel.showLoading();
      this.timeline = { person, result: this.hub.api.request<TimelineResult>(TIMELINE, { person }) };
    }
    try {
      const data = await this.timeline.result;
      panel.show(data.jobs, this.hub.model.state.focus);
    } catch (error) {
      this.timeline = null;
      panel.showError(this.describe(error), () => void this.showTimeline());
      this.failed(error, () => this.showTimeline());
    }
  }

  /** The neighbourhoods the URL lists as expanded, fetching only those not loaded yet. */
  async loadExpansions(): Promise<void> {
    const { model } = this.hub;
    for (const id of [...model.expansions.keys()])
      if (!model.state.expanded.includes(id)) model.expansions.delete(id);
    for (const id of model.state.expanded) {
      if (model.expansions.has(id)) continue;
      try {
        const data = await this.hub.api.request<NeighborhoodResult>(NEIGHBORHOOD, {
          id,
          depth: 1,
          limit: EXPAND_LIMIT,
        });
        model.expansions.set(id, data.neighborhood);
        if (data.neighborhood.truncated) this.hub.graph.noticeTruncated(id, data.neighborhood);
      } catch (error) {
        this.failed(error, async () => {
          await this.loadExpansions();
          await this.hub.graph.sync();
        });
      }
    }
  }

  /** Challenges and incidents have no by-id query: all of them, loaded once (a few dozen). */
  loadStories(): Promise<StoriesResult> {
    this.stories ??= this.hub.api.request<StoriesResult>(STORIES).catch((error: unknown) => {
      this.stories = null;
      throw error;
    });
    return this.stories;
  }

  /** Remembers a failed load to redo when the server is back; other errors are shown where they happened. */
  failed(error: unknown, retry: () => Promise<void>): void {
    if (isAbort(error)) return;
    if (error instanceof ApiError && (error.isOutage || error.code === 'TIMEOUT')) {
      this.retries.add(retry);
      if (error.code === 'TIMEOUT') this.recoverLater();
    } else console.warn(error);
  }

  /**
   * A timeout is not an outage: /health stays "ok", so nothing would ever redo the load, and a page whose first graph
   * query timed out on a cold server (a fresh JVM, plans not yet cached) stayed empty. The same query usually answers
   * in time moments later, so it is redone on its own: after 1, 2 and 4 s, then only by hand (the answer's Retry).
   */
  private recoverLater(): void {
    const now = Date.now();
    if (now - this.lastTimeout > 60_000) this.timeoutRetries = 0;
    this.lastTimeout = now;
    if (this.recoverTimer !== undefined || this.timeoutRetries >= 3) return;
    const delay = 1_000 * 2 ** this.timeoutRetries++;
    this.recoverTimer = setTimeout(() => {
      this.recoverTimer = undefined;
      void this.recover();
    }, delay);
  }

  /**
   * Reads everything again after the data changed under the page (a document loaded from it): the first screen's
   * loads, the views' cached answers dropped, then the graph, the answer and the view on show brought up to date.
   */
  async reload(): Promise<void> {
    this.stories = null;
    this.recurrence = null;
    this.timeline = null;
    this.hub.model.expansions.clear();
    await Promise.all([this.loadAll(), this.loadExpansions()]);
    await this.hub.graph.sync();
    await this.hub.focus.apply();
    if (this.hub.model.state.view !== 'graph') this.hub.chrome.showView();
    this.hub.chrome.refresh();
  }

  /** Redoes what failed during an outage, then brings the graph and the inspector back. */
  async recover(): Promise<void> {
    const pending = [...this.retries];
    this.retries.clear();
    for (const retry of pending) await retry();
    if (this.hub.model.base && this.hub.model.view === null) await this.hub.graph.sync();
    if (this.hub.chrome.inspectorFailed()) await this.hub.focus.apply();
    this.hub.chrome.refresh();
  }

  /** A failure in words a person can act on. */
  describe(error: unknown): string {
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
}
