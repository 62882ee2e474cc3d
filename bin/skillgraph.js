#!/usr/bin/env node
// The CLI is compiled by `npm run build` (run automatically by `npm install`, via the prepare script).
import('../dist/server/cli.js').catch((error) => {
  if (
    error &&
    error.code === 'ERR_MODULE_NOT_FOUND' &&
    String(error.message).includes('dist/server/cli.js')
  ) {
    console.error(
      'skillgraph is not built yet: run `npm install` (or `npm run build`) in the Skillgraph folder.',
    );
    process.exit(1);
  }
  throw error;
});
