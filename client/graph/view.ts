import cytoscape, { type Collection, type Core, type EventObject, type NodeSingular } from 'cytoscape';
import type { NodeType } from '../../contract/graphql.js';
import type { GraphData, GraphEdgeData, GraphNodeData } from '../api/operations.js';
import { placeNewNodes } from '../layouts/place.js';
import type { Positions } from '../layouts/types.js';
import { type StyleMode, stylesheet } from '../styles/stylesheet.js';
import { edgeElement, nodeElement } from './elements.js';
import { declutterLabels } from './labels.js';
import { ANIMATE_MAX_NODES, LARGE_STYLE_NODES, WEBGL_MIN_ELEMENTS } from './scale.js';

export type RendererName = 'canvas' | 'webgl';

/**
 * Whether this browser can give Cytoscape's WebGL renderer a WebGL 2 context. With `hardwareOnly`, a software
 * implementation (SwiftShader, llvmpipe) does not count: on the 2-core benchmark machine it drew the 5,000-node
 * graph at about one frame per second, far slower than the canvas renderer.
 */
export function webglAvailable(hardwareOnly = false): boolean {
  try {
    const gl = document.createElement('canvas').getContext('webgl2');
    if (!gl) return false;
    if (!hardwareOnly) return true;
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : '';
    return !/swiftshader|llvmpipe|software/i.test(name);
  } catch {
    return false;
  }
}

/** Canvas for graphs a person reads; WebGL (where available) once the element count makes canvas drawing slow. */
export function chooseRenderer(elementCount: number, hasWebgl: boolean): RendererName {
  return hasWebgl && elementCount >= WEBGL_MIN_ELEMENTS ? 'webgl' : 'canvas';
}

export function chooseStyleMode(nodeCount: number, renderer: RendererName): StyleMode {
  return renderer === 'webgl' || nodeCount >= LARGE_STYLE_NODES ? 'large' : 'detailed';
}

export interface GraphViewOptions {
  container: HTMLElement;
  renderer: RendererName;
  styleMode: StyleMode;
}

export interface GraphViewEvents {
  /** A node was clicked; `additive` when Shift, Ctrl or Cmd was held (to pick a path's ends). */
  nodeTap?(id: string, additive: boolean): void;
  nodeDoubleTap?(id: string): void;
  backgroundTap?(): void;
}

const FIT_PADDING = 48;

/** How many nodes of a large graph keep their labels. */
const LARGE_LABELS = 150;

/** Below this zoom, minor nodes are drawn without labels (see isMinor). */
export const MINOR_LABEL_ZOOM = 0.95;

/**
 * The smallest a label is drawn on screen, in pixels: zoomed out further, labels keep this size (and fewer of them
 * fit, see graph/labels.ts) instead of shrinking into noise.
 */
export const MIN_LABEL_PX = 11;

/** How long the zoom must rest before labels are resized and sorted out again. */
const LABEL_SETTLE_MS = 120;

/**
 * One Cytoscape instance and what the explorer does with it: keep it in step with a GraphData, remember every
 * node's position (so a node that leaves and returns comes back where it was), highlight answers and paths, export.
 * It knows nothing about the API or the panels.
 */
export class GraphView {
  readonly cy: Core;
  readonly renderer: RendererName;
  readonly styleMode: StyleMode;
  private readonly known = new Map<string, { x: number; y: number }>();
  private events: GraphViewEvents = {};
  private quiet: boolean | null = null;
  private taps: [string | null, string | null] = [null, null];
  /** The zoom the label sizes were last computed for. */
  private labelZoom = 1;
  private labelTimer: ReturnType<typeof setTimeout> | undefined;
  /** True while the viewport shows the whole graph as the last fit() left it (no answer fitted, no user zoom or pan). */
  private fitsAll = false;
  private resizes: ResizeObserver | undefined;

  constructor(options: GraphViewOptions) {
    this.renderer = options.renderer;
    this.styleMode = options.styleMode;
    const large = options.styleMode === 'large';
    const labelScale = (node: NodeSingular) =>
      Math.max(1, MIN_LABEL_PX / (((node.data('fontSize') as number) || MIN_LABEL_PX) * this.labelZoom));
    this.cy = cytoscape({
      container: options.container,
      style: stylesheet(options.styleMode, large ? undefined : labelScale),
      // Selection is the explorer's own (focus and path ends), not Cytoscape's.
      autounselectify: true,
      boxSelectionEnabled: false,
      minZoom: 0.02,
      maxZoom: 4,
      // On big graphs, panning moves a cached bitmap of the graph instead of redrawing every element each frame.
      textureOnViewport: large,
      hideEdgesOnViewport: false,
      motionBlur: false,
      pixelRatio: large ? 1 : 'auto',
      renderer: options.renderer === 'webgl' ? { name: 'canvas', webgl: true } : { name: 'canvas' },
    } as cytoscape.CytoscapeOptions);
    this.bindInteractions();
    this.followContainerSize(options.container);
  }

