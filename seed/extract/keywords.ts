import type { ToolMatcher } from '../taxonomy/matcher.js';
import type { Block } from './blocks.js';
import { flat, type Unit, unitOf } from './units.js';

/**
 * LinkedIn's "Skills: CostX · Power BI · Bluebeam Revu" under a role: skills the person lists (as in the profile's
 * Skills section), not what the job is said to have used; a résumé's "Tools: …" line under a job is what it used.
 */
const LISTED_SKILLS = /^\s*Skills:\s+[^.\n]*?\s·\s/;

/** A keyword list's items, each looked up as a name (an ambiguous "Go" alone in a list is the language). */
export function keywordUnits(block: Block, matcher: ToolMatcher): Unit[] {
  const unit = unitOf(flat(block.text), 'Skills', block.line, matcher, false);
  if (LISTED_SKILLS.test(block.text)) return [{ ...unit, mentions: [], stances: [] }];
  const found = new Set(unit.mentions.map((m) => m.toolId));
  for (const item of listItems(block.text)) {
    const id = matcher.lookupExact(item);
    if (id && !found.has(id)) {
      found.add(id);
      const start = unit.text.indexOf(item);
      unit.mentions.push({
        toolId: id,
        text: item,
        start: Math.max(0, start),
        end: Math.max(0, start) + item.length,
      });
      unit.stances.push('used');
    }
  }
  return [unit];
}

/** The items of a keyword list: "Label: a, b · c | d (e, f)" → [a, b, c, d, e, f]. */
export function listItems(text: string): string[] {
  const body = text.replace(/^[^:\n]{1,40}:\s*/, '');
  return body
    .split(/\s*(?:[,;·•|]|\s\/\s|\n|\s+and\s+|\(|\))\s*/)
    .map((s) =>
      s
        .trim()
        .replace(/^[-*]\s*/, '')
        .replace(/[.]$/, ''),
    )
    .filter((s) => s.length > 0 && s.length <= 60);
}
