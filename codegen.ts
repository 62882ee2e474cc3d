import type { CodegenConfig } from '@graphql-codegen/cli';

// One contract, two sides. The schema's types go to contract/generated/graphql.ts (re-exported by contract/graphql.ts), which server and explorer both import; the
// server's resolver signatures and the explorer's operation results are generated against them, the latter from the
// explorer's own documents, so a document that drifts from the schema fails the build.
// `npm run codegen` regenerates all three; a unit test fails when a committed file is stale.
const shared = {
  useTypeImports: true,
  enumsAsTypes: true,
  maybeValue: 'T | null',
  scalars: { ID: 'string' },
};

const config: CodegenConfig = {
  schema: 'server/schema.graphql',
  generates: {
    'contract/generated/graphql.ts': {
      plugins: ['typescript'],
      config: {
        ...shared,
        avoidOptionals: { field: true, inputValue: false, object: true, defaultValue: false },
      },
    },
    'server/generated/resolvers.ts': {
      plugins: [
        { add: { content: "import type * as Types from '../../contract/graphql.js';" } },
        'typescript-resolvers',
      ],
      config: {
        ...shared,
        namespacedImportName: 'Types',
        useIndexSignature: false,
        // Resolvers return the maps the projection compiler builds, not fully typed objects.
        defaultMapper: 'Record<string, unknown>',
        contextType: '../graphql/context.js#Context',
      },
    },
    'client/api/generated.ts': {
      documents: ['client/api/documents.ts'],
      preset: 'import-types',
      presetConfig: { typesPath: '../../contract/graphql.js' },
      plugins: ['typescript-operations'],
      config: { ...shared, skipTypename: true, avoidOptionals: { field: true, inputValue: false } },
    },
  },
};

export default config;
