import type { Span } from './nodes.js';

export interface InlineText {
  /** The text without inline Markdown; line breaks are kept, so offsets still map to source lines. */
  text: string;
  /** Where code spans were, in `text`. */
  code: Span[];
}

const PUNCTUATION = /[!-/:-@[-`{-~]/;
const isSpace = (c: string | undefined) => c === undefined || c === ' ' || c === '\n' || c === '\t';
const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/**
 * Plain text of a paragraph's inline Markdown, in one pass: emphasis markers, links, images, autolinks, HTML tags
 * and escapes go; code spans keep their content (and are remembered). markdown-it's own inline parser is switched
 * off for this: the seeder needs the words, not a tree, and this is several times faster.
 */
export function stripInline(raw: string): InlineText {
  let out = '';
  const code: [number, number][] = [];
  const n = raw.length;
  let i = 0;
  while (i < n) {
    const c = raw[i] as string;
    if (c === '\\' && i + 1 < n) {
      const next = raw[i + 1] as string;
      if (next === '\n') {
        out += '\n';
        i += 2;
        continue;
      }
      if (PUNCTUATION.test(next)) {
        out += next;
        i += 2;
        continue;
      }
    }
    if (c === '`') {
      let run = 1;
      while (raw[i + run] === '`') run++;
      const fence = '`'.repeat(run);
      const close = raw.indexOf(fence, i + run);
      if (close > 0) {
        const content = raw.slice(i + run, close).replace(/^ (.*) $/s, '$1');
        code.push([out.length, out.length + content.length]);
        out += content;
        i = close + run;
        continue;
      }
      out += fence;
      i += run;
      continue;
    }
    if ((c === '*' || c === '_' || c === '~') && raw[i + 1] === c) {
      let run = 2;
      while (raw[i + run] === c) run++;
      i += run;
      continue;
    }
    if (c === '*' || c === '_') {
      const before = raw[i - 1];
      const after = raw[i + 1];
      // `_` inside a word is a character (snake_case); `*` or `_` flanking a word is emphasis.
      const opens = !isSpace(after) && (isSpace(before) || (!isWordChar(before) && c === '*') || i === 0);
      const closes = !isSpace(before) && (isSpace(after) || !isWordChar(after));
      if ((opens || closes) && !(c === '_' && isWordChar(before) && isWordChar(after))) {
        i += 1;
        continue;
      }
    }
    if (c === '!' && raw[i + 1] === '[') {
      const link = readLink(raw, i + 1);
      if (link) {
        out += link.text;
        i = link.end;
        continue;
      }
    }
    if (c === '[') {
      const link = readLink(raw, i);
      if (link) {
        // The link text may hold emphasis itself.
        out += stripInline(link.text).text;
        i = link.end;
        continue;
      }
    }
    if (c === '<') {
      const close = raw.indexOf('>', i + 1);
      const inner = close > 0 ? raw.slice(i + 1, close) : '';
      if (close > 0 && /^(?:https?:\/\/|mailto:)[^\s<>]*$/i.test(inner)) {
        out += inner.replace(/^mailto:/i, '');
        i = close + 1;
        continue;
      }
      if (close > 0 && /^\/?[A-Za-z][\w-]*(?:\s[^<>]*)?\/?$/.test(inner)) {
        if (/^br\b/i.test(inner)) out += '\n';
        i = close + 1;
        continue;
      }
    }
    if (c === ' ' && raw[i + 1] === ' ') {
      // Trailing spaces before a line break (a hard break) are not text.
      let j = i;
      while (raw[j] === ' ') j++;
      if (raw[j] === '\n' || j >= n) {
        i = j;
        continue;
      }
    }
    out += c;
    i += 1;
  }
  return { text: out, code };
}

/** A `[text](destination)` or `[text][ref]` link starting at `start` (the `[`), if there is one. */
function readLink(raw: string, start: number): { text: string; end: number } | undefined {
  let depth = 0;
  let i = start;
  for (; i < raw.length; i++) {
    const c = raw[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (c === '[') depth++;
    else if (c === ']') {
      depth--;
      if (depth === 0) break;
    } else if (c === '\n' && raw[i + 1] === '\n') return undefined;
  }
  if (depth !== 0) return undefined;
  const text = raw.slice(start + 1, i);
  const next = raw[i + 1];
  if (next === '(') {
    const close = raw.indexOf(')', i + 2);
    if (close < 0) return undefined;
    return { text, end: close + 1 };
  }
  if (next === '[') {
    const close = raw.indexOf(']', i + 2);
    if (close < 0) return undefined;
    return { text, end: close + 1 };
  }
  return undefined;
}

/** True when the whole raw text is one bold span ("**Senior Engineer**"). */
export function isAllBold(raw: string): boolean {
  const t = raw.trim();
  const m = /^(\*\*|__)([\s\S]+)\1$/.exec(t);
  return Boolean(m?.[2] && !m[2].includes(m[1] as string));
}

/**
 * A bold lead at the start of a paragraph ("**Cause**: text", "**Why were you brought there?**\nI was hired…"):
 * the title, the text after it, and the line (relative to the paragraph's first line) where that text starts.
 */
export function boldLead(raw: string): { title: string; body: string; bodyOffsetLines: number } | undefined {
  const m = /^(\*\*|__)(.+?)\1/s.exec(raw);
  if (!m?.[2]) return undefined;
  const title = stripInline(m[2]).text.trim().replace(/:$/, '').trim();
  if (!title) return undefined;
  const rest = raw.slice(m[0].length);
  const lead = /^[\s:]*/.exec(rest)?.[0] ?? '';
  const bodyOffsetLines = (m[0].match(/\n/g)?.length ?? 0) + (lead.match(/\n/g)?.length ?? 0);
  return { title, body: stripInline(rest.slice(lead.length)).text.trim(), bodyOffsetLines };
}
