import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageRoot } from '../../db/paths.js';
import { gql, startTestServer, type TestServer } from '../helpers/server.js';

/** Every ```graphql block of docs/api.md followed by a ```json block: the example and its documented answer. */
function examples(): { query: string; answer: unknown }[] {
  const readme = readFileSync(join(packageRoot(), 'docs', 'api.md'), 'utf8');
  const pairs: { query: string; answer: unknown }[] = [];
  const re = /```graphql\n([\s\S]*?)```\s*\n```json\n([\s\S]*?)```/g;
  for (const m of readme.matchAll(re))
    pairs.push({ query: m[1] as string, answer: JSON.parse(m[2] as string) });
  return pairs;
}

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

describe('the API reference (docs/api.md)', () => {
  const all = examples();
  it('documents every root field with an example', () => {
    const schema = readFileSync(join(packageRoot(), 'server', 'schema.graphql'), 'utf8');
    const query = /type Query \{([\s\S]*?)\n\}/.exec(schema)?.[1] ?? '';
    const fields = [...query.matchAll(/^\s+(\w+)[(:]/gm)].map((m) => m[1] as string);
    expect(fields.length).toBeGreaterThan(15);
    for (const field of fields)
      expect(
        all.some((e) => new RegExp(`\\b${field}\\b`).test(e.query)),
        field,
      ).toBe(true);
  });

  it('shows the answers the API really gives on the bundled dataset', async () => {
    const wrong: string[] = [];
    for (const example of all) {
      const { body } = await gql(server.url, example.query);
      if (JSON.stringify(body) !== JSON.stringify(example.answer)) {
        wrong.push(
          `${example.query}\n  documented: ${JSON.stringify(example.answer)}\n  actual:     ${JSON.stringify(body)}`,
        );
      }
    }
    expect(wrong.join('\n\n')).toBe('');
  });
});
