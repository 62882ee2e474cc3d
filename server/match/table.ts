import type { Match, MatchStatus, Requirement } from '../../contract/graphql.js';

const STATUS: Record<MatchStatus, string> = {
  EVIDENCED: 'evidenced',
  CLAIMED_ONLY: 'claimed only',
  ADJACENT: 'adjacent',
  MENTIONED: 'mentioned',
  MISSING: 'missing',
};

const pad = (text: string, width: number) =>
  text.length >= width ? text : text + ' '.repeat(width - text.length);
const clip = (text: string, width: number) => (text.length <= width ? text : `${text.slice(0, width - 1)}…`);

/**
 * A sentence cut to `width` around the first place it names the tool, so the name stays in view: "…streaming jobs
 * on Kafka for the fraud team…".
 */
export function excerpt(text: string, names: readonly string[], width: number): string {
  if (text.length <= width) return text;
  const lower = text.toLowerCase();
  const at = Math.min(
    ...names.map((n) => lower.indexOf(n.toLowerCase())).filter((i) => i >= 0),
    Number.POSITIVE_INFINITY,
  );
  if (!Number.isFinite(at) || at < width - 20) return clip(text, width);
  let start = Math.max(0, Math.min(at - Math.floor(width / 3), text.length - width + 1));
  // Start on a word.
  const space = text.indexOf(' ', start);
  if (space >= 0 && space < at) start = space + 1;
  return `…${clip(text.slice(start), width - 1)}`;
}

/** Where the sentence that best backs a requirement stands, and the sentence. */
function proof(r: Requirement): { where: string; text: string } | undefined {
  const usage = r.usages.find((u) => u.evidence.length);
  if (usage) return { where: usage.job.company ?? usage.job.label, text: usage.evidence[0]?.text ?? '' };
  const claim = r.claims[0];
  if (claim) return { where: claim.section, text: claim.text };
  const mention = r.mentions.find((m) => m.evidence.length);
  if (mention)
    return { where: mention.job.company ?? mention.job.label, text: mention.evidence[0]?.text ?? '' };
  return undefined;
}

/**
 * A match as a terminal table: one row per requirement (priority, status, tool, what the graph shows), with the best
 * sentence under it, then the unrecognised terms and the summary. `width` is the terminal's.
 */
export function matchTable(match: Match, width = 100): string {
  const lines: string[] = [];
  const who = match.person ? `${match.person.name} (${match.person.id})` : 'an empty graph';
  lines.push(`Match against ${who}`, '');
  const nameWidth = Math.min(28, Math.max(8, ...match.requirements.map((r) => r.tool.name.length)));
  for (const r of match.requirements) {
    const head = `${pad(r.priority === 'MUST' ? 'must' : 'nice', 6)}${pad(STATUS[r.status], 14)}${pad(clip(r.tool.name, nameWidth), nameWidth)}`;
    lines.push(`${head}  ${r.explanation}`);
    const p = proof(r);
    // The sentence is cut to the terminal around the tool's name; --markdown prints it whole.
    if (p) {
      const room = Math.max(30, width - 10 - p.where.length);
      lines.push(`      ${p.where}: "${excerpt(p.text, [r.tool.name, ...r.tool.aliases, r.written], room)}"`);
    }
  }
  if (!match.requirements.length) lines.push('The posting names no tool the taxonomy knows.');
  if (match.unrecognised.length) {
    const terms = match.unrecognised.map((u) =>
      u.suggestions.length ? `${u.term} (${u.suggestions[0]}?)` : u.term,
    );
    lines.push('', `Not recognised: ${terms.join(', ')}`);
  }
  lines.push('', match.summary.text);
  return `${lines.join('\n')}\n`;
}
