import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { packageRoot } from '../../db/paths.js';
import { BUNDLED_NARRATIVES } from '../../seed/paths.js';
import { seedFiles } from '../../seed/seed.js';
import { runCli } from '../helpers/cli.js';
import { testDatabase, wipe } from '../helpers/db.js';

const db = testDatabase();
const neo4j = inject('neo4j');
const external = {
  NEO4J_URI: neo4j.uri,
  NEO4J_USER: neo4j.user,
  NEO4J_PASSWORD: neo4j.password,
  NEO4J_DATABASE: neo4j.database,
};
const POSTING = join(import.meta.dirname, '../fixtures/postings/data-engineer.md');

beforeAll(async () => {
  await wipe(db);
  await seedFiles(db, [BUNDLED_NARRATIVES]);
});

afterAll(async () => {
  await db.close();
});

async function run(args: string[], input?: string) {
  const cli = runCli(['match', ...args], external, input);
  const { code } = await cli.exit;
  return { code, out: cli.stdout(), all: cli.output() };
}

describe('skillgraph match', () => {
  it('prints a table: each requirement with its status and proof, then the summary', async () => {
    const { code, out } = await run([POSTING]);
    expect(code).toBe(0);
    expect(out).toMatch(/^Match against Me \(person:me\)/);
    expect(out).toMatch(
      /^must {2}evidenced {5}Apache Kafka +Used in 2 jobs: Truist Financial Corporation, Pfizer\.$/m,
    );
    expect(out).toMatch(/^ {6}Truist Financial Corporation: ".*Kafka/m);
    expect(out).toMatch(/^nice {2}missing {7}Kubernetes/m);
    expect(out).toContain('Not recognised: Flowbase');
    expect(out).toMatch(/Must-haves: \d+ of \d+ evidenced/);
  });

  it('reads standard input with "-", and prints JSON in the GraphQL shape with --json', async () => {
    const { code, out } = await run(['-', '--json'], readFileSync(POSTING, 'utf8'));
    expect(code).toBe(0);
    const match = JSON.parse(out);
    expect(match.person).toEqual({ id: 'person:me', name: 'Me' });
    const kafka = match.requirements.find((r: { tool: { name: string } }) => r.tool.name === 'Apache Kafka');
    expect(kafka).toMatchObject({ status: 'EVIDENCED', priority: 'MUST', jobCount: 2 });
    expect(match.summary.must.total).toBeGreaterThan(5);
    expect(match).not.toHaveProperty('markdown');
  });

  it('prints the evidence pack with --markdown', async () => {
    const { code, out } = await run([POSTING, '--markdown']);
    expect(code).toBe(0);
    expect(out).toMatch(/^# Evidence pack for Me\n/);
    expect(out).toContain('### Apache Kafka — evidenced');
    expect(out).toMatch(/- \*\*.*Truist Financial Corporation\*\*/);
  });

  it("prints exactly the README's example", async () => {
    const readme = readFileSync(join(packageRoot(), 'README.md'), 'utf8');
    const block = /```console\n\$ printf '([^']*)' \\\n\s+\| npx skillgraph match -\n([\s\S]*?)```/.exec(
      readme,
    );
    expect(block, 'the README has a match example').not.toBeNull();
    const posting = (block?.[1] ?? '').replace(/\\n/g, '\n');
    const { code, out } = await run(['-'], posting);
    expect(code).toBe(0);
    expect(out).toBe(block?.[2]);
  });

  it('refuses a missing file, an empty posting and an unknown person with one clear line', async () => {
    const missing = await run(['no-such-posting.md']);
    expect(missing.code).toBe(1);
    expect(missing.all).toMatch(/^error: no-such-posting\.md: cannot read file/m);
    const empty = await run(['-'], '   \n');
    expect(empty.code).toBe(1);
    expect(empty.all).toContain('error: "text" must not be empty');
    const nobody = await run([POSTING, '--person', 'person:nobody']);
    expect(nobody.code).toBe(1);
    expect(nobody.all).toContain('error: No person has the id "person:nobody".');
    for (const r of [missing, empty, nobody]) expect(r.all).not.toMatch(/\n\s+at /);
  });
});
