import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { gql, startTestServer, type TestServer } from '../helpers/server.js';

// The write API against the real Neo4j: preview, load and correct, each refusal with its code, nothing lost.
const RESUME = readFileSync(join(import.meta.dirname, '../fixtures/inputs/stances-resume.md'), 'utf8');
const GO_SENTENCE = 'Introduced Go for the dispatch service.';

let server: TestServer;
let home: string;

beforeAll(async () => {
  home = mkdtempSync(join(tmpdir(), 'skillgraph-writes-'));
  server = await startTestServer({ env: { SKILLGRAPH_HOME: home } });
});

afterAll(async () => {
  await server.close();
  rmSync(home, { recursive: true, force: true });
});

async function call(method: string, path: string, body?: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/api${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
  });
  return { status: res.status, body: (await res.json()) as any };
}

async function jobs(): Promise<string[]> {
  const { body } = await gql(server.url, '{ jobs { id company { name } } }');
  return (body.data as { jobs: { company: { name: string } }[] }).jobs.map((j) => j.company.name);
}

async function wadiTools(): Promise<string[]> {
  const { body } = await gql(
    server.url,
    '{ jobs(person: "person:noor-haddad") { company { name } tools { name } } }',
  );
  const list = (body.data as { jobs: { company: { name: string }; tools: { name: string }[] }[] }).jobs;
  return list.find((j) => j.company.name === 'Wadi Freight')?.tools.map((t) => t.name) ?? [];
}

