import type { Heading, List, ListItem, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { parse as parseYaml } from 'yaml';
import { SeedError } from '../errors.js';

/** The top-level parts of a narrative ("1. **Description of the Project**:" and so on). */
export type Part = 'intro' | 'description' | 'contributions' | 'incident' | 'summary';

/** One piece of text of a narrative, with where it sits in the narrative's structure. */
export interface Block {
  /** `answer`: text after a bold question; `bullet`: a plain list item; `titled`: "**Title**: text"; `paragraph`. */
  kind: 'answer' | 'bullet' | 'titled' | 'paragraph';
  part: Part;
  /** The bold question this text answers, when there is one. */
  question?: string;
  title?: string;
  /** Plain text (inline Markdown removed); line breaks kept, so offsets map back to source lines. */
  text: string;
  /** Source line of the first character of `text` (or of the title when the text is empty). */
  line: number;
}

export interface RawNarrative {
  /** Line where the narrative starts. */
  line: number;
  /** A heading naming it, other than the generic "Project Narratives". */
  heading?: string;
  frontMatter: Record<string, unknown>;
  blocks: Block[];
}

export interface ParsedMarkdown {
  frontMatter: Record<string, unknown>;
  narratives: RawNarrative[];
}

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']);

const NARRATIVE_HEADING = /^project narratives?$/i;
const SUMMARY_HEADING = /^(summary|in summary|closing|conclusion)$/i;

/** Plain text of inline Markdown; hard breaks become newlines so line numbers stay right. */
export function inlineText(nodes: readonly PhrasingContent[]): string {
  let out = '';
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
      case 'inlineCode':
        out += node.value;
        break;
      case 'break':
        out += '\n';
        break;
      case 'image':
        out += node.alt ?? '';
        break;
      case 'html':
        break;
      default:
        if ('children' in node) out += inlineText(node.children as PhrasingContent[]);
    }
  }
  return out;
}

function lineOf(node: { position?: { start: { line: number } } } | undefined, fallback: number): number {
  return node?.position?.start.line ?? fallback;
}

/** Which top-level part a bold section title names, if any. */
export function classifyPart(title: string): Part | undefined {
  const t = title.toLowerCase();
  if (/failure|incident|outage|post-?mortem|production (issue|problem)/.test(t)) return 'incident';
  if (/contribution|achievement|accomplishment|concepts|impact|highlights/.test(t)) return 'contributions';
  if (/description|overview|background|about the project|project details|context/.test(t))
    return 'description';
  if (/summary|conclusion/.test(t)) return 'summary';
  return undefined;
}

function parseFrontMatter(value: string, file: string, line: number): Record<string, unknown> {
  try {
    const data = parseYaml(value) as unknown;
    if (data === null || data === undefined) return {};
    if (typeof data !== 'object' || Array.isArray(data)) {
      throw new SeedError(
        'INVALID_FRONT_MATTER',
        'front matter must be a set of `key: value` lines',
        file,
        line,
      );
    }
    return data as Record<string, unknown>;
  } catch (error) {
    if (error instanceof SeedError) throw error;
    const yamlLine = (error as { linePos?: { line: number }[] }).linePos?.[0]?.line ?? 0;
    throw new SeedError(
      'INVALID_FRONT_MATTER',
      `invalid front matter: ${(error as Error).message.split('\n')[0]}`,
      file,
      line + yamlLine,
    );
  }
}

/** A setext heading made of `key: value` lines is a front-matter block after a separator ("---\ncompany: X\n---"). */
function isInlineFrontMatter(heading: Heading, text: string): boolean {
  if (heading.depth !== 2) return false;
  const lines = text.split('\n');
  return lines.length > 0 && lines.every((l) => /^[A-Za-z_][\w -]*:\s*\S/.test(l.trim()));
}

interface WalkState {
  narrative: RawNarrative;
  part: Part;
  question: string | undefined;
  /** The narrative has reached its numbered list, so a loose paragraph after it is the closing summary. */
  seenList: boolean;
}

/**
 * Parses a narratives document with remark (mdast) into narratives and text blocks. Narratives are separated by
 * thematic breaks ("-----") or "Project Narratives" headings; when a document has neither, its top-level headings
 * separate them. Inside a narrative, bold questions, "**Title**: text" bullets and plain bullets are told apart, at
 * whatever indentation they were written.
 */
