import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_NARRATIVES } from '../../seed/paths.js';
import { seedFiles } from '../../seed/seed.js';
import { gql, startTestServer, type TestServer } from '../helpers/server.js';

// Two people: the user's narratives (no Skills section, no dates) and Noor's résumé (a Skills section claiming tools
// no job shows used, dated jobs, and sentences that evaluate, plan, or move off tools).
const RESUME = join(import.meta.dirname, '../fixtures/inputs/stances-resume.md');
const POSTING = readFileSync(join(import.meta.dirname, '../fixtures/match/platform-posting.md'), 'utf8');

const FIELDS = `
  person { id name }
  requirements {
    tool { id name category } priority because status explanation sentence line written group jobCount
    lastUsed firstUsed years
    usages { job { id label company startDate endDate } stance evidence { text section line source } }
    claims { text section line }
    mentions { job { company } stance evidence { text line } }
    adjacent { tool { name } reason jobs { company } }
  }
  unrecognised { term line suggestions }
  summary { must { total evidenced claimedOnly adjacent mentioned missing } nice { total evidenced claimedOnly adjacent mentioned missing } text }
  markdown`;

let server: TestServer;
let people: { id: string; name: string }[];

beforeAll(async () => {
  server = await startTestServer();
  await seedFiles(server.db, [BUNDLED_NARRATIVES, RESUME]);
  const { body } = await gql(server.url, '{ people { id name } }');
  people = (body.data as { people: typeof people }).people;
});

afterAll(async () => {
  await server.close();
});

async function match(text: string, person?: string) {
  const { status, body } = await gql(
    server.url,
    `query M($text: String!, $person: ID) { match(text: $text, person: $person) { ${FIELDS} } }`,
    { text, person },
  );
  return { status, body, match: (body.data as { match: any } | null)?.match };
}

const noor = () => people.find((p) => p.name === 'Noor Haddad')?.id as string;
const narrator = () => people.find((p) => p.name !== 'Noor Haddad')?.id as string;
const byName = (m: any, name: string) => m.requirements.find((r: any) => r.tool.name === name);

