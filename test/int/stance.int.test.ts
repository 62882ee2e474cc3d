import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../db/paths.js';
import { seedFiles } from '../../seed/seed.js';
import { wipe } from '../helpers/db.js';
import { gql, startTestServer, type TestServer } from '../helpers/server.js';

/**
 * A résumé whose text names tools in every stance, loaded into the real Neo4j and asked about through GraphQL:
 * whereUsed answers with usages (used, or migrated from) and lists the other mentions apart, with their stance and
 * sentences; the Skills section is the person's claimed skills, not usage; sections that are not jobs are not jobs.
 */
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ seed: false });
  await wipe(server.db);
  await seedFiles(server.db, [join(packageRoot(), 'test', 'fixtures', 'inputs', 'stances-resume.md')]);
});
afterAll(async () => {
  await server.close();
});

const WHERE = `query ($tool: String!) {
  whereUsed(tool: $tool) {
    tool { name }
    usages { stance job { company { name } } evidence { text } }
    mentions { stance job { company { name } } evidence { text } }
  }
}`;

async function whereUsed(tool: string) {
  const { status, body } = await gql(server.url, WHERE, { tool });
  expect(status).toBe(200);
  expect(body.errors).toBeUndefined();
  return (body.data as { whereUsed: any }).whereUsed;
}

describe('tool stances in the graph', () => {
  it('makes jobs only of job sections, with dates', async () => {
    const { body } = await gql(server.url, '{ jobs { title startDate endDate company { name } } }');
    expect((body.data as { jobs: unknown[] }).jobs).toEqual([
      {
        title: 'Platform Engineer',
        startDate: '2021-03',
        endDate: 'present',
        company: { name: 'Wadi Freight' },
      },
      { title: 'Backend Developer', startDate: '2017', endDate: '2021', company: { name: 'Petra Labs' } },
    ]);
  });

  it('answers usages with their stance: migrated-from is usage, shown as such', async () => {
    const jenkins = await whereUsed('Jenkins');
    expect(jenkins.usages).toEqual([
      {
        stance: 'MIGRATED_FROM',
        job: { company: { name: 'Wadi Freight' } },
        evidence: [{ text: 'Moved CI off Jenkins to GitHub Actions and cut builds from 20 to 6 minutes.' }],
      },
    ]);
    expect((await whereUsed('GitHub Actions')).usages[0].stance).toBe('USED');
    expect((await whereUsed('Go')).usages.map((u: any) => u.job.company.name)).toEqual(['Wadi Freight']);
  });

  it('lists evaluated, someone else’s and planned tools apart from usage, with their sentences', async () => {
    const pulsar = await whereUsed('Pulsar');
    expect(pulsar.usages).toEqual([]);
    expect(pulsar.mentions).toEqual([
      {
        stance: 'EVALUATED',
        job: { company: { name: 'Wadi Freight' } },
        evidence: [{ text: 'We evaluated Apache Pulsar for the event bus but stayed on Apache Kafka.' }],
      },
    ]);
    expect((await whereUsed('Snowflake')).mentions.map((m: any) => m.stance)).toEqual(['OTHERS']);
    expect((await whereUsed('OpenTelemetry')).mentions.map((m: any) => m.stance)).toEqual(['PLANNED']);
  });

  it('does not take a hackathon named after a tool for its use', async () => {
    const kafka = await whereUsed('Kafka');
    expect(kafka.usages.map((u: any) => u.job.company.name)).toEqual(['Wadi Freight']);
  });

  it('keeps the Skills section as claimed skills of the person, not job usage', async () => {
    const { body } = await gql(server.url, '{ people { name skills { name } jobs { tools { name } } } }');
    const [person] = (body.data as { people: any[] }).people;
    expect(person.name).toBe('Noor Haddad');
    expect(person.skills.map((t: any) => t.name)).toEqual(
      expect.arrayContaining(['Go', 'Python', 'Rust', 'Terraform', 'Kubernetes', 'Helm']),
    );
    const used = person.jobs.flatMap((j: any) => j.tools.map((t: any) => t.name));
    expect(used).not.toContain('Rust');
    expect(used).not.toContain('Helm');
  });

  it('knows a tool no job names (regression: "k8s" answered "No tool called k8s" with unrelated suggestions)', async () => {
    const { body } = await gql(
      server.url,
      '{ whereUsed(tool: "elastic search") { tool { name } known { id name category } suggestions } }',
    );
    expect(body.errors).toBeUndefined();
    const answer = (body.data as { whereUsed: any }).whereUsed;
    expect(answer.tool).toBeNull();
    expect(answer.known).toMatchObject({ id: 'tool:elasticsearch', name: 'Elasticsearch' });
    expect(answer.suggestions).toEqual([]);
    const unknown = await gql(server.url, '{ whereUsed(tool: "djnago") { known { name } suggestions } }');
    expect((unknown.body.data as { whereUsed: any }).whereUsed).toEqual({
      known: null,
      suggestions: ['Django'],
    });
  });
});
