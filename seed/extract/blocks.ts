import type { Node, Span, TextNode } from '../parse/nodes.js';
import { isQuestionHeading } from '../structure/vocabulary.js';

/** A question or heading whose answer tells plans: "What's next?", "## 4. Goals for next year", "Looking ahead". */
export const FUTURE_QUESTION =
  /^\W*(?:\d+[.)]\s*)?(?:(?:(?:my|our)\s+)?(?:goals?|objectives?|plans?|priorities|focus)\s+for\s+(?:next\s+year|the\s+(?:coming|next)\s+(?:year|quarter)|the\s+year\s+ahead)\b|next\s+year\b|looking\s+ahead\b|next\s+steps\b|what(?:['’]s| is| comes)\s+next|what(?:['’]s| is| are)\s+(?:your|the)\s+(?:plans?|roadmap)|(?:any\s+)?plans?\s+for\s+the\s+future|where\s+(?:are\s+you|do\s+you\s+go)\s+(?:going\s+)?(?:from\s+here|next))\b/i;

/** The top-level parts of a narrative ("1. **Description of the Project**:" and so on). */
export type Part = 'intro' | 'description' | 'contributions' | 'incident' | 'summary';

/** One piece of a job's text, with where it sits in the job's structure. */
export interface Block {
  /** `answer`: text after a question; `bullet`: a plain list item; `titled`: "**Title**: text"; `paragraph`. */
  kind: 'answer' | 'bullet' | 'titled' | 'paragraph';
  part: Part;
  /** The question this text answers, when there is one. */
  question?: string;
  title?: string;
  /** Plain text; line breaks kept, so offsets map back to source lines. */
  text: string;
  /** Source line of the first character of `text` (or of the title when the text is empty). */
  line: number;
  code: Span[];
  /** A keyword list ("Skills: Puppet · Prometheus"), read item by item. */
  keywords?: boolean;
}

/** "Skills: …", "Tech stack: …", "Tools: …" lines inside a job list tools rather than tell about them. */
const KEYWORD_LINE =
  /^(?:skills?|tech(?:nolog(?:y|ies))?(?: stack)?|tools?(?: used)?|stack|environment|keywords|technologies used|built with)\s*:/i;

const SUMMARY_HEADING = /^(?:summary|in summary|closing|conclusion)$/i;

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

/**
 * What a list item leads with: a bold title or question ("**Cause**: …", "**Why were you brought there?**"), or the
 * same written without bold — a first line ending in "?" or a short "Title: text" — which people write too.
 */
function leadOf(node: TextNode): { title: string; body: string; bodyLine: number } | undefined {
  if (node.strong) return node.strong;
  const text = node.text;
  const newline = text.indexOf('\n');
  const firstLine = (newline < 0 ? text : text.slice(0, newline)).trim();
  if (firstLine.endsWith('?') && firstLine.length <= 200) {
    return {
      title: firstLine,
      body: newline < 0 ? '' : text.slice(newline + 1).trim(),
      bodyLine: node.line + 1,
    };
  }
  const titled = /^([^:\n.;!?]{2,80}):(?:\s+|$)([\s\S]*)$/.exec(text);
  if (titled?.[1] && titled[1].trim().split(/\s+/).length <= 12) {
    return { title: titled[1].trim(), body: (titled[2] ?? '').trim(), bodyLine: node.line };
  }
  return undefined;
}

/** Code spans of `text`, moved to where `text` starts inside the node's text. */
function spansFrom(node: TextNode, text: string): Span[] {
  if (!node.code.length || !text) return [];
  const at = node.text.indexOf(text);
  if (at < 0) return [];
  return node.code
    .filter(([s, e]) => s >= at && e <= at + text.length)
    .map(([s, e]) => [s - at, e - at] as const);
}

