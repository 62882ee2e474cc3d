import type { MatchData } from '../api/operations.js';
import { exportName } from '../proof/answer-json.js';

/** What the JSON pack holds: the match as the API answers it, and where and when it came from. */
export interface MatchPackJson {
  exportedFrom: string;
  exportedAt: string;
  person: MatchData['person'];
  summary: MatchData['summary'];
  requirements: MatchData['requirements'];
  unrecognised: MatchData['unrecognised'];
}

/**
 * The posting's title for file names: its first level-one heading ("# Senior Data Engineer"), else its first line
 * that is not a heading or a list item, else nothing. Section headings such as "## Requirements" say nothing about
 * which job the pack is for, so they are skipped.
 */
export function postingTitle(posting: string): string {
  const lines = posting.split(/\r?\n/).map((l) => l.trim());
  const h1 = lines.find((l) => /^#\s+\S/.test(l));
  if (h1) return h1.replace(/^#\s+/, '');
  return lines.find((l) => l !== '' && !/^(#|[-*+]\s|\d+[.)]\s)/.test(l)) ?? '';
}

/**
 * "skillgraph-match-senior-data-engineer-2026-11-30.md": the job and the day, so packs for several applications
 * can sit side by side in a downloads folder.
 */
export function packFileName(posting: string, extension: 'md' | 'json', at: Date = new Date()): string {
  const title = postingTitle(posting).slice(0, 40);
  return exportName(`match ${title} ${at.toISOString().slice(0, 10)}`, extension);
}

/** The evidence pack as JSON; the Markdown pack is the server's own (`match.markdown`), the same as the CLI's. */
export function packJson(match: MatchData, link: string, at: Date = new Date()): MatchPackJson {
  return {
    exportedFrom: link,
    exportedAt: at.toISOString(),
    person: match.person,
    summary: match.summary,
    requirements: match.requirements,
    unrecognised: match.unrecognised,
  };
}