  on(events: GraphViewEvents): void {
    this.events = events;
  }

  get size(): number {
    return this.cy.nodes().length;
  }

  get animates(): boolean {
    return this.size <= ANIMATE_MAX_NODES && this.styleMode === 'detailed';
  }

  /**
   * Makes the drawn graph equal to `graph`. Nodes that stay keep their place; a returning node gets its remembered
   * position, a new one the position in `positions` or, failing that, a free place beside its neighbours.
   * Returns the ids of the nodes added.
   */
  sync(graph: GraphData, positions: Positions = {}): string[] {
    const cy = this.cy;
    const wanted = new Set(graph.nodes.map((n) => n.id));
    const wantedEdges = new Set(graph.edges.map((e) => e.id));
    this.rememberPositions();
    const added: string[] = [];
    cy.batch(() => {
      cy.elements()
        .filter((el) => (el.isNode() ? !wanted.has(el.id()) : !wantedEdges.has(el.id())))
        .remove();
      const fresh = graph.nodes.filter((n) => cy.getElementById(n.id).empty());
      const unplaced = fresh.filter((n) => !positions[n.id] && !this.known.has(n.id)).map((n) => n.id);
      const placed: Positions = {};
      cy.nodes().forEach((n) => {
        placed[n.id()] = n.position();
      });
      for (const n of fresh) {
        const p = positions[n.id] ?? this.known.get(n.id);
        if (p) placed[n.id] = p;
      }
      const extra = unplaced.length ? placeNewNodes(unplaced, graph.edges, placed) : {};
      cy.add(
        fresh.map((n) => ({
          ...nodeElement(n),
          position: { ...(positions[n.id] ?? this.known.get(n.id) ?? extra[n.id] ?? { x: 0, y: 0 }) },
        })),
      );
      const edges = graph.edges.filter(
        (e) => cy.getElementById(e.id).empty() && wanted.has(e.source) && wanted.has(e.target),
      );
      cy.add(edges.map(edgeElement));
      added.push(...fresh.map((n) => n.id));
      if (this.styleMode === 'large') this.markHubs();
    });
    this.quiet = null;
    this.updateLabelDetail();
    this.declutter();
    return added;
  }

  /** Moves nodes to new positions, animated on small graphs; resolves when they are there. */
  async applyPositions(
    positions: Positions,
    options: { fit?: boolean; animate?: boolean } = {},
  ): Promise<void> {
    const animate = options.animate ?? this.animates;
    const nodes = this.cy.nodes();
    const layout = nodes.layout({
      name: 'preset',
      positions: (node: NodeSingular) => positions[node.id()] ?? node.position(),
      animate,
      animationDuration: 450,
      animationEasing: 'ease-in-out-cubic',
      fit: options.fit ?? false,
      padding: FIT_PADDING,
    } as cytoscape.LayoutOptions);
    const done = layout.promiseOn('layoutstop');
    layout.run();
    await done;
    this.rememberPositions();
    this.declutter();
  }

  /**
   * Fits the viewport to some elements (all visible nodes by default). The box leaves labels out: measuring
   * thousands of labels took 1.6 s on the 5,000-node benchmark, and the padding leaves room for them anyway.
   */
  fit(elements?: Collection, animate = this.animates): void {
    const cy = this.cy;
    const target = elements?.nonempty() ? elements : this.shownNodes();
    if (target.empty()) return;
    this.fitsAll = !elements?.nonempty();
    const box = target.boundingBox({ includeLabels: false, includeOverlays: false });
    const width = cy.width() - 2 * FIT_PADDING;
    const height = cy.height() - 2 * FIT_PADDING;
    if (width <= 0 || height <= 0) return;
    const zoom = Math.min(
      cy.maxZoom(),
      Math.max(cy.minZoom(), Math.min(width / Math.max(box.w, 1), height / Math.max(box.h, 1)), 0),
      // A lone node or a short path should not fill the screen (labels are sized for zooms near 1).
      1.25,
    );
    const pan = {
      x: cy.width() / 2 - zoom * (box.x1 + box.w / 2),
      y: cy.height() / 2 - zoom * (box.y1 + box.h / 2),
    };
    // Clear the queue too: a fit asked for while another runs replaces it rather than waiting behind it.
    cy.stop(true);
    if (animate) cy.animate({ zoom, pan, duration: 350, easing: 'ease-in-out-cubic' });
    else {
      cy.viewport({ zoom, pan });
      this.refreshLabels();
    }
  }

