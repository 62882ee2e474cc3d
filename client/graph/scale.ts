// Size thresholds, in one place, for what changes as a graph grows. The numbers come from measurements on a
// 2-core machine with cytoscape 3.35: fcose at default quality takes 0.4 s for the 141-node real graph but 13–36 s
// for 1,000 nodes; draft quality takes 0.6 s for 1,000 and 3.4 s for 5,000 (always in a worker, never blocking).

/** Above this many nodes the force layout runs at draft quality (spectral only). */
export const DRAFT_LAYOUT_NODES = 300;

/** Above this many nodes the compact `large` stylesheet is used: haystack edges, no label halos, fewer labels. */
export const LARGE_STYLE_NODES = 1_000;

/** Above this many elements (nodes + edges) the WebGL renderer is used where the browser offers WebGL 2. */
export const WEBGL_MIN_ELEMENTS = 6_000;

/** Up to this many nodes, layout changes animate; beyond, positions jump (animating thousands of nodes stutters). */
export const ANIMATE_MAX_NODES = 400;

/** How many neighbours one expansion adds before it asks the user to "show all". */
export const EXPAND_LIMIT = 60;

/** The most nodes "show all" will fetch for one neighbourhood. */
export const EXPAND_MAX = 5_000;
