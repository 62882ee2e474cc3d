import MarkdownIt from 'markdown-it';

type Token = ReturnType<InstanceType<typeof MarkdownIt>['parse']>[number];

import { isKeyValueBlock, parseFrontMatter, splitFrontMatter } from './front-matter.js';
import { htmlTableRows } from './html-table.js';
import { boldLead, isAllBold, stripInline } from './inline.js';
import { type Node, type ParsedNodes, type TextNode, textNode } from './nodes.js';

// Block structure only: inline Markdown is stripped by stripInline, several times faster than a token tree for it.
const md = new MarkdownIt('commonmark').enable('table');
md.core.ruler.disable(['inline', 'text_join']);

/** Above this size a document is parsed in chunks (see chunkText). */
const CHUNK_THRESHOLD = 128 * 1024;

/**
 * Cuts a large document into chunks where CommonMark itself starts a new block: before a thematic break or an ATX
 * heading that follows a blank line, outside fenced code. Each chunk is parsed on its own, so parsing time stays
 * linear in the document's size (markdown-it slows down on one multi-megabyte token list), and the boundaries are
 * the ones one parse would see.
 */
export function chunkText(text: string, target = 64 * 1024): { text: string; line: number }[] {
  const chunks: { text: string; line: number }[] = [];
  let start = 0;
  let startLine = 0;
  let line = 0;
  let fence: string | undefined;
  let previousBlank = true;
  let pos = 0;
  while (pos < text.length) {
    let end = text.indexOf('\n', pos);
    if (end < 0) end = text.length;
    const content = text.slice(pos, end);
    const fenceMatch = /^ {0,3}(`{3,}|~{3,})/.exec(content);
    if (fenceMatch?.[1]) {
      const mark = fenceMatch[1][0];
      if (!fence) fence = mark;
      else if (mark === fence) fence = undefined;
    }
    const boundary =
      !fence &&
      previousBlank &&
      (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(content) || /^ {0,3}#{1,6}\s/.test(content));
    if (boundary && pos - start >= target) {
      chunks.push({ text: text.slice(start, pos), line: startLine });
      start = pos;
      startLine = line;
    }
    previousBlank = content.trim() === '';
    pos = end + 1;
    line += 1;
  }
  chunks.push({ text: text.slice(start), line: startLine });
  return chunks;
}

/** The index of the token that closes the one opened at `open` (same level, `close` type). */
function closeOf(tokens: Token[], open: number, close: string): number {
  const level = (tokens[open] as Token).level;
  for (let i = open + 1; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.type === close && t.level === level) return i;
  }
  return tokens.length - 1;
}

/**
 * Parses Markdown into nodes: headings, breaks, front matter and text (paragraphs, list items with their bold or
 * question leads, table rows), each with its source line.
 */
export function parseMarkdown(text: string, file: string): ParsedNodes {
  const { data: frontMatter, body } = splitFrontMatter(text, file);
  const parts = body.length > CHUNK_THRESHOLD ? chunkText(body) : [{ text: body, line: 0 }];
  const nodes: Node[] = [];
  for (const part of parts) walk(md.parse(part.text, {}), part.line, file, nodes);
  return { frontMatter, nodes };
}

function walk(tokens: Token[], lineOffset: number, file: string, nodes: Node[]): void {
  const lineOf = (t: Token | undefined) => (t?.map ? t.map[0] + 1 + lineOffset : lineOffset + 1);
  /** Open lists, innermost last: whether each is numbered. */
  const lists: boolean[] = [];
  /** For each open item: paragraphs seen so far, and whether a list is nested in it. */
  const items: { paragraphs: number; nested: boolean }[] = [];
  let quote = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    switch (t.type) {
      case 'heading_open': {
        const inline = tokens[i + 1] as Token;
        const raw = inline.content;
        const line = lineOf(t);
        if (t.tag === 'h2' && t.markup === '-' && isKeyValueBlock(raw)) {
          nodes.push({ type: 'front-matter', data: parseFrontMatter(raw, file, line), line });
        } else {
          nodes.push({
            type: 'heading',
            depth: Number(t.tag.slice(1)),
            text: stripInline(raw).text.trim(),
            line,
          });
        }
        i = closeOf(tokens, i, 'heading_close');
        break;
      }
      case 'hr':
        nodes.push({ type: 'break', line: lineOf(t) });
        break;
      case 'bullet_list_open':
      case 'ordered_list_open':
        lists.push(t.type === 'ordered_list_open');
        if (items.length) (items[items.length - 1] as { nested: boolean }).nested = true;
        break;
      case 'bullet_list_close':
      case 'ordered_list_close':
        lists.pop();
        break;
      case 'list_item_open': {
        const close = closeOf(tokens, i, 'list_item_close');
        let nested = false;
        for (let j = i + 1; j < close && !nested; j++) {
          const inner = tokens[j] as Token;
          nested =
            inner.level === t.level + 1 &&
            (inner.type === 'bullet_list_open' || inner.type === 'ordered_list_open');
        }
        items.push({ paragraphs: 0, nested });
        break;
      }
      case 'list_item_close':
        items.pop();
        break;
      case 'blockquote_open':
        quote += 1;
        break;
      case 'blockquote_close':
        quote -= 1;
        break;
      case 'paragraph_open': {
        const inline = tokens[i + 1] as Token;
        const item = items[items.length - 1];
        const role: TextNode['role'] = item ? (item.paragraphs === 0 ? 'item' : 'more') : 'paragraph';
        if (item) item.paragraphs += 1;
        nodes.push(
          paragraphNode(inline.content, lineOf(t), role, {
            depth: Math.max(0, lists.length - 1),
            ordered: lists[lists.length - 1] ?? false,
            nested: role === 'item' ? (item?.nested ?? false) : false,
            quote: quote > 0,
          }),
        );
        i = closeOf(tokens, i, 'paragraph_close');
        break;
      }
      case 'tr_open': {
        const close = closeOf(tokens, i, 'tr_close');
        const cells: string[] = [];
        let header = false;
        for (let j = i + 1; j < close; j++) {
          const cell = tokens[j] as Token;
          if (cell.type === 'th_open') header = true;
          if (cell.type === 'inline') cells.push(stripInline(cell.content).text.trim());
        }
        nodes.push(textNode('row', cells.join(' | '), lineOf(t), { cells, bold: header }));
        i = close;
        break;
      }
      case 'html_block':
        for (const row of htmlTableRows(t.content))
          nodes.push(
            textNode('row', row.cells.join(' | '), lineOf(t) + row.line, {
              cells: row.cells,
              bold: row.header,
            }),
          );
        break;
      default:
        break;
    }
  }
}

function paragraphNode(
  raw: string,
  line: number,
  role: TextNode['role'],
  extra: Pick<TextNode, 'depth' | 'ordered' | 'nested' | 'quote'>,
): TextNode {
  const { text, code } = stripInline(raw);
  const lead = boldLead(raw);
  return textNode(role, text.trim(), line, {
    ...extra,
    code,
    bold: isAllBold(raw),
    ...(lead
      ? { strong: { title: lead.title, body: lead.body, bodyLine: line + lead.bodyOffsetLines } }
      : {}),
  });
}
