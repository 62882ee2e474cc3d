import type { Evidence } from '../../contract/graphql.js';

/** Sections that list names rather than tell what was done with them. */
const LISTING = /^(?:tools?|skills?|stack|tech(?:nolog(?:y|ies))?|keywords|environment|summary)\b/i;
/** Openings of sentences that say what someone did. */
const ACTION =
  /^(?:i|we|built|build|designed|wrote|led|migrated|moved|introduced|implemented|created|developed|owned|ran|scaled|rewrote|replaced|automated|deployed|shipped|set up|reduced|cut|added|maintained)\b/i;

/** How well a sentence proves a use: a told action beats a list of names, and a measured result beats a vague one. */
export function proofScore(e: Evidence): number {
  let score = 0;
  if (LISTING.test(e.section)) score -= 2;
  const length = e.text.length;
  if (length >= 40 && length <= 320) score += 1;
  if (length < 25) score -= 1;
  if (ACTION.test(e.text.trim())) score += 1;
  if (/\d/.test(e.text)) score += 0.5;
  return score;
}

/** The best `n` sentences, in the order they stand in the document. */
export function bestEvidence(evidence: readonly Evidence[], n = 2): Evidence[] {
  const seen = new Set<string>();
  const unique = evidence.filter((e) => !seen.has(e.text) && seen.add(e.text));
  return unique
    .map((e, order) => ({ e, order, score: proofScore(e) }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .slice(0, n)
    .sort((a, b) => a.e.line - b.e.line)
    .map((s) => s.e);
}
