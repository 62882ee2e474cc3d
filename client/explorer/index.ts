import { GraphQLClient } from '../api/client.js';
import { HealthMonitor } from '../api/health.js';
import { ForceLayoutWorker } from '../layouts/force-client.js';
import { MatchController } from '../match/controller.js';
import { StatusBanner } from '../panels/banner.js';
import { byId } from '../panels/dom.js';
import { Drawer } from '../panels/drawer.js';
import { FiltersPanel } from '../panels/filters.js';
import { Inspector } from '../panels/inspector/index.js';
import { MatrixView } from '../panels/matrix-view.js';
import { Notice } from '../panels/notice.js';
import { RecurrenceView } from '../panels/recurrence-view.js';
import { RecurringPanel } from '../panels/recurring.js';
import { SearchBox } from '../panels/search.js';
import { TimelineView } from '../panels/timeline-view.js';
import { Toolbar } from '../panels/toolbar.js';
import { UploadPanel } from '../panels/upload.js';
import { decodeState, type ExplorerState, encodeState } from '../state/url.js';
import { Chrome } from './chrome.js';
import { DataLoader } from './data.js';
import { Exports } from './exports.js';
import { FocusController } from './focus.js';
import { GraphSync } from './graph-sync.js';
import type { Hub, Model, Panels } from './hub.js';

/** Widths at which the page is one column: search, answer, graph (keep in step with styles/layout.css). */
const STACKED_QUERY = '(max-width: 900px)';

/**
 * The explorer: owns the state that the URL mirrors and keeps the graph and the panels in step with it. Each user
 * action becomes a state change (pushed to history, so Back undoes it); `render` then brings everything up to
 * date, which is also what a reload or Back/Forward does. The work is done by four parts (see hub.ts).
 */
export class Explorer implements Hub {
  readonly model: Model;
  readonly panels: Panels;
  readonly api = new GraphQLClient('graphql');
  readonly worker = new ForceLayoutWorker();
  readonly data: DataLoader = new DataLoader(this);
  readonly graph: GraphSync = new GraphSync(this);
  readonly focus: FocusController = new FocusController(this);
  readonly chrome: Chrome = new Chrome(this);
  /** "Match a job"; made after the toolbar, which it adds its button to. */
  readonly match: MatchController;
  readonly exports: Exports = new Exports(this);
  /** "Add your document": upload, preview, load and correct (the write API, docs/uploads.md). */
  readonly upload: UploadPanel;
  private readonly health = new HealthMonitor();
  private queue: Promise<void> = Promise.resolve();

  constructor() {
    this.model = {
      state: decodeState(location.search),
      view: null,
      base: null,
      expansions: new Map(),
      focusGraph: null,
      pathGraph: null,
      picks: [],
      tools: [],
      toolsById: new Map(),
      stats: null,
      topTool: null,
      categories: [],
    };
    const focus = (id: string) => void this.update({ focus: id, ask: null, path: null });
    const toGraph = (id: string) => void this.update({ focus: id, ask: null, path: null, view: 'graph' });
    const inspector = new Inspector(byId('inspector'), {
      focus,
      askTool: (name) => void this.focus.ask(name),
      expand: (id) => void this.graph.expand(id),
      pickForPath: (id) => this.focus.pick(id),
      graphiqlHref: () => this.chrome.graphiqlLink(),
      copyProof: () => this.exports.copyProof(),
      wrongMatch: (tool, sentence) => this.upload.wrongMatch(tool, sentence),
    });
    this.panels = {
      // A question asked from the search box moves keyboard focus to its answer.
      search: new SearchBox(byId('search-root'), {
        choose: (tool) => {
          inspector.focusNextAnswer();
          void this.update({ focus: tool.id, ask: null, path: null });
        },
        ask: (text) => {
          inspector.focusNextAnswer();
          void this.focus.ask(text);
        },
        reveal: () => inspector.focusStart(),
      }),
      inspector,
      recurring: new RecurringPanel(byId('recurring'), toGraph),
      filters: new FiltersPanel(byId('filters'), (change) => void this.update(change, 'replace')),
      toolbar: new Toolbar(byId('toolbar'), {
        // In one column the views sit below the answer: bring the chosen one into sight.
        view: (view) =>
          void this.update({ view }).then(() => {
            if (window.matchMedia(STACKED_QUERY).matches) byId('stage').scrollIntoView({ block: 'start' });
          }),
        layout: (layout) => void this.update({ layout }),
        findPath: () => this.focus.findPath(),
        exportPng: () => void this.exports.png(),
        exportJson: () => this.exports.json(),
      }),
      matrix: new MatrixView(byId('matrix'), toGraph),
      recurrence: new RecurrenceView(byId('recurrence'), focus),
      timeline: new TimelineView(byId('timeline'), focus),
      drawer: new Drawer(
        byId('sidebar'),
        byId<HTMLButtonElement>('drawer-toggle'),
        byId<HTMLButtonElement>('drawer-close'),
        byId('drawer-backdrop'),
        [byId('topbar'), byId('inspector'), byId('stage'), byId('banner')],
      ),
      banner: new StatusBanner(byId('banner')),
      notice: new Notice(byId('notice')),
      graphEl: byId('graph'),
      statusEl: byId('graph-status'),
    };
    this.match = new MatchController(this);
    this.upload = new UploadPanel(byId<HTMLDialogElement>('upload-panel'), byId('upload-toggle'), {
      loaded: () => this.refreshData(),
      knownTools: () => this.model.tools,
      categories: () => this.model.categories,
    });
  }

