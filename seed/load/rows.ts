import { companyKey } from '../extract/company.js';
import type { Job, PersonDocument } from '../model.js';
import type { Taxonomy } from '../taxonomy/load.js';
import { defined, entityProps } from './graph-model.js';

/** The rows each seed statement (cypher/seed/*.cypher) receives, built from the extracted model. */
export interface SeedRows {
  people: string[];
  categories: { id: string; props: Record<string, unknown> }[];
  tools: { id: string; categoryId: string; keys: string[]; props: Record<string, unknown> }[];
  persons: { id: string; props: Record<string, unknown> }[];
  companies: { id: string; props: Record<string, unknown> }[];
  jobs: { id: string; personId: string; companyId: string; props: Record<string, unknown> }[];
  used: { jobId: string; toolId: string; props: Record<string, unknown> }[];
  /** Tools a job names without having used them: evaluated, someone else's, planned. */
  mentioned: { jobId: string; toolId: string; props: Record<string, unknown> }[];
  evidence: { id: string; ownerId: string; toolIds: string[]; props: Record<string, unknown> }[];
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
/** Evidence ids in sentence order ("…:1:10" after "…:1:9"). */
const byNumber = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });
const short = (text: string, n = 90) => (text.length > n ? `${text.slice(0, n - 1).trimEnd()}…` : text);

/** Rows under construction, with the tools and companies the jobs refer to. */
interface Builder {
  rows: SeedRows;
  usedTools: Set<string>;
  companies: Map<string, string>;
}

/** Builds the seed rows for a set of people: ids are stable domain keys, derived from names and positions. */
export function buildRows(people: PersonDocument[], taxonomy: Taxonomy): SeedRows {
  const b: Builder = {
    rows: {
      people: [],
      categories: [],
      tools: [],
      persons: [],
      companies: [],
      jobs: [],
      used: [],
      mentioned: [],
      evidence: [],
      items: [],
      skills: [],
    },
    usedTools: new Set(),
    companies: new Map(),
  };
  for (const doc of people) {
    b.rows.people.push(doc.person.id);
    b.rows.persons.push({ id: doc.person.id, props: entityProps(doc.person.name, 'PERSON') });
    for (const job of doc.jobs) addJob(b, doc, job);
    addSkills(b, doc);
  }
  addTaxonomy(b, taxonomy);
  b.rows.companies = [...b.companies].map(([id, name]) => ({ id, props: entityProps(name, 'COMPANY') }));
  return b.rows;
}

const slugOf = (doc: PersonDocument) => doc.person.id.replace(/^person:/, '');

/** A job: its node, its company, its evidence sentences, its Job–Tool edges and what it owns. */
function addJob(b: Builder, doc: PersonDocument, job: Job): void {
  const personId = doc.person.id;
  const personSlug = slugOf(doc);
  const jobId = `job:${personSlug}:${job.ordinal}`;
  const companyName = job.company ?? 'Unknown company';
  const companyId = job.company
    ? `company:${companyKey(job.company)}`
    : `company:unknown-${personSlug}-${job.ordinal}`;
  if (!b.companies.has(companyId)) b.companies.set(companyId, companyName);
  b.rows.jobs.push({ id: jobId, personId, companyId, props: jobProps(job, personId, companyName) });

  const source = job.file.split('/').pop();
  // Each Job–Tool edge lists its evidence sentences, so whereUsed reads them by id: the sentences where the tool was
  // used for USED, those where it was only evaluated, planned or someone else's for MENTIONED.
  const evidenceOf = new Map<string, string[]>();
  for (const [k, e] of job.evidence.entries()) {
    const id = `evidence:${personSlug}:${job.ordinal}:${k + 1}`;
    for (const toolId of e.toolIds) {
      b.usedTools.add(toolId);
      const key = `${toolId}\u0000${e.stances?.[toolId] ?? 'used'}`;
      const ids = evidenceOf.get(key);
      if (ids) ids.push(id);
      else evidenceOf.set(key, [id]);
    }
    b.rows.evidence.push({
      id,
      ownerId: jobId,
      toolIds: e.toolIds.map(toolNodeId),
      props: defined({ text: e.text, section: e.section, line: e.line, source, context: e.context }),
    });
  }
  const sentences = (toolId: string, ...stances: string[]) =>
    stances.flatMap((stance) => evidenceOf.get(`${toolId}\u0000${stance}`) ?? []).sort(byNumber);
  for (const use of job.tools) {
    b.usedTools.add(use.toolId);
    b.rows.used.push({
      jobId,
      toolId: toolNodeId(use.toolId),
      props: {
        mentions: use.mentions,
        spellings: use.spellings,
        stance: use.stance,
        evidence: sentences(use.toolId, 'used', 'migrated-from'),
      },
    });
  }
  for (const mention of job.otherMentions) {
    b.usedTools.add(mention.toolId);
    b.rows.mentioned.push({
      jobId,
      toolId: toolNodeId(mention.toolId),
      props: {
        stance: mention.stance,
        evidence: sentences(mention.toolId, 'evaluated', 'others', 'planned'),
      },
    });
  }
  addJobItems(b, personSlug, job, jobId);
}