export function parseMarkdown(text: string, file: string): ParsedMarkdown {
  const tree = processor.parse(text) as Root;
  let frontMatter: Record<string, unknown> = {};
  const children = tree.children;
  const hasNarrativeHeadings = children.some(
    (c) => c.type === 'heading' && NARRATIVE_HEADING.test(inlineText(c.children).trim()),
  );
  const hasBreaks = children.some((c) => c.type === 'thematicBreak');
  const headingDepths = children
    .filter((c): c is Heading => c.type === 'heading')
    .filter((h) => !SUMMARY_HEADING.test(inlineText(h.children).trim()))
    .map((h) => h.depth);
  const splitDepth =
    !hasNarrativeHeadings && !hasBreaks && headingDepths.length > 1 ? Math.min(...headingDepths) : 0;

  const narratives: RawNarrative[] = [];
  const fresh = (line: number): WalkState => ({
    narrative: { line, frontMatter: {}, blocks: [] },
    part: 'intro',
    question: undefined,
    seenList: false,
  });
  let state = fresh(1);
  const finish = (nextLine: number) => {
    const n = state.narrative;
    if (n.blocks.length > 0 || Object.keys(n.frontMatter).length > 0) narratives.push(n);
    state = fresh(nextLine);
  };

  const add = (block: Omit<Block, 'part' | 'question'>) => {
    if (!block.text.trim() && !block.title) return;
    state.narrative.blocks.push({
      ...block,
      part: state.part,
      ...(state.question ? { question: state.question } : {}),
    });
  };

  const paragraphBlock = (p: Paragraph, kind: Block['kind']) => {
    add({ kind, text: inlineText(p.children).trim(), line: lineOf(p, state.narrative.line) });
  };

  const walkList = (list: List, depth: number) => {
    for (const item of list.children) walkItem(item, depth, list.ordered === true);
  };

  const walkItem = (item: ListItem, depth: number, ordered: boolean) => {
    const [first, ...rest] = item.children;
    const nested = rest.filter((c): c is List => c.type === 'list');
    const others = rest.filter((c) => c.type !== 'list');
    if (first?.type === 'paragraph' && first.children[0]?.type === 'strong') {
      const strong = first.children[0];
      const title = inlineText(strong.children).trim().replace(/:$/, '').trim();
      const after = first.children.slice(1);
      // The text after the title, without the ":" that separates them; its first node gives the source line.
      const body = inlineText(after).replace(/^\s*:?\s*/, '');
      const bodyStart = after.find((n) => inlineText([n]).replace(/[:\s]/g, '') !== '');
      const bodyLine = lineOf(bodyStart, lineOf(first, state.narrative.line));
      const part = classifyPart(title);
      if (body.trim() === '' && part && (nested.length > 0 || ordered)) {
        state.part = part;
        state.question = undefined;
      } else if (title.endsWith('?')) {
        state.question = title;
        add({ kind: 'answer', text: body.trim(), line: bodyLine });
      } else {
        add({ kind: 'titled', title, text: body.trim(), line: body.trim() ? bodyLine : lineOf(first, 0) });
      }
    } else if (first?.type === 'paragraph') {
      paragraphBlock(first, 'bullet');
    } else if (first?.type === 'list') {
      walkList(first, depth + 1);
    }
    for (const other of others) {
      if (other.type === 'paragraph') paragraphBlock(other, state.question ? 'answer' : 'paragraph');
    }
    for (const sub of nested) walkList(sub, depth + 1);
  };

  const visit = (node: RootContent) => {
    switch (node.type) {
      case 'yaml': {
        frontMatter = parseFrontMatter(node.value, file, lineOf(node, 1) + 1);
        break;
      }
      case 'thematicBreak':
        finish(lineOf(node, 1) + 1);
        break;
      case 'heading': {
        const title = inlineText(node.children).trim();
        const line = lineOf(node, 1);
        if (isInlineFrontMatter(node, title)) {
          if (state.narrative.blocks.length > 0) finish(line);
          state.narrative.frontMatter = parseFrontMatter(title, file, line);
        } else if (NARRATIVE_HEADING.test(title)) {
          if (state.narrative.blocks.length > 0) finish(line);
          state.narrative.line = line;
        } else if (splitDepth && node.depth === splitDepth) {
          finish(line);
          state.narrative.heading = title;
        } else if (SUMMARY_HEADING.test(title)) {
          state.part = 'summary';
          state.question = undefined;
        } else {
          const part = classifyPart(title);
          if (part) {
            state.part = part;
            state.question = undefined;
          } else if (!state.narrative.heading && state.narrative.blocks.length === 0) {
            state.narrative.heading = title;
          }
        }
        break;
      }
      case 'list':
        state.seenList = true;
        walkList(node, 0);
        break;
      case 'paragraph':
        if (state.seenList && state.part !== 'summary') {
          state.part = 'summary';
          state.question = undefined;
        }
        paragraphBlock(node, 'paragraph');
        break;
      case 'blockquote':
        for (const child of node.children) if (child.type === 'paragraph') paragraphBlock(child, 'paragraph');
        break;
      default:
        break;
    }
  };
  for (const node of children) visit(node);
  finish(0);
  return { frontMatter, narratives };
}