describe('uploading a document from the page', () => {
  it('previews what would be loaded, and writes nothing', async () => {
    const before = await jobs();
    const { status, body } = await call('POST', '/documents/preview', { name: 'noor.md', content: RESUME });
    expect(status).toBe(200);
    expect(body.file).toBe('noor.md');
    const [person] = body.people;
    expect(person).toMatchObject({ id: 'person:noor-haddad', name: 'Noor Haddad' });
    expect(person.jobs.map((j: any) => [j.company, j.startDate, j.endDate])).toEqual([
      ['Wadi Freight', '2021-03', 'present'],
      ['Petra Labs', '2017', '2021'],
    ]);
    const go = person.jobs[0].tools.find((t: any) => t.name === 'Go');
    expect(go.evidence[0]).toEqual({ text: GO_SENTENCE, line: 22 });
    expect(person.jobs[0].mentions).toContainEqual({
      toolId: 'tool:apache-pulsar',
      name: 'Apache Pulsar',
      stance: 'EVALUATED',
    });
    expect(person.claimed.map((c: any) => c.name)).toContain('Rust');
    expect(person.candidates.map((c: any) => c.term)).toContain('Kafka Hackathon');
    expect(await jobs()).toEqual(before);
  });

  it('loads it with the seeder’s atomic load, beside the people already there', async () => {
    const before = await jobs();
    const { status, body } = await call('POST', '/documents/load', { name: 'noor.md', content: RESUME });
    expect(status).toBe(200);
    expect(body.summary).toMatch(/^Loaded Noor Haddad: 2 jobs/);
    expect(body.nodesCreated).toBeGreaterThan(10);
    expect((await jobs()).sort()).toEqual([...before, 'Wadi Freight', 'Petra Labs'].sort());
    expect(await wadiTools()).toContain('Go');
  });

  it('refuses a document it cannot read with INVALID_DOCUMENT, its name and why, and keeps the graph', async () => {
    const before = await jobs();
    const empty = await call('POST', '/documents/load', { name: 'empty.md', content: '   ' });
    expect(empty.status).toBe(422);
    expect(empty.body.errors[0].extensions.code).toBe('INVALID_DOCUMENT');
    expect(empty.body.errors[0].message).toMatch(/^empty\.md/);
    const json = await call('POST', '/documents/load', { name: 'broken.json', content: '{"work": [' });
    expect(json.status).toBe(422);
    expect(json.body.errors[0].message).toMatch(/^broken\.json: invalid JSON/);
    const shape = await call('POST', '/documents/load', { name: 'x.md' });
    expect(shape.status).toBe(400);
    expect(shape.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(await jobs()).toEqual(before);
  });
});

describe('correcting the taxonomy from the page', () => {
  it('marks a match wrong, applies it to the next load, and reverts it', async () => {
    const added = await call('POST', '/corrections', {
      kind: 'wrong-match',
      toolId: 'tool:go',
      sentence: GO_SENTENCE,
    });
    expect(added.status).toBe(201);
    expect(added.body.added).toMatchObject({ kind: 'wrong-match', toolId: 'tool:go', sentence: GO_SENTENCE });
    expect(added.body.file).toBe(join(home, 'taxonomy.yaml'));
    expect(readFileSync(join(home, 'taxonomy.yaml'), 'utf8')).toContain(GO_SENTENCE);
    // Already in the graph: unchanged until the document is loaded again.
    expect(await wadiTools()).toContain('Go');
    await call('POST', '/documents/load', { name: 'noor.md', content: RESUME });
    expect(await wadiTools()).not.toContain('Go');

    const reverted = await call('DELETE', `/corrections/${encodeURIComponent(added.body.added.id)}`);
    expect(reverted.status).toBe(200);
    expect(reverted.body.corrections).toEqual([]);
    await call('POST', '/documents/load', { name: 'noor.md', content: RESUME });
    expect(await wadiTools()).toContain('Go');
  });

  it('adds a missing tool and a spelling, which later loads, whereUsed and match read', async () => {
    const tool = await call('POST', '/corrections', { kind: 'tool', name: 'Quillstack', category: 'ci-cd' });
    expect(tool.status).toBe(201);
    const alias = await call('POST', '/corrections', {
      kind: 'alias',
      toolId: 'tool:apache-kafka',
      alias: 'KafkaBus',
    });
    expect(alias.status).toBe(201);
    const doc = RESUME.replace(
      '## Education',
      '### Quill Ltd — Engineer (2015 – 2017)\n\n- Shipped releases with Quillstack and events on KafkaBus.\n\n## Education',
    );
    await call('POST', '/documents/load', { name: 'noor.md', content: doc });
    const { body } = await gql(
      server.url,
      '{ whereUsed(tool: "kafkabus") { tool { name } usages { job { company { name } } } } q: whereUsed(tool: "Quillstack") { tool { name category } } }',
    );
    const data = body.data as any;
    expect(data.whereUsed.tool.name).toBe('Apache Kafka');
    expect(data.whereUsed.usages.map((u: any) => u.job.company.name)).toContain('Quill Ltd');
    expect(data.q.tool).toEqual({ name: 'Quillstack', category: 'CI/CD' });
    const listed = await call('GET', '/corrections');
    expect(listed.body.corrections.map((c: any) => c.id).sort()).toEqual([
      'alias:apache-kafka:kafkabus',
      'tool:quillstack',
    ]);
  });

  it('refuses a correction that would give one spelling to two tools, and keeps the file', async () => {
    const before = readFileSync(join(home, 'taxonomy.yaml'), 'utf8');
    const clash = await call('POST', '/corrections', { kind: 'alias', toolId: 'tool:go', alias: 'Python' });
    expect(clash.status).toBe(400);
    expect(clash.body.errors[0].extensions.code).toBe('BAD_USER_INPUT');
    expect(clash.body.errors[0].message).toContain('"Python" names both');
    const unknownCategory = await call('POST', '/corrections', {
      kind: 'tool',
      name: 'Zed',
      category: 'nope',
    });
    expect(unknownCategory.status).toBe(400);
    const missing = await call('DELETE', '/corrections/alias:go:nothing');
    expect(missing.status).toBe(404);
    expect(readFileSync(join(home, 'taxonomy.yaml'), 'utf8')).toBe(before);
  });
});

describe('the write API’s guards', () => {
  it('refuses another site, and anything but JSON', async () => {
    const evil = await call(
      'POST',
      '/corrections',
      { kind: 'alias', toolId: 'tool:go', alias: 'Gopher' },
      { origin: 'https://evil.example' },
    );
    expect(evil.status).toBe(403);
    expect(evil.body.errors[0].extensions.code).toBe('CROSS_SITE_REQUEST');
    const form = await call('POST', '/documents/load', 'name=x', { 'content-type': 'text/plain' });
    expect(form.status).toBe(403);
    const own = await call('GET', '/corrections', undefined, { origin: server.url });
    expect(own.status).toBe(200);
  });

  it('is off beyond loopback without a token, and asks for the token when one is set', async () => {
    const open = await startTestServer({ seed: false, env: { HOST: '0.0.0.0', SKILLGRAPH_HOME: home } });
    try {
      const res = await fetch(`${open.url}/api/corrections`);
      expect(res.status).toBe(403);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('WRITES_DISABLED');
    } finally {
      await open.close();
    }
    const token = 'a-long-enough-secret-token';
    const guarded = await startTestServer({
      seed: false,
      env: { SKILLGRAPH_WRITE_TOKEN: token, SKILLGRAPH_HOME: home },
    });
    try {
      const without = await fetch(`${guarded.url}/api/corrections`);
      expect(without.status).toBe(401);
      const withIt = await fetch(`${guarded.url}/api/corrections`, {
        headers: { authorization: `Bearer ${token}` },
      });
      expect(withIt.status).toBe(200);
    } finally {
      await guarded.close();
    }
  });

  it('answers an upload over SKILLGRAPH_MAX_UPLOAD with 413', async () => {
    const small = await startTestServer({
      seed: false,
      env: { SKILLGRAPH_MAX_UPLOAD: '1kb', SKILLGRAPH_HOME: home },
    });
    try {
      const res = await fetch(`${small.url}/api/documents/preview`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ name: 'big.md', content: 'x'.repeat(4096) }),
      });
      expect(res.status).toBe(413);
      expect(((await res.json()) as any).errors[0].extensions.code).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      await small.close();
    }
  });
});
