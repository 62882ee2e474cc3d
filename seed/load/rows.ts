import { companyKey } from '../extract/company.js';
import type { PersonDocument } from '../model.js';
import type { Taxonomy } from '../taxonomy/load.js';

/** The rows each seed statement (cypher/seed/*.cypher) receives, built from the extracted model. */
export interface SeedRows {
  people: string[];
  categories: { id: string; name: string }[];
  tools: {
    id: string;
    key: string;
    name: string;
    aliases: string[];
    category: string;
    categoryId: string;
    vendor: string | null;
    keys: string[];
  }[];
  persons: { id: string; name: string }[];
  companies: { id: string; name: string }[];
  jobs: { id: string; personId: string; companyId: string; props: Record<string, unknown> }[];
  used: { jobId: string; toolId: string; mentions: number; spellings: string[]; evidence: string[] }[];
  evidence: { id: string; ownerId: string; text: string; section: string; line: number; toolIds: string[] }[];
  items: {
    id: string;
    jobId: string;
    labels: string[];
    rel: string;
    props: Record<string, unknown>;
    toolIds: string[];
  }[];
  skills: { personId: string; toolId: string }[];
}

const toolNodeId = (id: string) => `tool:${id}`;
const short = (text: string, n = 90) => (text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text);

/** Drops null and undefined values: Neo4j has no null properties, and `SET n += row` would remove them anyway. */
function defined(props: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([, v]) => v !== null && v !== undefined));
}

