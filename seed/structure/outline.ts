import type { Node, TextNode } from '../parse/nodes.js';
import { isJobHeaderLine } from './header.js';
import { CONTACT } from './lines.js';

/**
 * Paragraph shapes that head a job without a heading: an outline's item ("- **Kestrel Silicon** — 2017 → present")
 * and a timeline's paragraph that opens with its years ("2016 → 2019 — postdoc in Chile. …").
 */

/** One short line, not a sentence and not a contact line. */
export const outlineLine = (n: TextNode) =>
  !n.text.includes('\n') && n.text.length <= 120 && !/[.!?]$/.test(n.text.trim()) && !CONTACT.test(n.text);

/**
 * A list item that heads a job in an outline: one short line, not a sentence, that is a job's header line itself
 * ("**Kestrel Silicon Ltd.** — Jul 2017 → present") or names an employer whose first sub-item is one ("**Ardent
 * Microsystems, Inc.** — Austin, TX" over "**Design Verification Engineer II** · 08/2013 – 06/2017").
 */
export function outlineHeader(node: TextNode, after: Node | undefined): boolean {
  if (!outlineLine(node)) return false;
  if (isJobHeaderLine(node.text) && (node.bold || node.strong !== undefined || /^\*\*/.test(node.text)))
    return true;
  return (
    after?.type === 'text' &&
    after.role === 'item' &&
    after.depth === node.depth + 1 &&
    after.nested &&
    outlineLine(after) &&
    isJobHeaderLine(after.text)
  );
}

/** "2016 → 2019 — ", "2019 - now: " opening a paragraph: the stretch of a career it tells. */
const TIMELINE_LEAD =
  /^((?:19|20)\d\d\s*(?:→|–|—|-|to)\s*(?:(?:19|20)\d\d|now|present|today))\s*[—–:|-]\s+(?=\S)/i;

/** A paragraph that opens with its years and tells a long story: the years and its first sentence head it. */
export function timelineEntry(node: TextNode): { heading: string; body: TextNode } | undefined {
  if (node.text.length < 200 || !/[.!?]\s/.test(node.text)) return undefined;
  const lead = TIMELINE_LEAD.exec(node.text);
  if (!lead?.[1]) return undefined;
  const rest = node.text.slice(lead[0].length);
  const first = /^[^.!?\n]{3,120}[.!?](?=\s)/.exec(rest)?.[0];
  if (!first) return undefined;
  return { heading: `${first.replace(/[.!?]$/, '')} (${lead[1]})`, body: { ...node, text: rest } };
}
