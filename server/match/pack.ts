import type { Evidence, Match, MatchJob, MatchStatus, Requirement } from '../../contract/graphql.js';

const STATUS_WORDS: Record<MatchStatus, string> = {
  EVIDENCED: 'evidenced',
  CLAIMED_ONLY: 'claimed only',
  ADJACENT: 'adjacent',
  MENTIONED: 'mentioned',
  MISSING: 'missing',
};

/** Markdown's own characters in quoted text, escaped so a sentence cannot turn into a heading or a link. */
const md = (text: string) =>
  text
    .replace(/([\\`*_[\]<>#|])/g, '\\$1')
    .replace(/\s+/g, ' ')
    .trim();

const dates = (j: MatchJob) =>
  j.startDate || j.endDate ? ` (${j.startDate ?? '?'} – ${j.endDate ?? '?'})` : '';

const cite = (e: Evidence) =>
  `  - "${md(e.text)}" — ${md(e.section)}${e.source ? `, ${md(e.source)}:${e.line}` : `, line ${e.line}`}`;

function requirementLines(r: Requirement): string[] {
  const lines = [`### ${md(r.tool.name)} — ${STATUS_WORDS[r.status]}`, ''];
  lines.push(`> ${md(r.sentence)} *(posting, line ${r.line}; ${md(r.because)})*`, '');
  lines.push(md(r.explanation));
  if (r.years !== null && r.firstUsed)
    lines.push(`Used from ${r.firstUsed} to ${r.lastUsed ?? '?'}, about ${r.years} years.`);
  lines.push('');
  for (const u of r.usages) {
    lines.push(
      `- **${md(u.job.label)}**${dates(u.job)}${u.stance === 'MIGRATED_FROM' ? ', before moving off it' : ''}`,
    );
    lines.push(...u.evidence.map(cite));
  }
  for (const c of r.claims) lines.push(cite(c).replace(/^ {2}/, ''));
  for (const a of r.adjacent) {
    lines.push(
      `- Instead: **${md(a.tool.name)}** at ${a.jobs.map((j) => md(j.company ?? j.label)).join(', ')} (${md(a.reason)})`,
    );
  }
  for (const m of r.mentions) {
    lines.push(`- ${m.stance.toLowerCase()} at **${md(m.job.label)}**`);
    lines.push(...m.evidence.map(cite));
  }
  lines.push('');
  return lines;
}

/**
 * The evidence pack: every requirement with its status and the best sentences that back it, grouped by priority,
 * for working on an application or preparing an interview.
 */
export function evidencePack(match: Omit<Match, 'markdown'>): string {
  const who = match.person ? ` for ${md(match.person.name)}` : '';
  const lines = [`# Evidence pack${who}`, '', md(match.summary.text), ''];
  const must = match.requirements.filter((r) => r.priority === 'MUST');
  const nice = match.requirements.filter((r) => r.priority === 'NICE');
  if (must.length) lines.push('## Must-haves', '', ...must.flatMap(requirementLines));
  if (nice.length) lines.push('## Nice-to-haves', '', ...nice.flatMap(requirementLines));
  if (match.unrecognised.length) {
    lines.push('## Not recognised', '');
    for (const u of match.unrecognised) {
      const hint = u.suggestions.length ? ` — did you mean ${u.suggestions.map(md).join(', ')}?` : '';
      lines.push(`- ${md(u.term)} (line ${u.line})${hint}`);
    }
    lines.push('');
  }
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
