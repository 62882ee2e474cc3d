import type { NodeType } from '../../contract/graphql.js';
import {
  type GraphNodeData,
  JOB,
  type JobResult,
  NEIGHBORHOOD,
  type NeighborhoodResult,
  SHORTEST_PATH,
  type ShortestPathResult,
  WHERE_USED,
  type WhereUsedResult,
} from '../api/operations.js';
import { answerSet } from '../graph/answer.js';
import { typeOfId } from '../graph/node-type.js';
import { EXPAND_LIMIT } from '../graph/scale.js';
import type { InspectorView } from '../panels/inspector/index.js';
import { matchTools } from '../search/autocomplete.js';
import type { FocusRef } from '../state/graphiql-link.js';
import type { Hub } from './hub.js';

/**
 * Answers: a focused node (a tool's usages with proof, a job in full, a company's jobs), a typed question, and the
 * shortest path between two picked nodes. Each shows in the graph (highlighted, the rest faded) and in the
 * inspector. An answer that arrives after the focus moved on is dropped (`seq`).
 */
export class FocusController {
  private seq = 0;

  constructor(private readonly hub: Hub) {}

  /** A node's data, from the graph or, for a tool not drawn, from the tool list. */
  nodeData(id: string): GraphNodeData | null {
    const { model } = this.hub;
    const el = model.view?.cy.getElementById(id);
    if (el?.nonempty()) return el.data() as GraphNodeData;
    const tool = model.toolsById.get(id);
    if (tool) return { id, type: 'TOOL', label: tool.name, weight: tool.jobCount, category: tool.category };
    return null;
  }

  /** What is focused, for the GraphiQL link. */
  ref(): FocusRef | null {
    const id = this.hub.model.state.focus;
    if (!id) return null;
    const data = this.nodeData(id);
    const type = data?.type ?? typeOfId(id);
    return type ? { id, type: type as NodeType, label: data?.label ?? id } : null;
  }

  /** Shows whatever the state asks for: a path, a focus, a question, or nothing. */
  async apply(): Promise<void> {
    const { model, panels } = this.hub;
    const seq = ++this.seq;
    const { focus, path, ask } = model.state;
    const hadExtra = model.focusGraph !== null || model.pathGraph !== null;
    model.focusGraph = null;
    model.pathGraph = null;
    if (hadExtra) await this.hub.graph.sync();
    if (path) return this.showPath(path, seq);
    if (focus) return this.showFocus(focus, seq);
    if (ask) return this.showAsk(ask, seq);
    // Nothing focused: the whole graph again, fitted, instead of staying zoomed in on the last answer; a job
    // match, if one is on, takes the emphasis back.
    if (!this.hub.match.highlight()) model.view?.clearHighlight();
    model.view?.fit();
    this.hub.chrome.showInspectorIdle();
    panels.search.setText('');
    document.title = 'Skillgraph';
  }

  reapplyHighlight(): void {
    const { model } = this.hub;
    const view = model.view;
    if (!view) return;
    // Before the highlight, so an answer fades the ghosts with the rest of the graph.
    this.hub.match.drawGhosts();
    if (model.state.path && model.pathGraph) {
      view.showPath([...model.pathGraph.nodes.map((n) => n.id), ...model.pathGraph.edges.map((e) => e.id)]);
    } else if (model.state.focus) {
      view.highlight(answerSet(view.cy, model.state.focus), model.state.focus);
    } else if (!this.hub.match.highlight()) {
      view.clearHighlight();
    }
    view.setPicked(model.picks);
  }

  private async showFocus(id: string, seq: number): Promise<void> {
    const { model, panels } = this.hub;
    const type = this.nodeData(id)?.type ?? typeOfId(id);
    const drawn = model.view?.cy.getElementById(id).nonempty() ?? false;
    panels.inspector.show({ kind: 'loading', id, title: `Loading ${this.nodeData(id)?.label ?? id}…` });
    try {
      if (!drawn && model.base) {
        const data = await this.hub.api.request<NeighborhoodResult>(NEIGHBORHOOD, {
          id,
          depth: 1,
          limit: EXPAND_LIMIT,
        });
        if (seq !== this.seq) return;
        model.focusGraph = data.neighborhood;
        await this.hub.graph.sync();
      }
      this.highlight(id);
      const label = this.nodeData(id)?.label ?? id;
      document.title = `${label} — Skillgraph`;
      const view = await this.details(id, type);
      if (seq !== this.seq) return;
      panels.inspector.show(view);
      // The search box names what is focused now, whichever way it was chosen (a click, a link, Back).
      panels.search.setText(view.kind === 'tool' && view.data.tool ? view.data.tool.name : label, true);
    } catch (error) {
      if (seq !== this.seq) return;
      panels.inspector.show({
        kind: 'error',
        id,
        message: this.hub.data.describe(error),
        retry: () => void this.apply(),
      });
      this.hub.data.failed(error, () => this.apply());
    }
    this.hub.chrome.refresh();
  }

  private highlight(id: string): void {
    const view = this.hub.model.view;
    if (!view) return;
    const answer = answerSet(view.cy, id);
    view.highlight(answer, id);
    if (answer.nonempty()) view.fit(answer);
  }

