import type { GraphQLClient } from '../api/client.js';
import type { FacetsResult, GraphData, StatsData, ToolSummary } from '../api/operations.js';
import type { GraphView } from '../graph/view.js';
import type { ForceLayoutWorker } from '../layouts/force-client.js';
import type { MatchController } from '../match/controller.js';
import type { StatusBanner } from '../panels/banner.js';
import type { Drawer } from '../panels/drawer.js';
import type { FiltersPanel } from '../panels/filters.js';
import type { Inspector } from '../panels/inspector/index.js';
import type { MatrixView } from '../panels/matrix-view.js';
import type { Notice } from '../panels/notice.js';
import type { RecurrenceView } from '../panels/recurrence-view.js';
import type { RecurringPanel } from '../panels/recurring.js';
import type { SearchBox } from '../panels/search.js';
import type { TimelineView } from '../panels/timeline-view.js';
import type { Toolbar } from '../panels/toolbar.js';
import type { ExplorerState } from '../state/url.js';
import type { Chrome } from './chrome.js';
import type { DataLoader } from './data.js';
import type { Exports } from './exports.js';
import type { FocusController } from './focus.js';
import type { GraphSync } from './graph-sync.js';

/** What the explorer knows right now, shared by its parts. */
export interface Model {
  /** What the URL says: focus, filters, view, layout, path, expansions. */
  state: ExplorerState;
  view: GraphView | null;
  /** The graph the filters ask for, before expansions and answers are added to it. */
  base: GraphData | null;
  /** Neighbourhoods added by double-clicks, by the node they were expanded from. */
  expansions: Map<string, GraphData>;
  /** The neighbourhood of a focused node that the base graph does not show. */
  focusGraph: GraphData | null;
  pathGraph: GraphData | null;
  /** Nodes picked (Shift+click) for a shortest path. */
  picks: string[];
  tools: ToolSummary[];
  toolsById: Map<string, ToolSummary>;
  stats: StatsData | null;
  topTool: string | null;
  /** Every category with its id and name (from the facets), for the category filter. */
  categories: FacetsResult['categories'];
}

export interface Panels {
  search: SearchBox;
  inspector: Inspector;
  recurring: RecurringPanel;
  filters: FiltersPanel;
  toolbar: Toolbar;
  matrix: MatrixView;
  recurrence: RecurrenceView;
  timeline: TimelineView;
  drawer: Drawer;
  banner: StatusBanner;
  notice: Notice;
  graphEl: HTMLElement;
  statusEl: HTMLElement;
}

/**
 * The explorer as its parts see each other: the shared model and panels, the server, and its six parts — data
 * loading and retry, graph sync, focus and answers, the chrome (views, layouts, keys), the exports and the job match
 * (kept in localStorage, not the URL: a posting is too long for a link). `update` is the one way to change the state:
 * it is queued, mirrored in the URL, and rendered.
 */
export interface Hub {
  model: Model;
  panels: Panels;
  api: GraphQLClient;
  worker: ForceLayoutWorker;
  data: DataLoader;
  graph: GraphSync;
  focus: FocusController;
  chrome: Chrome;
  exports: Exports;
  match: MatchController;
  update(change: Partial<ExplorerState>, mode?: 'push' | 'replace'): Promise<void>;
}

export const isAbort = (error: unknown) => error instanceof Error && error.name === 'AbortError';