function jobProps(job: Job, personId: string, companyName: string): Record<string, unknown> {
  return defined({
    ordinal: job.ordinal,
    personId,
    nodeType: 'JOB',
    weight: job.tools.length,
    label: `${job.title ?? 'Job'} · ${companyName}`,
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
  });
}

/** Challenges, incidents, features, contributions and practices: one row kind, told apart by label and edge type. */
function addJobItems(b: Builder, personSlug: string, job: Job, jobId: string): void {
  const item = (kind: string, label: string, rel: string, k: number, props: object, toolIds: string[]) => {
    for (const id of toolIds) b.usedTools.add(id);
    b.rows.items.push({
      id: `${kind}:${personSlug}:${job.ordinal}:${k + 1}`,
      jobId,
      // Challenges and incidents are drawn by the explorer, so they are entities too.
      labels: label === 'Challenge' || label === 'Incident' ? [label, 'Entity'] : [label],
      rel,
      props: defined(props as Record<string, unknown>),
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
        title: i.title,
        failure: i.failure,
        cause: i.cause,
        rectification: i.rectification,
        learning: i.learning,
        line: i.line,
        nodeType: 'INCIDENT',
        weight: i.toolIds.length,
        label: short(i.title, 70),
        searchText: [i.failure, i.cause, i.rectification, i.learning].filter(Boolean).join(' '),
      },
      i.toolIds,
    );
  }
  for (const [k, f] of job.features.entries())
    item('feature', 'Feature', 'BUILT', k, { text: f.text, line: f.line, label: short(f.text) }, f.toolIds);
  for (const [k, c] of job.contributions.entries()) {
    const props = { title: c.title, text: c.text, line: c.line, label: short(c.title) };
    item('contribution', 'Contribution', 'CONTRIBUTED', k, props, c.toolIds);
  }
  for (const [k, p] of job.practices.entries()) {
    const props = { kind: p.kind, text: p.text, line: p.line, label: p.kind };
    item('practice', 'Practice', 'PRACTICED', k, props, p.toolIds);
  }
}

/** A person's listed skills, each with the line that lists it as evidence. */
function addSkills(b: Builder, doc: PersonDocument): void {
  const personSlug = slugOf(doc);
  for (const [k, skill] of doc.claimed.entries()) {
    b.usedTools.add(skill.toolId);
    b.rows.skills.push({ personId: doc.person.id, toolId: toolNodeId(skill.toolId) });
    for (const [n, e] of skill.evidence.entries()) {
      b.rows.evidence.push({
        id: `evidence:${personSlug}:skill:${k + 1}:${n + 1}`,
        ownerId: doc.person.id,
        toolIds: [toolNodeId(skill.toolId)],
        props: defined({
          text: e.text,
          section: e.section,
          line: e.line,
          // A person's claims may come from several files; a line means something only with its file.
          source: doc.files.length === 1 ? doc.files[0]?.split('/').pop() : undefined,
        }),
      });
    }
  }
}

/** The tools the rows refer to, as the taxonomy describes them now, and their categories. */
function addTaxonomy(b: Builder, taxonomy: Taxonomy): void {
  const categories = new Set<string>();
  for (const id of [...b.usedTools].sort()) {
    const tool = taxonomy.byId.get(id);
    if (!tool) throw new Error(`tool "${id}" is not in the taxonomy`);
    categories.add(tool.category);
    const spellings = tool.aliases.map((a) => a.text);
    const aliases = spellings.filter((s) => s !== tool.name);
    b.rows.tools.push({
      id: toolNodeId(tool.id),
      categoryId: `category:${tool.category}`,
      keys: [...new Set(spellings.map((s) => s.toLowerCase()))],
      props: defined({
        ...entityProps(
          tool.name,
          'TOOL',
          aliases.reduce((s, a) => `${s} ${a}`, ''),
        ),
        key: tool.id,
        aliases,
        category: taxonomy.categories.get(tool.category)?.name ?? tool.category,
        vendor: tool.vendor ?? null,
      }),
    });
  }
  for (const id of [...categories].sort()) {
    const name = taxonomy.categories.get(id)?.name ?? id;
    b.rows.categories.push({ id: `category:${id}`, props: entityProps(name, 'CATEGORY') });
  }
}
