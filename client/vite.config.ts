import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = (file: string) => fileURLToPath(new URL(file, import.meta.url));

// Three pages: the explorer, the bundled GraphiQL, and the benchmark page. The explorer and the bench share the
// graph code; GraphiQL (React) is only loaded by its own page, so the explorer stays small.
export default defineConfig({
  root: here('.'),
  base: './',
  build: {
    outDir: here('../dist/client'),
    emptyOutDir: true,
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      input: {
        index: here('index.html'),
        graphiql: here('graphiql.html'),
        bench: here('bench.html'),
      },
      output: {
        // Cytoscape is shared by the explorer and the bench; a named chunk makes the bundle report readable.
        manualChunks: (id: string) => (id.includes('/node_modules/cytoscape/') ? 'cytoscape' : undefined),
      },
      // React libraries mark modules "use client" for server components; meaningless in a browser-only bundle.
      onwarn(warning, warn) {
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000', '/health': 'http://127.0.0.1:4000' } },
});
