import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { CYPHER_DIR, readCypherDir } from '../../db/cypher-files.js';
import type { Database } from '../../db/database.js';
import { packageRoot } from '../../db/paths.js';
import { applySchema } from '../../db/schema.js';
import { SeedError } from '../../seed/errors.js';
import { BUNDLED_NARRATIVES } from '../../seed/paths.js';
import { seedFiles } from '../../seed/seed.js';
import { testDatabase, wipe } from '../helpers/db.js';

const team = join(packageRoot(), 'test', 'fixtures', 'team');
const db: Database = testDatabase();

/** Node counts per label and relationship counts per type: the whole graph's shape. */
async function shape(): Promise<Record<string, number>> {
  const nodes = await db.read<{ label: string; n: number }>(
    'MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n ORDER BY label',
  );
  const rels = await db.read<{ type: string; n: number }>(
    'MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS n ORDER BY type',
  );
  return Object.fromEntries([...nodes.map((r) => [r.label, r.n]), ...rels.map((r) => [`:${r.type}`, r.n])]);
}

async function jobsUsing(tool: string): Promise<string[]> {
  const rows = await db.read<{ id: string }>(
    'MATCH (:Tool {id: $tool})<-[:USED]-(j:Job) RETURN j.id AS id ORDER BY id',
    { tool },
  );
  return rows.map((r) => r.id);
}

afterAll(async () => {
  await db.close();
});

