import type { CodegenConfig } from '@graphql-codegen/cli';

// Types for resolvers and the client come from server/schema.graphql, so the two cannot drift.
// `npm run codegen` regenerates them; a unit test fails when the committed file is stale.
const config: CodegenConfig = {
  schema: 'server/schema.graphql',
  generates: {
    'server/generated/graphql.ts': {
      plugins: ['typescript', 'typescript-resolvers'],
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
        maybeValue: 'T | null',
        scalars: { ID: 'string' },
        useIndexSignature: false,
        // Resolvers return the maps the projection compiler builds, not fully typed objects.
        defaultMapper: 'Record<string, unknown>',
        contextType: '../graphql/context.js#Context',
      },
    },
  },
};

export default config;
