import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../codegen.js';
import { packageRoot } from '../../seed/paths.js';

describe('generated types', () => {
  it('match server/schema.graphql (run `npm run codegen` after changing the schema)', async () => {
    const root = packageRoot();
    const outputs = await generate({ ...config, cwd: root, silent: true }, false);
    const fresh = outputs.find((o: { filename: string }) =>
      o.filename.endsWith('server/generated/graphql.ts'),
    );
    expect(fresh).toBeDefined();
    const committed = readFileSync(join(root, 'server', 'generated', 'graphql.ts'), 'utf8');
    expect(committed).toBe(fresh?.content);
  }, 60_000);
});