  /** Reads the graph again, in turn with the renders, after a document was loaded from the page. */
  refreshData(): Promise<void> {
    return this.enqueue(() => this.data.reload());
  }

  /** Loads everything the first screen needs and draws it; resolves when the page is ready to use. */
  async start(): Promise<void> {
    // The layout worker loads its script while the first queries are in flight: a worker started during a big first
    // render would wait for that render before it could begin the layout.
    void this.worker.warm();
    this.health.onChange((state, previous) => {
      this.panels.banner.show(state, previous);
      if (state === 'ok') void this.data.recover();
    });
    this.api.onOutage((error) =>
      this.health.suspect(error.code === 'NETWORK' ? 'server-down' : 'database-down'),
    );
    this.health.start();
    this.chrome.bindKeys();
    this.chrome.bindControls();
    // A posting kept from the last visit is matched while the graph loads; its highlight waits for the graph.
    void this.match.restore();
    window.addEventListener('popstate', () => void this.restore());
    this.panels.filters.setState(this.model.state);
    this.chrome.setLoading(true);
    this.chrome.showInspectorIdle();
    this.chrome.refresh();

    await this.data.loadAll();
    await this.enqueue(() => this.render(null, this.model.state));
    document.documentElement.dataset.ready = 'true';
  }

  /** The Cytoscape core, for the bench and for tests that click nodes on the canvas. */
  get cy() {
    return this.model.view?.cy ?? null;
  }

  /**
   * Applies a state change. Changes run one after another (a queue), so a render never interleaves with the next
   * one.
   */
  update(change: Partial<ExplorerState>, mode: 'push' | 'replace' = 'push'): Promise<void> {
    return this.enqueue(async () => {
      const previous = this.model.state;
      const next: ExplorerState = { ...previous, ...change };
      const query = encodeState(next);
      if (query === encodeState(previous)) {
        // Same URL: still re-run a focus the user asked for again (it may have failed before).
        if (change.focus !== undefined) await this.focus.apply();
        return;
      }
      this.model.state = next;
      const url = `${location.pathname}${query ? `?${query}` : ''}`;
      if (mode === 'push') history.pushState(null, '', url);
      else history.replaceState(null, '', url);
      await this.render(previous, next);
    });
  }

  private restore(): Promise<void> {
    return this.enqueue(async () => {
      const previous = this.model.state;
      this.model.state = decodeState(location.search);
      await this.render(previous, this.model.state);
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
    this.panels.filters.setState(next);
    if (previous !== null && changed('types', 'minJobs', 'person')) await this.data.loadBase();
    if (changed('expanded')) await this.data.loadExpansions();
    if (previous === null || changed('types', 'minJobs', 'person', 'expanded')) await this.graph.sync();
    if (changed('category')) this.graph.applyClientFilters();
    if (changed('view') || (next.view === 'timeline' && changed('person'))) this.chrome.showView();
    if (previous !== null && changed('layout')) await this.graph.relayout();
    if (changed('focus', 'path', 'ask')) {
      await this.focus.apply();
      if (next.layout === 'around' && previous !== null && next.focus) await this.graph.relayout();
    }
    this.chrome.refresh();
  }
}
