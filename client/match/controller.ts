import type { Core } from 'cytoscape';
import { ApiError } from '../api/client.js';
import { MATCH, type MatchData, type MatchResult } from '../api/operations.js';
import { type Hub, isAbort } from '../explorer/hub.js';
import { byId } from '../panels/dom.js';
import { download } from '../panels/download.js';
import { MatchPanel } from '../panels/match-panel.js';
import { clearGhosts, drawGhosts, matchAnswer } from './graph.js';
import { matchErrorText } from './messages.js';
import { packFileName, packJson } from './pack.js';
import { MatchStorage } from './storage.js';

/**
 * "Match a job": runs the posting through the API's `match` field, shows the answer in the panel, marks it on the
 * graph (evidenced tools and their jobs highlighted, missing tools as ghosts) and keeps the posting in localStorage
 * so a reload shows the same match. The focus controller repaints the graph part (`drawGhosts`, `highlight`) after
 * every change to the drawn graph, because a sync drops the ghosts and an answer replaces the highlight.
 */
export class MatchController {
  private readonly panel: MatchPanel;
  private readonly storage: MatchStorage;
  private current: { match: MatchData; posting: string } | null = null;
  private inFlight: AbortController | null = null;
  /** Graphs whose layouts this listens to (one, unless the view is made again). */
  private readonly laidOut = new WeakSet<Core>();

  constructor(private readonly hub: Hub) {
    this.storage = new MatchStorage(safeLocalStorage());
    this.panel = new MatchPanel(byId('match-panel'), byId('toolbar'), {
      run: (text) => void this.run(text, true),
      clear: () => this.clear(),
      download: (kind) => this.download(kind),
      openChanged: (open) => {
        if (open && hub.panels.drawer.isOpen) hub.panels.drawer.close();
        this.storage.setOpen(open);
      },
    });
  }

  /** A posting kept from an earlier visit is matched again, and the panel opened if it was left open. */
  async restore(): Promise<void> {
    const saved = this.storage.load();
    if (!saved) return;
    this.panel.setText(saved.text);
    if (saved.open) this.panel.open(false);
    await this.run(saved.text, false);
  }

  /** Matches a posting; `focus` moves keyboard focus to the answer (a run the user asked for, not a restore). */
  async run(text: string, focus: boolean): Promise<void> {
    this.inFlight?.abort();
    const controller = new AbortController();
    this.inFlight = controller;
    this.panel.showRunning();
    try {
      const person = this.hub.model.state.person;
      const { match } = await this.hub.api.request<MatchResult>(
        MATCH,
        person ? { text, person } : { text },
        controller.signal,
      );
      if (controller.signal.aborted) return;
      this.current = { match, posting: text };
      this.storage.save({ text, open: this.panel.isOpen });
      this.panel.showResult(match, focus);
      await this.paint(focus);
    } catch (error) {
      if (isAbort(error) || controller.signal.aborted) return;
      this.panel.showError(matchErrorText(error, this.hub.data.describe(error)));
      if (error instanceof ApiError && error.isOutage)
        this.hub.data.failed(error, () => this.run(text, false));
    } finally {
      if (this.inFlight === controller) this.inFlight = null;
    }
  }

  /** Forgets the posting here and in the browser, and takes the match off the graph. */
  clear(): void {
    this.inFlight?.abort();
    this.current = null;
    this.storage.clear();
    this.panel.reset();
    this.hub.focus.reapplyHighlight();
  }

  /** Draws the missing requirements as ghosts beside their category, or removes them when no match is on. */
  drawGhosts(): void {
    const view = this.hub.model.view;
    if (!view) return;
    if (!this.laidOut.has(view.cy)) {
      this.laidOut.add(view.cy);
      // A new layout moves the anchors and leaves the ghosts where they were: place them again once it stops.
      view.cy.on('layoutstop', () => {
        if (this.current) this.hub.focus.reapplyHighlight();
      });
    }
    if (this.current) drawGhosts(view.cy, this.current.match);
    else clearGhosts(view.cy);
  }

  /**
   * Highlights the evidenced tools, their jobs and the ghosts, fading the rest; false when no match is on. The
   * focus controller calls it only when nothing else (a focus, a path) holds the graph's emphasis.
   */
  highlight(): boolean {
    const view = this.hub.model.view;
    if (!view || !this.current) return false;
    view.highlight(matchAnswer(view.cy, this.current.match), null);
    return true;
  }

  /** Repaints the graph for the match just shown or cleared, and brings the match into view. */
  private async paint(takeOver: boolean): Promise<void> {
    // A match the user ran takes the graph's emphasis from an earlier answer, as a new search would.
    if (takeOver && !this.idle()) await this.hub.focus.clear();
    this.hub.focus.reapplyHighlight();
    const view = this.hub.model.view;
    // Ghosts of tools with no drawn neighbour go on a ring around the graph, outside a fit of the graph alone.
    if (view && this.current && this.idle())
      view.fit(matchAnswer(view.cy, this.current.match).filter((el) => el.isNode()));
  }

  /** True when no focus, question or path holds the graph's emphasis. */
  private idle(): boolean {
    const { focus, path, ask } = this.hub.model.state;
    return !focus && !path && !ask;
  }

  private download(kind: 'md' | 'json'): void {
    if (!this.current) return;
    const { match, posting } = this.current;
    const name = packFileName(posting, kind);
    if (kind === 'md') download(new Blob([match.markdown], { type: 'text/markdown' }), name);
    else
      download(
        new Blob([JSON.stringify(packJson(match, location.href), null, 2)], { type: 'application/json' }),
        name,
      );
  }
}

/** localStorage, or null where reading it throws (storage disabled for the site). */
function safeLocalStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}
