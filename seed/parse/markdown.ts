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

/** Above this size a document is parsed in chunks (see chunkText). */
const CHUNK_THRESHOLD = 256 * 1024;

/**
 * Cuts a large document into chunks at its thematic breaks, so that each chunk is parsed on its own. micromark's
 * time grows faster than linearly on long documents made of many lists (1 MB of narratives took 10 s, 2 MB 42 s),
 * while each narrative alone parses in milliseconds. A cut is made only where CommonMark itself would see a thematic
 * break between blocks: a line of three or more -, * or _ after a blank line, outside fenced code. The break line
 * starts the next chunk, so the parser still sees it and the narrative boundaries are the same as in one parse.
 */
export function chunkText(text: string, target = 16 * 1024): { text: string; line: number }[] {
  const lines = text.split('\n');
  const chunks: { text: string; line: number }[] = [];
  let start = 0;
  let size = 0;
  let fence: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceMatch?.[1]) {
      if (!fence) fence = fenceMatch[1][0];
      else if (fenceMatch[1][0] === fence) fence = undefined;
    }
    const isBreak =
      !fence &&
      /^ {0,3}([-*_])(?:\s*\1){2,}\s*$/.test(line) &&
      i > 0 &&
      (lines[i - 1] as string).trim() === '';
    if (isBreak && size >= target) {
      chunks.push({ text: lines.slice(start, i).join('\n'), line: start });
      start = i;
      size = 0;
    }
    size += line.length + 1;
  }
  chunks.push({ text: lines.slice(start).join('\n'), line: start });
  return chunks;
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
  const parts = text.length > CHUNK_THRESHOLD ? chunkText(text) : [{ text, line: 0 }];
  // One tree at a time: holding the trees of a 20 MB document at once spent a third of the time in GC.
  const first = processor.parse(parts[0]?.text ?? '') as Root;
  let frontMatter: Record<string, unknown> = {};
  // Headings separate narratives only in a document with neither breaks nor "Project Narratives" headings; a
  // document cut into chunks was cut at breaks, so it has them.
  let splitDepth = 0;
  if (parts.length === 1) {
    const children = first.children;
    const hasNarrativeHeadings = children.some(
      (c) => c.type === 'heading' && NARRATIVE_HEADING.test(inlineText(c.children).trim()),
    );
    const hasBreaks = children.some((c) => c.type === 'thematicBreak');
    const headingDepths = children
      .filter((c): c is Heading => c.type === 'heading')
      .filter((h) => !SUMMARY_HEADING.test(inlineText(h.children).trim()))
      .map((h) => h.depth);
    // The shallowest level with more than one heading: a lone "# Career notes" above them is the document's title.
    const repeated = [...new Set(headingDepths)]
      .sort()
      .find((d) => headingDepths.filter((x) => x === d).length > 1);
    if (!hasNarrativeHeadings && !hasBreaks && repeated) splitDepth = repeated;
  }

  // Node positions are relative to their chunk; this is the number of lines before the chunk being walked.
  let lineOffset = 0;
  const lineOf = (node: { position?: { start: { line: number } } } | undefined, fallback: number): number => {
    const line = node?.position?.start.line;
    return line === undefined ? fallback : line + lineOffset;
  };

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

  /**
   * What a list item leads with: a bold title or question ("**Cause**: ...", "**Why were you brought there?**"), or
   * the same written without bold — a first line ending in "?" or a short "Title: text" — which people write too.
   */
  const leadOf = (p: Paragraph): { title: string; body: string; bodyLine: number } | undefined => {
    const line = lineOf(p, state.narrative.line);
    if (p.children[0]?.type === 'strong') {
      const after = p.children.slice(1);
      // Its first non-blank node after the ":" that separates title and text gives the text's source line.
      const bodyStart = after.find((n) => inlineText([n]).replace(/[:\s]/g, '') !== '');
      return {
        title: inlineText(p.children[0].children).trim().replace(/:$/, '').trim(),
        body: inlineText(after)
          .replace(/^\s*:?\s*/, '')
          .trim(),
        bodyLine: lineOf(bodyStart, line),
      };
    }
    const text = inlineText(p.children);
    const newline = text.indexOf('\n');
    const firstLine = (newline < 0 ? text : text.slice(0, newline)).trim();
    if (firstLine.endsWith('?') && firstLine.length <= 200) {
      return {
        title: firstLine,
        body: newline < 0 ? '' : text.slice(newline + 1).trim(),
        bodyLine: line + 1,
      };
    }
    const titled = /^([^:\n.;!?]{2,80}):(?:\s+|$)([\s\S]*)$/.exec(text);
    if (titled?.[1] && titled[1].trim().split(/\s+/).length <= 12) {
      return { title: titled[1].trim(), body: (titled[2] ?? '').trim(), bodyLine: line };
    }
    return undefined;
  };

  const walkList = (list: List, depth: number) => {
    for (const item of list.children) walkItem(item, depth, list.ordered === true);
  };

  const walkItem = (item: ListItem, depth: number, ordered: boolean) => {
    const [first, ...rest] = item.children;
    const nested = rest.filter((c): c is List => c.type === 'list');
    const others = rest.filter((c) => c.type !== 'list');
    const lead = first?.type === 'paragraph' ? leadOf(first) : undefined;
    if (first?.type === 'paragraph' && lead) {
      const { title, body, bodyLine } = lead;
      const part = classifyPart(title);
      if (body === '' && part && (nested.length > 0 || ordered)) {
        state.part = part;
        state.question = undefined;
      } else if (title.endsWith('?')) {
        state.question = title;
        add({ kind: 'answer', text: body, line: bodyLine });
      } else {
        add({ kind: 'titled', title, text: body, line: body ? bodyLine : lineOf(first, 0) });
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
  for (const [i, part] of parts.entries()) {
    const tree = i === 0 ? first : (processor.parse(part.text) as Root);
    lineOffset = part.line;
    for (const node of tree.children) visit(node);
  }
  finish(0);
  return { frontMatter, narratives };
}
