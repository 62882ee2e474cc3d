import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import { packageRoot } from '../../db/paths.js';

describe('generated types', () => {
  it("match server/schema.graphql and the explorer's documents (run `npm run codegen` after changing either)", async () => {
    const root = packageRoot();
    const outputs: { filename: string; content: string }[] = await generate(
      { ...config, cwd: root, silent: true },
      false,
    );
    const expected = Object.keys(config.generates).sort();
    expect(outputs.map((o) => o.filename.replace(`${root}/`, '')).sort()).toEqual(expected);
    for (const output of outputs) {
      const committed = readFileSync(join(root, output.filename.replace(`${root}/`, '')), 'utf8');
      expect(committed, output.filename).toBe(output.content);
    }
  }, 60_000);
});
