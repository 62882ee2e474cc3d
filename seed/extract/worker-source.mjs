// Runs the extraction worker from its TypeScript source (under vitest and tsx, where there is no build): a worker
// thread does not inherit the parent's loader, so this shim registers tsx for the thread and re-exports the task.
import { tsImport } from 'tsx/esm/api';

const worker = await tsImport('./worker.ts', import.meta.url);
export default worker.default;