describe('match against the real graph', () => {
  it('answers each requirement of a posting for the résumé with a Skills section', async () => {
    const { status, match: m } = await match(POSTING, noor());
    expect(status).toBe(200);
    expect(m.person).toEqual({ id: noor(), name: 'Noor Haddad' });

    // Used in a job's text: evidenced, with the sentence, the job's dates and recency.
    const go = byName(m, 'Go');
    expect(go).toMatchObject({
      status: 'EVIDENCED',
      priority: 'MUST',
      jobCount: 1,
      lastUsed: 'present',
      firstUsed: '2021-03',
    });
    expect(go.usages[0].job).toMatchObject({
      company: 'Wadi Freight',
      startDate: '2021-03',
      endDate: 'present',
    });
    expect(go.usages[0].evidence.map((e: any) => e.text)).toEqual([
      'Introduced Go for the dispatch service.',
    ]);
    expect(go.years).toBeGreaterThan(4);

    // Claimed in the Skills section, never shown used: claimed only, with the claiming line.
    for (const name of ['Terraform', 'Kubernetes']) {
      const r = byName(m, name);
      expect(r.status, name).toBe('CLAIMED_ONLY');
      expect(r.usages).toEqual([]);
      expect(r.claims.map((c: any) => c.section)).toContain('Skills');
    }
    expect(byName(m, 'Rust')).toMatchObject({ status: 'CLAIMED_ONLY', priority: 'NICE' });

    // Evaluated, someone else's, planned, moved away from: mentioned, with the sentence that says so.
    const pulsar = byName(m, 'Apache Pulsar');
    expect(pulsar.status).toBe('MENTIONED');
    expect(pulsar.mentions[0]).toMatchObject({ stance: 'EVALUATED', job: { company: 'Wadi Freight' } });
    expect(pulsar.mentions[0].evidence[0].text).toContain('evaluated Apache Pulsar');
    // ... and the substitute that was used is offered beside it.
    expect(pulsar.adjacent[0]).toMatchObject({
      tool: { name: 'Apache Kafka' },
      jobs: [{ company: 'Wadi Freight' }],
    });
    expect(byName(m, 'Snowflake').mentions[0].stance).toBe('OTHERS');
    expect(byName(m, 'OpenTelemetry').mentions[0].stance).toBe('PLANNED');
    const jenkins = byName(m, 'Jenkins');
    expect(jenkins.status).toBe('MENTIONED');
    expect(jenkins.usages[0].stance).toBe('MIGRATED_FROM');

    expect(byName(m, 'Salesforce').status).toBe('MISSING');
    expect(m.unrecognised.map((u: any) => u.term)).toContain('Quillstack');

    // The summary counts per priority and says which gaps, in words.
    expect(m.summary.must.total).toBe(m.requirements.filter((r: any) => r.priority === 'MUST').length);
    expect(m.summary.must.claimedOnly).toBe(2);
    expect(m.summary.text).toMatch(/Must-haves: \d+ of \d+ evidenced/);
    expect(m.summary.text).toContain('claimed in a skills list only: Terraform, Kubernetes');
    expect(m.markdown).toContain('# Evidence pack for Noor Haddad');
    expect(m.markdown).toContain('"Introduced Go for the dispatch service."');
  });

  it('finds Kafka at Truist and Pfizer in the narratives, and offers Kafka where Pulsar is asked for', async () => {
    const { match: m } = await match(POSTING, narrator());
    const kafka = byName(m, 'Apache Kafka');
    expect(kafka.status).toBe('EVIDENCED');
    expect(kafka.usages.map((u: any) => u.job.company).sort()).toEqual([
      'Pfizer',
      'Truist Financial Corporation',
    ]);
    for (const u of kafka.usages) {
      expect(u.evidence.length).toBeGreaterThan(0);
      expect(u.evidence.length).toBeLessThanOrEqual(2);
      for (const e of u.evidence) expect(e.text).toMatch(/Kafka/);
      expect(u.evidence[0].source).toBe('narratives.md');
    }
    // Undated narratives: no recency to claim.
    expect(kafka.lastUsed).toBeNull();
    expect(kafka.years).toBeNull();

    const pulsar = byName(m, 'Apache Pulsar');
    expect(pulsar.status).toBe('ADJACENT');
    const kafkaInstead = pulsar.adjacent.find((a: any) => a.tool.name === 'Apache Kafka');
    expect(kafkaInstead.jobs.map((j: any) => j.company).sort()).toEqual([
      'Pfizer',
      'Truist Financial Corporation',
    ]);
    expect(kafkaInstead.reason).toContain('Streaming');
    expect(pulsar.explanation).toMatch(/^Not used, but /);

    // The narratives claim nothing in a skills list: Terraform is evidenced by jobs, Kubernetes is not there at all.
    expect(byName(m, 'Terraform').status).toBe('EVIDENCED');
    expect(byName(m, 'Kubernetes').status).toBe('MISSING');
  });

  it('asks whose graph when several people are in it, and refuses an unknown person', async () => {
    const several = await match(POSTING);
    expect(several.status).toBe(400);
    expect(several.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(several.body.errors?.[0]?.message).toContain(noor());
    const unknown = await match(POSTING, 'person:nobody');
    expect(unknown.status).toBe(404);
    expect(unknown.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('accepts a 100 KB posting, refuses a larger one with 413, and an empty one with BAD_USER_INPUT', async () => {
    const filler = '\nThe team writes careful design documents and reviews them together every week.';
    let big = POSTING;
    while (Buffer.byteLength(big) + filler.length <= 100 * 1024) big += filler;
    const accepted = await match(big, noor());
    expect(accepted.status).toBe(200);
    expect(byName(accepted.match, 'Go').status).toBe('EVIDENCED');

    const tooBig = await match(`${big}${filler}${filler}`, noor());
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.errors?.[0]?.extensions?.code).toBe('PAYLOAD_TOO_LARGE');
    expect(tooBig.body.errors?.[0]?.message).toMatch(/up to 100 KB/);

    const empty = await match('  \n ', noor());
    expect(empty.status).toBe(400);
    expect(empty.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('reads the graph in one round trip', async () => {
    const driver = server.db.driver as unknown as { executeQuery: (...a: unknown[]) => Promise<unknown> };
    const original = driver.executeQuery.bind(driver);
    let calls = 0;
    driver.executeQuery = (...a: unknown[]) => {
      calls++;
      return original(...a);
    };
    try {
      await match(POSTING, noor());
    } finally {
      driver.executeQuery = original;
    }
    expect(calls).toBe(1);
  });
});