/**
 * Walks a job's nodes into blocks: bold questions and their answers, "**Title**: text" items, plain bullets and
 * paragraphs, each in the part of the narrative it belongs to (introduction, description, contributions, the
 * production incident, the closing summary). Résumé jobs, which have none of this structure, come out as bullets
 * and paragraphs of the introduction.
 */
export function jobBlocks(nodes: Node[]): Block[] {
  const blocks: Block[] = [];
  let part: Part = 'intro';
  let question: string | undefined;
  let seenList = false;
  const add = (block: Omit<Block, 'part' | 'question'>) => {
    if (!block.text.trim() && !block.title) return;
    blocks.push({ ...block, part, ...(question ? { question } : {}) });
  };
  for (const node of nodes) {
    if (node.type === 'heading') {
      if (SUMMARY_HEADING.test(node.text)) {
        part = 'summary';
        question = undefined;
      } else {
        const named = classifyPart(node.text);
        if (named) {
          part = named;
          question = undefined;
        } else if (isQuestionHeading(node.text) || FUTURE_QUESTION.test(node.text)) {
          // "## What's next?", "## 4. Goals for next year": the paragraphs under a question heading answer it.
          question = node.text.trim();
        } else if (question !== undefined && FUTURE_QUESTION.test(question)) {
          // The plans end at the next heading.
          question = undefined;
        }
      }
      continue;
    }
    if (node.type !== 'text') continue;
    if (node.role === 'item') {
      seenList = true;
      const lead = leadOf(node);
      if (lead) {
        const named = classifyPart(lead.title);
        if (lead.body === '' && named && (node.nested || node.ordered)) {
          part = named;
          question = undefined;
        } else if (lead.title.endsWith('?')) {
          question = lead.title;
          add({ kind: 'answer', text: lead.body, line: lead.bodyLine, code: spansFrom(node, lead.body) });
        } else {
          add({
            kind: 'titled',
            title: lead.title,
            text: lead.body,
            line: lead.body ? lead.bodyLine : node.line,
            code: spansFrom(node, lead.body),
          });
        }
      } else add({ kind: 'bullet', text: node.text, line: node.line, code: node.code });
      continue;
    }
    if (node.role === 'more') {
      add({ kind: question ? 'answer' : 'paragraph', text: node.text, line: node.line, code: node.code });
      continue;
    }
    if (node.role === 'row') {
      add({ kind: 'bullet', text: node.text, line: node.line, code: node.code });
      continue;
    }
    // "**Next year (agreed with Dom)**" alone over a list: a heading of plans in bold, until the next bold line.
    const bold =
      node.role === 'paragraph' && !node.text.includes('\n') && node.text.length <= 80 && node.bold;
    if (bold && FUTURE_QUESTION.test(node.text)) {
      question = node.text.trim();
      continue;
    }
    if (bold && question !== undefined && FUTURE_QUESTION.test(question)) question = undefined;
    // "**What's next?**" over its answer, one paragraph: read as a question heading and the paragraph under it.
    const asked = node.role === 'paragraph' && !node.quote ? node.strong : undefined;
    if (asked?.title.endsWith('?') && asked.body) {
      const named = classifyPart(asked.title);
      if (named) part = named;
      question = named ? undefined : asked.title;
      add({
        kind: question ? 'answer' : 'paragraph',
        text: asked.body,
        line: asked.bodyLine,
        code: spansFrom(node, asked.body),
      });
      // The answer is in the paragraph itself; the paragraphs after it answer nothing.
      question = undefined;
      continue;
    }
    const keywords = node.keywords === true || KEYWORD_LINE.test(node.text);
    // A loose paragraph after the numbered list is the narrative's closing summary.
    if (seenList && part !== 'summary' && !node.quote && !keywords) {
      part = 'summary';
      question = undefined;
    }
    add({
      kind: 'paragraph',
      text: node.text,
      line: node.line,
      code: node.code,
      ...(keywords ? { keywords } : {}),
    });
  }
  return blocks;
}
