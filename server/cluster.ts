/**
 * SINHTRAC_PROCESSES > 1: this process becomes a node:cluster primary that starts that many service processes.
 * They share the HTTP and gRPC ports (the primary hands out connections) and the embedded store (LMDB is safe
 * across processes); each has its own worker pool and its own audit journal. A process that dies is started again
 * with the same journal, which it replays first. The primary serves nothing itself.
 */
import cluster, { type Worker } from 'node:cluster';
import type { ServiceConfig } from './config.ts';
import { openStore } from './store/open-store.ts';

const restartDelayMs = 1_000;

export async function runClusterPrimary(config: ServiceConfig): Promise<void> {
  // Before any service process runs: journals left by a crash of the whole cluster go into the store, and a wrong
  // key file stops the start here.
  const store = await openStore({ ...config.records.store, replayOtherJournals: true });
  await store.close();

  let stopping = false;
  const processes = new Map<Worker, string>();
  const start = (index: string) => {
    const worker = cluster.fork({ SINHTRAC_PROCESS_INDEX: index, SINHTRAC_WORKERS: String(config.poolSize) });
    processes.set(worker, index);
  };
  cluster.on('exit', (worker, code, signal) => {
    const index = processes.get(worker);
    processes.delete(worker);
    if (stopping || index === undefined) {
      if (processes.size === 0) process.exit(0);
      return;
    }
    console.error(`service process ${index} exited (${signal ?? code}); starting it again`);
    setTimeout(() => start(index), restartDelayMs);
  });
  for (let i = 1; i <= config.processes; i++) start(String(i));

  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.on(signal, () => {
      if (stopping) return;
      stopping = true;
      for (const worker of processes.keys()) worker.process.kill('SIGTERM');
      if (processes.size === 0) process.exit(0);
    });
  }
}