  /** The inspector's view of a focused node, by its type. */
  private async details(id: string, type: NodeType | null): Promise<InspectorView> {
    const { api, model } = this.hub;
    const node = this.nodeData(id);
    switch (type) {
      case 'TOOL': {
        const name = model.toolsById.get(id)?.name ?? node?.label ?? id;
        const data = (await api.request<WhereUsedResult>(WHERE_USED, { tool: name })).whereUsed;
        return data.tool ? { kind: 'tool', data } : { kind: 'unknown-tool', data };
      }
      case 'JOB': {
        const { job } = await api.request<JobResult>(JOB, { id });
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
        const stories = await this.hub.data.loadStories();
        const challenge = stories.challenges.find((c) => c.id === id);
        if (challenge) return { kind: 'challenge', challenge };
        const incident = stories.incidents.find((i) => i.id === id);
        if (incident) return { kind: 'incident', incident };
        return { kind: 'error', id, message: `There is no ${type.toLowerCase()} ${id}.` };
      }
      default: {
        const data = await api.request<NeighborhoodResult>(NEIGHBORHOOD, { id, depth: 1, limit: 500 });
        const self = data.neighborhood.nodes.find((n) => n.id === id) ?? node;
        if (!self) return { kind: 'error', id, message: `There is no node ${id}.` };
        return { kind: 'neighbours', node: self, graph: data.neighborhood };
      }
    }
  }

  /** A typed question: a known tool (name or alias) focuses at once; otherwise the server resolves or suggests. */
  async ask(text: string): Promise<void> {
    const local = matchTools(this.hub.model.tools, text, 1)[0];
    if (local && local.rank === 0) {
      await this.hub.update({ focus: local.tool.id, ask: null, path: null });
      return;
    }
    try {
      const data = (await this.hub.api.request<WhereUsedResult>(WHERE_USED, { tool: text })).whereUsed;
      if (data.tool) await this.hub.update({ focus: data.tool.id, ask: null, path: null });
      else await this.hub.update({ focus: null, ask: text, path: null });
    } catch (error) {
      this.hub.panels.inspector.show({
        kind: 'error',
        id: null,
        message: this.hub.data.describe(error),
        retry: () => void this.ask(text),
      });
      this.hub.data.failed(error, () => this.ask(text));
    }
  }

  private async showAsk(text: string, seq: number): Promise<void> {
    const { model, panels } = this.hub;
    model.view?.clearHighlight();
    model.view?.fit();
    panels.inspector.show({ kind: 'loading', id: null, title: `Looking up “${text}”…` });
    try {
      const data = (await this.hub.api.request<WhereUsedResult>(WHERE_USED, { tool: text })).whereUsed;
      if (seq !== this.seq) return;
      panels.search.setText(text, true);
      if (data.tool) {
        // Queued behind the render running this, not awaited: awaiting would wait for itself.
        void this.hub.update({ focus: data.tool.id, ask: null }, 'replace');
        return;
      }
      panels.inspector.show({ kind: 'unknown-tool', data });
    } catch (error) {
      if (seq !== this.seq) return;
      this.showFailure(error);
    }
  }

  /** Shows a failed answer in the inspector, with a retry, and lets the outage banner know. */
  private showFailure(error: unknown): void {
    this.hub.panels.inspector.show({
      kind: 'error',
      id: null,
      message: this.hub.data.describe(error),
      retry: () => void this.apply(),
    });
    this.hub.data.failed(error, () => this.apply());
  }

  /** Picks a node as one end of a path (Shift+click); the second pick finds the path. */
  pick(id: string): void {
    const { model, panels } = this.hub;
    model.picks = model.picks.includes(id)
      ? model.picks.filter((p) => p !== id)
      : [...model.picks, id].slice(-2);
    model.view?.setPicked(model.picks);
    this.hub.chrome.refresh();
    if (model.picks.length === 2) this.findPath();
    else {
      const label = this.nodeData(id)?.label ?? id;
      panels.notice.show(
        model.picks.length === 1
          ? `Path from ${label}: now Shift+click (or “Path from/to here”) a second node.`
          : 'Path cleared.',
      );
    }
  }

  findPath(): void {
    const [from, to] = this.hub.model.picks;
    if (!from || !to) return;
    this.hub.panels.notice.clear();
    void this.hub.update({ path: [from, to], focus: null, ask: null });
  }

  private async showPath([from, to]: [string, string], seq: number): Promise<void> {
    const { model, panels } = this.hub;
    const node = (id: string): GraphNodeData =>
      this.nodeData(id) ?? { id, type: typeOfId(id) ?? 'TOOL', label: id, weight: null, category: null };
    panels.inspector.show({ kind: 'loading', id: null, title: 'Finding the shortest path…' });
    try {
      const { shortestPath } = await this.hub.api.request<ShortestPathResult>(SHORTEST_PATH, { from, to });
      if (seq !== this.seq) return;
      model.pathGraph = shortestPath;
      if (shortestPath) await this.hub.graph.sync();
      const view = model.view;
      if (view && shortestPath) {
        const ids = [...shortestPath.nodes.map((n) => n.id), ...shortestPath.edges.map((e) => e.id)];
        view.showPath(ids);
        view.fit(ids.reduce((c, i) => c.union(view.cy.getElementById(i)), view.cy.collection()));
      }
      model.picks = [from, to];
      model.view?.setPicked(model.picks);
      const pathNode = (id: string) => shortestPath?.nodes.find((n) => n.id === id) ?? node(id);
      panels.inspector.show({ kind: 'path', from: pathNode(from), to: pathNode(to), graph: shortestPath });
      panels.search.setText('');
      document.title = 'Shortest path — Skillgraph';
    } catch (error) {
      if (seq !== this.seq) return;
      this.showFailure(error);
    }
    this.hub.chrome.refresh();
  }

  /** Clears the focus, the path and the picks (Esc, or a click on the background). */
  async clear(): Promise<void> {
    const { model, panels } = this.hub;
    model.picks = [];
    model.view?.setPicked([]);
    panels.notice.clear();
    await this.hub.update({ focus: null, path: null, ask: null });
    this.hub.chrome.refresh();
  }
}
