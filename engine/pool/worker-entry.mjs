// Piscina's entry for each worker thread: Node 20 does not pass `--import tsx` on to workers, so the TypeScript
// loader is registered here, for this thread, before the real worker module loads (typescript-worker.ts does the
// same for workers started from source).
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');
export default worker.default;