describe('seeding the real Neo4j', () => {
  beforeEach(async () => {
    await wipe(db);
  });

  it('loads the user’s narratives as a graph with evidence on every Job–Tool edge', async () => {
    const { load } = await seedFiles(db, [BUNDLED_NARRATIVES]);
    expect(load).toMatchObject({ people: 1, jobs: 6, companies: 6 });
    const counts = await shape();
    expect(counts).toMatchObject({ Person: 1, Job: 6, Company: 6, Challenge: 18, Incident: 6 });
    expect(counts.Tool).toBe(load.tools);
    // Every USED edge is backed by at least one evidence sentence naming that tool in that job.
    const unbacked = await db.read(
      'MATCH (j:Job)-[:USED]->(t:Tool) WHERE NOT EXISTS { (j)-[:HAS_EVIDENCE]->(:Evidence)-[:MENTIONS]->(t) } RETURN j.id, t.id',
    );
    expect(unbacked).toEqual([]);
    expect(await jobsUsing('tool:apache-kafka')).toEqual(['job:me:1', 'job:me:4']);
  });

  it('is idempotent: seeding the same document twice gives the same graph', async () => {
    await seedFiles(db, [BUNDLED_NARRATIVES]);
    const once = await shape();
    await seedFiles(db, [BUNDLED_NARRATIVES]);
    expect(await shape()).toEqual(once);
  });

  it('replaces a person’s subgraph: a tool removed from the text disappears, shared nodes stay', async () => {
    await seedFiles(db, [BUNDLED_NARRATIVES, join(team, 'dana-kim.md')]);
    expect(await jobsUsing('tool:apache-kafka')).toEqual(['job:dana-kim:1', 'job:me:1', 'job:me:4']);
    expect(await jobsUsing('tool:microsoft-intune')).toEqual(['job:me:1']);

    // The user edits their document: Intune and Kafka are gone from it.
    const edited = readFileSync(BUNDLED_NARRATIVES, 'utf8')
      .replace('Implemented Intune for secure mobile device management and enforced', 'Enforced')
      .replaceAll('Confluent Kafka', 'a message broker')
      .replaceAll('Kafka', 'a message broker');
    const file = join(tmpdir(), `narratives-edited-${process.pid}.md`);
    writeFileSync(file, edited);
    await seedFiles(db, [file], { person: 'Me' });

    expect(await jobsUsing('tool:microsoft-intune')).toEqual([]);
    const intune = await db.read('MATCH (t:Tool {id: "tool:microsoft-intune"}) RETURN t');
    expect(intune).toEqual([]);
    // Kafka stays, because Dana still uses it; Pfizer stays, because Dana worked there too.
    expect(await jobsUsing('tool:apache-kafka')).toEqual(['job:dana-kim:1']);
    const pfizer = await db.read<{ n: number }>(
      'MATCH (:Company {id: "company:pfizer"})<-[:AT]-(j) RETURN count(j) AS n',
    );
    expect(pfizer).toEqual([{ n: 2 }]);
    // No leftovers of the old version.
    const counts = await shape();
    expect(counts.Job).toBe(7);
  });

  it('seeds several people into one graph, where "who used Kafka" works', async () => {
    await seedFiles(db, [BUNDLED_NARRATIVES, join(team, 'dana-kim.md'), join(team, 'eli-martin.md')]);
    const who = await db.read<{ person: string; company: string }>(
      `MATCH (p:Person)-[:HELD]->(j:Job)-[:USED]->(:Tool {id: 'tool:apache-kafka'}), (j)-[:AT]->(c:Company)
       RETURN p.name AS person, c.name AS company ORDER BY person, company`,
    );
    expect(who).toEqual([
      { person: 'Dana Kim', company: 'Pfizer' },
      { person: 'Eli Martin', company: 'Northwind Traders' },
      { person: 'Me', company: 'Pfizer' },
      { person: 'Me', company: 'Truist Financial Corporation' },
    ]);
    const people = await db.read<{ n: number }>('MATCH (p:Person) RETURN count(p) AS n');
    expect(people).toEqual([{ n: 3 }]);
  });

  it('draws one person’s part of a shared graph: their jobs, companies, tools, categories, challenges and incidents', async () => {
    await seedFiles(db, [BUNDLED_NARRATIVES, join(team, 'dana-kim.md'), join(team, 'eli-martin.md')]);
    const graphCypher = readCypherDir(join(CYPHER_DIR, 'queries')).get('graph') as string;
    const draw = async (person: string | null, types: string[], minJobs: number) => {
      const [row] = await db.read<{
        result: { ids: string[]; sources: string[]; targets: string[]; types: string[] };
      }>(graphCypher, { types, minJobs, person, category: null, limit: 5000 });
      const r = row?.result ?? { ids: [], sources: [], targets: [], types: [] };
      return {
        nodes: [...r.ids].sort(),
        edges: r.sources.map((s, i) => `${s} -${r.types[i]}-> ${r.targets[i]}`).sort(),
      };
    };
    // The same part, found the plain way: from the person outwards.
    const expected = async (person: string, types: string[], minJobs: number) => {
      const [row] = await db.read<{ nodes: string[]; edges: string[] }>(
        `MATCH (p:Person {id: $person})-[:HELD]->(j:Job)
         WITH p, collect(j) AS jobs
         WITH [p] + jobs
           + COLLECT { UNWIND jobs AS j MATCH (j)-[:AT]->(c:Company) RETURN DISTINCT c }
           + COLLECT { UNWIND jobs AS j MATCH (j)-[:USED]->(t:Tool) WHERE t.weight >= $minJobs RETURN DISTINCT t }
           + COLLECT { UNWIND jobs AS j MATCH (j)-[:USED]->(t:Tool)-[:IN_CATEGORY]->(c:Category)
                       WHERE t.weight >= $minJobs RETURN DISTINCT c }
           + COLLECT { UNWIND jobs AS j MATCH (j)-[:FACED]->(x:Challenge) RETURN x }
           + COLLECT { UNWIND jobs AS j MATCH (j)-[:HAD_INCIDENT]->(x:Incident) RETURN x } AS all
         WITH [n IN all WHERE n.nodeType IN $types] AS shown
         RETURN [n IN shown | n.id] AS nodes,
           COLLECT { UNWIND shown AS a MATCH (a)-[r:HELD|AT|USED|IN_CATEGORY|FACED|HAD_INCIDENT|INVOLVED]->(b) WHERE b IN shown
                     RETURN a.id + ' -' + type(r) + '-> ' + b.id } AS edges`,
        { person, types, minJobs },
      );
      return { nodes: [...(row?.nodes ?? [])].sort(), edges: [...(row?.edges ?? [])].sort() };
    };
    const all = ['PERSON', 'JOB', 'COMPANY', 'TOOL', 'CATEGORY', 'CHALLENGE', 'INCIDENT'];
    const dana = await draw('person:dana-kim', all, 0);
    expect(dana).toEqual(await expected('person:dana-kim', all, 0));
    expect(dana.nodes).toContain('tool:apache-kafka');
    expect(dana.nodes.some((id) => id.startsWith('job:me:'))).toBe(false);
    expect(dana.edges.length).toBeGreaterThan(dana.nodes.length / 2);
    const me = await draw('person:me', ['TOOL', 'CATEGORY', 'COMPANY'], 2);
    expect(me).toEqual(await expected('person:me', ['TOOL', 'CATEGORY', 'COMPANY'], 2));
    expect(me.nodes.length).toBeGreaterThan(0);
    expect(await draw('person:nobody', all, 0)).toEqual({ nodes: [], edges: [] });
    // Without a person, everybody's part is drawn.
    expect((await draw(null, all, 0)).nodes.length).toBeGreaterThan(dana.nodes.length + me.nodes.length);
  });

  it('is atomic: a load that fails part-way leaves the previous graph exactly as it was', async () => {
    await seedFiles(db, [BUNDLED_NARRATIVES]);
    const before = await shape();
    const failing = seedFiles(db, [BUNDLED_NARRATIVES, join(team, 'dana-kim.md')], {
      batchSize: 10,
      beforeBatch: (step) => {
        // By now the previous subgraph has been deleted and new jobs, tools and evidence written.
        if (step === 'challenges, incidents, features')
          throw new Error('simulated failure half-way through the load');
      },
    });
    await expect(failing).rejects.toThrow('simulated failure');
    expect(await shape()).toEqual(before);
    expect(await jobsUsing('tool:apache-kafka')).toEqual(['job:me:1', 'job:me:4']);
  });

  it('brings a graph written by an older version up to date (regression: neighborhood found no node after an upgrade)', async () => {
    await seedFiles(db, [BUNDLED_NARRATIVES]);
    const before = await shape();
    // What a graph from before the migrations looks like: no version, no :Entity, no evidence ids, no company lists.
    const session = db.driver.session({ database: db.name });
    try {
      await session.run('MATCH (m:SkillgraphMeta) DETACH DELETE m');
      await session.run('DROP CONSTRAINT entity_id IF EXISTS');
      await session.run('MATCH (n:Entity) REMOVE n:Entity');
      await session.run('MATCH ()-[u:USED]->() REMOVE u.evidence');
      await session.run('MATCH (t:Tool) REMOVE t.companyIds');
    } finally {
      await session.close();
    }
    await applySchema(db);
    expect(await shape()).toEqual(before);
    expect(await db.read('MATCH (n:Entity {id: "tool:apache-kafka"}) RETURN n.id AS id')).toEqual([
      { id: 'tool:apache-kafka' },
    ]);
    const evidence = await db.read<{ ids: string[] }>(
      'MATCH (:Job {id: "job:me:4"})-[u:USED]->(:Tool {id: "tool:apache-kafka"}) RETURN u.evidence AS ids',
    );
    expect(evidence[0]?.ids).toHaveLength(1);
    const companies = await db.read<{ ids: string[] }>(
      'MATCH (t:Tool {id: "tool:apache-kafka"}) RETURN t.companyIds AS ids',
    );
    expect(companies).toEqual([{ ids: ['company:pfizer', 'company:truist-financial'] }]);
    expect(await db.read('MATCH (m:SkillgraphMeta) RETURN m.version AS version')).toEqual([{ version: 3 }]);
  });

  it('moves a spelling with the taxonomy (regression: an alias named two tools after a taxonomy change)', async () => {
    const doc = join(tmpdir(), `acme-${process.pid}.md`);
    writeFileSync(
      doc,
      '### Project Narratives\n\nAt Acme Corp, I ran every pipeline on Acme Flow and Apache Kafka.\n',
    );
    const taxonomy = (id: string) => {
      const file = join(tmpdir(), `taxonomy-${id}-${process.pid}.yaml`);
      writeFileSync(
        file,
        `version: 1\ncategories: [{ id: internal, name: Internal }]\ntools:\n  - { id: ${id}, name: ${id}, category: internal, aliases: [Acme Flow] }\n`,
      );
      return file;
    };
    await seedFiles(db, [doc], { taxonomyFiles: [taxonomy('acme-flow-v1')] });
    await seedFiles(db, [doc], { taxonomyFiles: [taxonomy('acme-flow-v2')] });
    const named = await db.read<{ tool: string }>(
      'MATCH (:Alias {key: "acme flow"})-[:NAMES]->(t:Tool) RETURN t.id AS tool',
    );
    expect(named).toEqual([{ tool: 'tool:acme-flow-v2' }]);
  });

  it('keeps people with names in other scripts apart', async () => {
    await seedFiles(db, [join(team, 'dana-kim.md')], { person: '张伟' });
    await seedFiles(db, [join(team, 'eli-martin.md')], { person: '李娜' });
    const people = await db.read<{ id: string }>('MATCH (p:Person) RETURN p.id AS id ORDER BY id');
    expect(people).toEqual([{ id: 'person:张伟' }, { id: 'person:李娜' }]);
  });

  it('loads nothing from bad input and leaves the graph unchanged', async () => {
    await seedFiles(db, [BUNDLED_NARRATIVES]);
    const before = await shape();
    const empty = join(tmpdir(), `empty-${process.pid}.md`);
    writeFileSync(empty, '');
    const binary = join(tmpdir(), `binary-${process.pid}.md`);
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 0xff]));
    for (const bad of [
      empty,
      binary,
      join(packageRoot(), 'test', 'fixtures', 'inputs', 'no-narratives.md'),
    ]) {
      await expect(seedFiles(db, [join(team, 'dana-kim.md'), bad])).rejects.toBeInstanceOf(SeedError);
    }
    expect(await shape()).toEqual(before);
  });
});