  /**
   * Resizes labels for the current zoom and decides again which fit. Only zooms where some label would be drawn
   * below MIN_LABEL_PX change their size; above that, labels scale with the graph and nothing needs restyling.
   */
  refreshLabels(): void {
    clearTimeout(this.labelTimer);
    const zoom = this.cy.zoom();
    const previous = this.labelZoom;
    this.labelZoom = zoom;
    if (this.styleMode === 'detailed' && zoom !== previous) {
      const smallest = this.cy.nodes().min((n) => (n.data('fontSize') as number) ?? MIN_LABEL_PX).value;
      if (Math.min(zoom, previous) < MIN_LABEL_PX / smallest) this.cy.style().update();
    }
    this.updateLabelDetail();
    this.declutter();
  }

  zoomBy(factor: number): void {
    this.fitsAll = false;
    const cy = this.cy;
    const level = Math.min(cy.maxZoom(), Math.max(cy.minZoom(), cy.zoom() * factor));
    cy.zoom({ level, renderedPosition: { x: cy.width() / 2, y: cy.height() / 2 } });
  }

  /** Fades everything but `answer`; `focus` gets the accent ring. */
  highlight(answer: Collection, focus: string | null): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('highlighted focus path').addClass('faded');
      answer.removeClass('faded').addClass('highlighted');
      if (focus) this.cy.getElementById(focus).removeClass('faded').addClass('focus');
    });
    this.declutter();
  }

  /** Emphasises a path (nodes and edges, in order) and fades the rest. */
  showPath(ids: readonly string[]): void {
    this.cy.batch(() => {
      this.cy.elements().removeClass('highlighted focus path').addClass('faded');
      for (const id of ids) this.cy.getElementById(id).removeClass('faded').addClass('path');
    });
    this.declutter();
  }

  clearHighlight(): void {
    this.cy.batch(() => this.cy.elements().removeClass('highlighted focus path faded'));
    this.declutter();
  }

  /** Marks the nodes picked as a path's ends. */
  setPicked(ids: readonly string[]): void {
    this.cy.batch(() => {
      this.cy.nodes().removeClass('picked');
      for (const id of ids) this.cy.getElementById(id).addClass('picked');
    });
    this.declutter();
  }

  /** Hides nodes the predicate rejects (client-side filters such as one category) and the edges touching them. */
  setHidden(hide: (node: GraphNodeData) => boolean): void {
    this.cy.batch(() => {
      this.cy.nodes().forEach((n) => {
        if (hide(n.data() as GraphNodeData)) n.addClass('filtered');
        else n.removeClass('filtered');
      });
    });
    this.declutter();
  }

  /** Nodes a filter has not hidden. */
  private shownNodes(): Collection {
    // Ghosts (a job match's missing tools) are markers, not part of the graph: not counted, fitted or exported.
    return this.cy.nodes().not('.filtered, .ghost');
  }

  /** Edges whose two ends are both shown. */
  private shownEdges(): Collection {
    const shown = (n: NodeSingular) => !n.hasClass('filtered') && !n.hasClass('ghost');
    return this.cy.edges().filter((e) => shown(e.source()) && shown(e.target()));
  }

  /** How many nodes and edges are on show, counted from the filters rather than from rendered style. */
  shownCounts(): { nodes: number; edges: number; byType: Record<string, number> } {
    const byType: Record<string, number> = {};
    const nodes = this.shownNodes();
    nodes.forEach((n) => {
      const type = n.data('type') as string;
      byType[type] = (byType[type] ?? 0) + 1;
    });
    return { nodes: nodes.length, edges: this.shownEdges().length, byType };
  }

  /** The nodes and edges on show, in the API's Graph shape (what "export JSON" saves). */
  visibleGraph(): Pick<GraphData, 'nodes' | 'edges'> {
    const nodes: GraphNodeData[] = this.shownNodes().map((n) => {
      const d = n.data() as GraphNodeData;
      return { id: d.id, type: d.type as NodeType, label: d.label, weight: d.weight, category: d.category };
    });
    const edges: GraphEdgeData[] = this.shownEdges().map((e) => {
      const d = e.data() as GraphEdgeData;
      return { id: d.id, source: d.source, target: d.target, type: d.type };
    });
    return { nodes, edges };
  }

  /** A PNG of the whole drawn graph at twice the screen resolution, on white. */
  png(): Blob {
    return this.cy.png({
      output: 'blob',
      bg: '#ffffff',
      full: true,
      scale: 2,
      maxWidth: 6000,
      maxHeight: 6000,
    });
  }

  destroy(): void {
    clearTimeout(this.labelTimer);
    this.resizes?.disconnect();
    this.cy.destroy();
  }

  /**
   * Cytoscape only notices window resizes, but the graph's box also changes when the layout stacks, a drawer opens or
   * the answer above it grows, and a fit computed against the old box no longer fits: so the canvas follows its box,
   * and a view that showed the whole graph is fitted again.
   */
  private followContainerSize(container: HTMLElement): void {
    if (typeof ResizeObserver === 'undefined') return;
    let frame = 0;
    let last = { w: container.clientWidth, h: container.clientHeight };
    this.resizes = new ResizeObserver(() => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const now = { w: container.clientWidth, h: container.clientHeight };
        if (now.w === last.w && now.h === last.h) return;
        last = now;
        this.cy.resize();
        if (this.fitsAll && now.w > 0 && now.h > 0) this.fit(undefined, false);
      });
    });
    this.resizes.observe(container);
    // A person zooming or panning owns the view from then on.
    container.addEventListener('wheel', () => (this.fitsAll = false), { passive: true });
    container.addEventListener('pointerdown', () => (this.fitsAll = false), { passive: true });
  }

  private rememberPositions(): void {
    this.cy.nodes().forEach((n) => {
      const p = n.position();
      this.known.set(n.id(), { x: p.x, y: p.y });
    });
  }

  /**
   * On large graphs only the heaviest nodes carry labels (and whatever is highlighted or hovered): laying out
   * thousands of label boxes made every full redraw of the benchmark graph take seconds.
   */
  private markHubs(): void {
    const nodes = this.cy.nodes();
    const ranked = nodes.sort(
      (a, b) => ((b.data('weight') as number) ?? 0) - ((a.data('weight') as number) ?? 0),
    );
    nodes.removeClass('hub');
    ranked.slice(0, LARGE_LABELS).addClass('hub');
  }

  /**
   * Cytoscape's own min-zoomed-font-size rounds the zoom to powers of two (and counts the pixel ratio), too coarse
   * to tell "overview" from "close up"; this toggles a class on minor nodes when the zoom crosses one threshold.
   */
  private updateLabelDetail(): void {
    const quiet = this.cy.zoom() < MINOR_LABEL_ZOOM;
    if (quiet === this.quiet) return;
    this.quiet = quiet;
    const minor = this.cy.nodes('.minor');
    if (quiet) minor.addClass('quiet');
    else minor.removeClass('quiet');
  }

  /**
   * Keeps labels from colliding (graph/labels.ts). Only readable graphs need it: the large style labels a few
   * hubs only, and measuring thousands of labels would cost the big graphs seconds.
   */
  private declutter(): void {
    if (this.styleMode === 'detailed') declutterLabels(this.cy);
  }

  private bindInteractions(): void {
    const cy = this.cy;
    cy.on('zoom', () => {
      clearTimeout(this.labelTimer);
      this.labelTimer = setTimeout(() => this.refreshLabels(), LABEL_SETTLE_MS);
    });
    cy.on('tap', 'node', (event: EventObject) => {
      const e = event.originalEvent as MouseEvent | undefined;
      const additive = Boolean(e && (e.shiftKey || e.ctrlKey || e.metaKey));
      this.taps = [this.taps[1], additive ? null : event.target.id()];
      this.events.nodeTap?.(event.target.id(), additive);
    });
    // Cytoscape reports two quick taps as a double tap even on two different nodes (Shift+clicking a path's ends
    // fast); only two plain taps on the same node expand it.
    cy.on('dbltap', 'node', (event: EventObject) => {
      const id = event.target.id();
      if (this.taps[0] === id && this.taps[1] === id) this.events.nodeDoubleTap?.(id);
    });
    cy.on('tap', (event: EventObject) => {
      if (event.target === cy) this.events.backgroundTap?.();
    });
    cy.on('mouseover', 'node', (event: EventObject) => {
      const node = event.target as NodeSingular;
      cy.batch(() => {
        node.addClass('hover');
        node.closedNeighborhood().addClass('neighbour');
      });
      const container = cy.container();
      if (container) container.style.cursor = 'pointer';
    });
    cy.on('mouseout', 'node', (event: EventObject) => {
      const node = event.target as NodeSingular;
      cy.batch(() => {
        node.removeClass('hover');
        node.closedNeighborhood().removeClass('neighbour');
      });
      const container = cy.container();
      if (container) container.style.cursor = '';
    });
    cy.on('dragfree', 'node', (event: EventObject) => {
      const n = event.target as NodeSingular;
      const p = n.position();
      this.known.set(n.id(), { x: p.x, y: p.y });
    });
  }
}
