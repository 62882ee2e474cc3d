import type { DocumentPreview, PreviewTool, StoredCorrection } from '../../contract/writes.js';
import { plural } from '../panels/dom.js';
import { dates } from '../panels/inspector/parts.js';

// The preview and the corrections as rows a person reads: what would be loaded, in words, with no DOM. The panel
// (panels/upload*.ts) only lays these rows out, so everything said here is tested without a browser.

/** The formats the server reads; the file name's extension says which (docs/input-formats.md). */
export const ACCEPTED = ['.md', '.markdown', '.txt', '.json'] as const;

export interface ToolRow {
  toolId: string;
  name: string;
  category: string;
  /** "used" or "moved off": what the job did with the tool. */
  stance: string;
  /** The first sentence that names the tool, where the person can check the match. */
  evidence: { text: string; line: number } | null;
}

export interface JobRow {
  key: string;
  title: string;
  company: string;
  dates: string;
  line: number;
  tools: ToolRow[];
}

export interface PersonRows {
  id: string;
  name: string;
  jobs: JobRow[];
  claimed: string[];
  candidates: { term: string; count: number; line: number }[];
  warnings: string[];
}

const STANCES: Record<string, string> = { USED: 'used', MIGRATED_FROM: 'moved off' };

function toolRow(t: PreviewTool): ToolRow {
  return {
    toolId: t.toolId,
    name: t.name,
    category: t.category ?? 'Uncategorised',
    stance: STANCES[t.stance] ?? t.stance.toLowerCase().replace(/_/g, ' '),
    evidence: t.evidence[0] ?? null,
  };
}

/** A preview as rows: each person's jobs (dates in words, tools used before tools moved off), claims, candidates. */
export function previewRows(preview: DocumentPreview): PersonRows[] {
  return preview.people.map((p) => ({
    id: p.id,
    name: p.name,
    jobs: p.jobs.map((j) => ({
      key: `${p.id}:${j.ordinal}`,
      title: j.title ?? 'Untitled job',
      company: j.company ?? 'Unknown company',
      dates: dates(j),
      line: j.line,
      tools: j.tools
        .map(toolRow)
        .sort(
          (a, b) => Number(a.stance !== 'used') - Number(b.stance !== 'used') || a.name.localeCompare(b.name),
        ),
    })),
    claimed: p.claimed.map((c) => c.name),
    candidates: [...p.candidates].sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)),
    warnings: p.warnings,
  }));
}

/** "Lina Okafor: 2 jobs, 6 tools, 2 terms not in the taxonomy" — the line that heads a preview. */
export function previewSummary(rows: PersonRows[]): string {
  if (rows.length === 0) return 'This document names nobody to load.';
  return rows
    .map((p) => {
      const tools = new Set(p.jobs.flatMap((j) => j.tools.map((t) => t.toolId)));
      const parts = [plural(p.jobs.length, 'job'), plural(tools.size, 'tool')];
      if (p.candidates.length) parts.push(`${plural(p.candidates.length, 'term')} not in the taxonomy`);
      return `${p.name}: ${parts.join(', ')}`;
    })
    .join('; ');
}

/** Why a file cannot be sent, before sending it; null when it can. */
export function fileProblem(name: string): string | null {
  const lower = name.toLowerCase();
  if (ACCEPTED.some((ext) => lower.endsWith(ext))) return null;
  return `Skillgraph reads Markdown, text and JSON Resume files (${ACCEPTED.join(', ')}); “${name}” is none of these.`;
}

/** A correction in words, as the Corrections list shows it. `names` gives names by graph id (tools, categories). */
export function describeCorrection(c: StoredCorrection, names: ReadonlyMap<string, string>): string {
  const name = (id: string) => names.get(id) ?? id.replace(/^tool:/, '');
  switch (c.kind) {
    case 'wrong-match':
      return `Not ${name(c.toolId)} in “${c.sentence}”`;
    case 'alias':
      return `“${c.alias}” is a spelling of ${name(c.toolId)}`;
    case 'tool':
      return `New tool ${c.name} (${names.get(`category:${c.category}`) ?? c.category})${c.aliases?.length ? `, also ${c.aliases.join(', ')}` : ''}`;
  }
}

/** Categories for the "Add as tool" choice: the graph's category nodes as the ids the taxonomy uses, by name. */
export function categoryChoices(
  categories: readonly { id: string; name: string }[],
): { value: string; label: string }[] {
  return categories
    .map((c) => ({ value: c.id.replace(/^category:/, ''), label: c.name }))
    .sort((a, b) => a.label.localeCompare(b.label));
}

/** The known tool a typed name means (its name or an alias, any case); null when none does. */
export function resolveTool<T extends { id: string; name: string; aliases?: readonly string[] }>(
  text: string,
  tools: readonly T[],
): T | null {
  const wanted = text.trim().toLowerCase();
  if (!wanted) return null;
  return (
    tools.find((t) => t.name.toLowerCase() === wanted) ??
    tools.find((t) => t.aliases?.some((a) => a.toLowerCase() === wanted)) ??
    null
  );
}
