/**
 * What every input format is parsed into: a flat sequence of nodes in document order, each with its source line.
 * Markdown, plain text and JSON Resume have their own parsers; everything after them (sections, jobs, tools) sees
 * only nodes, so a new input format adds a parser and nothing else.
 */

/** A code span's place in a node's text (`make`, `cron`): tools written in lower case are looked for there. */
export type Span = readonly [start: number, end: number];

export interface HeadingNode {
  type: 'heading';
  depth: number;
  text: string;
  line: number;
}

/** A thematic break (`---`), or in plain text a line of dashes or a page break: a hard boundary between jobs. */
export interface BreakNode {
  type: 'break';
  line: number;
}

/** `key: value` lines after a separator, overriding what is inferred for the next job. */
export interface FrontMatterNode {
  type: 'front-matter';
  data: Record<string, unknown>;
  line: number;
}

/** A paragraph, a list item's text, or a table row (cells joined by " | "), as plain text. */
export interface TextNode {
  type: 'text';
  /** `paragraph`: outside lists; `item`: a list item's first paragraph; `more`: a later paragraph in an item. */
  role: 'paragraph' | 'item' | 'more' | 'row';
  text: string;
  line: number;
  /** List nesting depth, 0 outside lists. */
  depth: number;
  /** An item of a numbered list. */
  ordered: boolean;
  /** An item with a list nested in it. */
  nested: boolean;
  /** The whole text is bold (`**Senior Engineer** …` headers are not; `**Senior Engineer**` alone is). */
  bold: boolean;
  /** A bold lead ("**Cause**: …", "**Why were you hired?**"), with where the text after it starts. */
  strong?: { title: string; body: string; bodyLine: number };
  code: Span[];
  /** The cells of a table row. */
  cells?: string[];
  /** Inside a block quote. */
  quote?: boolean;
  /** A keyword list ("Languages: Go, Java, Python"): each item is looked up as a name, whatever its context. */
  keywords?: boolean;
}

export type Node = HeadingNode | BreakNode | FrontMatterNode | TextNode;

export interface ParsedNodes {
  /** The file's own front matter (`person:`, `company:` …), or {}. */
  frontMatter: Record<string, unknown>;
  nodes: Node[];
}

/** A text node with defaults for the fields most nodes do not use. */
export function textNode(
  role: TextNode['role'],
  text: string,
  line: number,
  extra: Partial<Omit<TextNode, 'type' | 'role' | 'text' | 'line'>> = {},
): TextNode {
  return {
    type: 'text',
    role,
    text,
    line,
    depth: 0,
    ordered: false,
    nested: false,
    bold: false,
    code: [],
    ...extra,
  };
}