/** Builds the seed rows for a set of people: ids are stable domain keys, derived from names and positions. */
export function buildRows(people: PersonDocument[], taxonomy: Taxonomy): SeedRows {
  const rows: SeedRows = {
    people: [],
    categories: [],
    tools: [],
    persons: [],
    companies: [],
    jobs: [],
    used: [],
    evidence: [],
    items: [],
    skills: [],
  };
  const usedTools = new Set<string>();
  const companies = new Map<string, string>();

  for (const doc of people) {
    const personId = doc.person.id;
    const personSlug = personId.replace(/^person:/, '');
    rows.people.push(personId);
    rows.persons.push({ id: personId, name: doc.person.name });

    for (const job of doc.jobs) {
      const jobId = `job:${personSlug}:${job.ordinal}`;
      const companyName = job.company ?? 'Unknown company';
      const companyId = job.company
        ? `company:${companyKey(job.company)}`
        : `company:unknown-${personSlug}-${job.ordinal}`;
      if (!companies.has(companyId)) companies.set(companyId, companyName);
      const label = `${job.title ?? 'Job'} · ${companyName}`;
      rows.jobs.push({
        id: jobId,
        personId,
        companyId,
        props: defined({
          ordinal: job.ordinal,
          personId,
          nodeType: 'JOB',
          weight: job.tools.length,
          label,
          searchText: [job.title, companyName, job.platform].filter(Boolean).join(' '),
          title: job.title,
          platform: job.platform,
          startDate: job.startDate,
          endDate: job.endDate,
          whyHired: job.whyHired,
          startingPoint: job.startingPoint,
          app: job.app,
          endUsers: job.endUsers,
          leadPercent: job.leadPercent,
          codePercent: job.codePercent,
          teamSize: job.teamSize,
          teamRoles: job.team.map((r) => r.role),
          teamCounts: job.team.map((r) => r.count),
          summary: job.summary,
          source: job.file.split('/').pop(),
          line: job.line,
        }),
      });
      // Each Job–Tool edge lists its evidence sentences, so whereUsed reads them by id.
      const evidenceOf = new Map<string, string[]>();
      for (const [k, e] of job.evidence.entries()) {
        const id = `evidence:${personSlug}:${job.ordinal}:${k + 1}`;
        for (const toolId of e.toolIds) {
          usedTools.add(toolId);
          const ids = evidenceOf.get(toolId);
          if (ids) ids.push(id);
          else evidenceOf.set(toolId, [id]);
        }
        rows.evidence.push({
          id,
          ownerId: jobId,
          text: e.text,
          section: e.section,
          line: e.line,
          toolIds: e.toolIds.map(toolNodeId),
        });
      }
      for (const use of job.tools) {
        usedTools.add(use.toolId);
        rows.used.push({
          jobId,
          toolId: toolNodeId(use.toolId),
          mentions: use.mentions,
          spellings: use.spellings,
          evidence: evidenceOf.get(use.toolId) ?? [],
        });
      }
      const item = (
        kind: string,
        label: string,
        rel: string,
        k: number,
        props: Record<string, unknown>,
        toolIds: string[],
      ) => {
        for (const id of toolIds) usedTools.add(id);
        rows.items.push({
          id: `${kind}:${personSlug}:${job.ordinal}:${k + 1}`,
          jobId,
          // Challenges and incidents are drawn by the explorer, so they are entities too.
          labels: label === 'Challenge' || label === 'Incident' ? [label, 'Entity'] : [label],
          rel,
          props: defined(props),
          toolIds: toolIds.map(toolNodeId),
        });
      };
      for (const [k, c] of job.challenges.entries()) {
        item(
          'challenge',
          'Challenge',
          'FACED',
          k,
          {
            title: c.title,
            resolution: c.resolution,
            line: c.line,
            nodeType: 'CHALLENGE',
            weight: c.toolIds.length,
            label: short(c.title),
            searchText: `${c.title} ${c.resolution ?? ''}`,
          },
          c.toolIds,
        );
      }
      for (const [k, i] of job.incidents.entries()) {
        item(
          'incident',
          'Incident',
          'HAD_INCIDENT',
          k,
          {
            failure: i.failure,
            cause: i.cause,
            rectification: i.rectification,
            learning: i.learning,
            line: i.line,
            nodeType: 'INCIDENT',
            weight: i.toolIds.length,
            label: short(i.failure, 70),
            searchText: [i.failure, i.cause, i.rectification, i.learning].filter(Boolean).join(' '),
          },
          i.toolIds,
        );
      }
      for (const [k, f] of job.features.entries()) {
        item(
          'feature',
          'Feature',
          'BUILT',
          k,
          { text: f.text, line: f.line, label: short(f.text) },
          f.toolIds,
        );
      }
      for (const [k, c] of job.contributions.entries()) {
        item(
          'contribution',
          'Contribution',
          'CONTRIBUTED',
          k,
          { title: c.title, text: c.text, line: c.line, label: short(c.title) },
          c.toolIds,
        );
      }
      for (const [k, p] of job.practices.entries()) {
        item(
          'practice',
          'Practice',
          'PRACTICED',
          k,
          { kind: p.kind, text: p.text, line: p.line, label: p.kind },
          p.toolIds,
        );
      }
    }

    for (const [k, skill] of doc.skills.entries()) {
      usedTools.add(skill.toolId);
      rows.skills.push({ personId, toolId: toolNodeId(skill.toolId) });
      for (const [n, e] of skill.evidence.entries()) {
        rows.evidence.push({
          id: `evidence:${personSlug}:skill:${k + 1}:${n + 1}`,
          ownerId: personId,
          text: e.text,
          section: e.section,
          line: e.line,
          toolIds: [toolNodeId(skill.toolId)],
        });
      }
    }
  }

  const categories = new Set<string>();
  for (const id of [...usedTools].sort()) {
    const tool = taxonomy.byId.get(id);
    if (!tool) throw new Error(`tool "${id}" is not in the taxonomy`);
    categories.add(tool.category);
    const spellings = tool.aliases.map((a) => a.text);
    rows.tools.push({
      id: toolNodeId(tool.id),
      key: tool.id,
      name: tool.name,
      aliases: spellings.filter((s) => s !== tool.name),
      category: taxonomy.categories.get(tool.category)?.name ?? tool.category,
      categoryId: `category:${tool.category}`,
      vendor: tool.vendor ?? null,
      keys: [...new Set(spellings.map((s) => s.toLowerCase()))],
    });
  }
  for (const id of [...categories].sort()) {
    rows.categories.push({ id: `category:${id}`, name: taxonomy.categories.get(id)?.name ?? id });
  }
  rows.companies = [...companies].map(([id, name]) => ({ id, name }));
  return rows;
}
