import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { DocumentPreview, PreviewPerson } from '../../contract/writes.js';
import { extractInParallel, type PersonDocument, SeedError, type Taxonomy } from '../../seed/index.js';

/** A file name safe to write in a folder of its own: no path, no control characters, an extension kept. */
export function safeName(name: string): string {
  const base = basename(name.replace(/\\/g, '/'))
    .replace(/[^\p{L}\p{N}._ -]+/gu, '-')
    .slice(-120)
    .trim();
  return base && !/^\.+$/.test(base) ? base : 'document.md';
}

/**
 * Extracts an uploaded document exactly as `skillgraph seed` would a file: written under its own name (which says
 * its format) to a private temporary folder, read on a worker thread so this server keeps answering, then removed.
 */
export async function extractUpload(
  name: string,
  content: string,
  taxonomy: Taxonomy,
  person?: string,
): Promise<{ file: string; bytes: number; people: PersonDocument[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'skillgraph-upload-'));
  const file = join(dir, safeName(name));
  try {
    writeFileSync(file, content, { mode: 0o600 });
    const { people } = await extractInParallel([file], {
      taxonomy,
      offThread: true,
      threads: 1,
      ...(person ? { person } : {}),
    });
    return { file: basename(file), bytes: Buffer.byteLength(content), people };
  } catch (error) {
    // The temporary folder is ours; the person knows the file by its own name.
    if (error instanceof SeedError && error.file === file)
      throw new SeedError(error.code, error.message, basename(file), error.line);
    throw error;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const EVIDENCE_SHOWN = 2;

/** What the explorer shows before a load: each job with its tools and their first sentences, and the candidates. */
export function previewOf(
  file: string,
  bytes: number,
  people: PersonDocument[],
  taxonomy: Taxonomy,
): DocumentPreview {
  const name = (id: string) => taxonomy.byId.get(id)?.name ?? id;
  const category = (id: string) => {
    const tool = taxonomy.byId.get(id);
    return tool ? (taxonomy.categories.get(tool.category)?.name ?? null) : null;
  };
  const persons: PreviewPerson[] = people.map((p) => ({
    id: p.person.id,
    name: p.person.name,
    jobs: p.jobs.map((job) => ({
      ordinal: job.ordinal,
      company: job.company ?? null,
      title: job.title ?? null,
      startDate: job.startDate ?? null,
      endDate: job.endDate ?? null,
      line: job.line,
      tools: job.tools.map((t) => ({
        toolId: `tool:${t.toolId}`,
        name: name(t.toolId),
        category: category(t.toolId),
        stance: t.stance === 'migrated-from' ? 'MIGRATED_FROM' : 'USED',
        evidence: job.evidence
          .filter((e) => e.toolIds.includes(t.toolId))
          .slice(0, EVIDENCE_SHOWN)
          .map((e) => ({ text: e.text, line: e.line })),
      })),
      mentions: job.otherMentions.map((m) => ({
        toolId: `tool:${m.toolId}`,
        name: name(m.toolId),
        stance: m.stance.toUpperCase(),
      })),
    })),
    claimed: p.claimed.map((c) => ({ toolId: `tool:${c.toolId}`, name: name(c.toolId) })),
    candidates: p.candidates.map((c) => ({ term: c.term, count: c.count, line: c.line })),
    warnings: p.warnings,
  }));
  return { file, bytes, people: persons };
}
