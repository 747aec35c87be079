import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { grpcUnaryLoad, type GrpcLoadOptions, type LoadResult } from './grpc-load.ts';
import { h2GrpcUnaryLoad } from './h2-grpc-load.ts';

/** One load generator in this process, of the kind the options name. */
export function unaryLoadHere(options: GrpcLoadOptions, onTick: () => void): Promise<LoadResult> {
  return options.client === 'h2' ? h2GrpcUnaryLoad(options, onTick) : grpcUnaryLoad(options, onTick);
}

const clientEntry = fileURLToPath(new URL('./grpc-client-process.ts', import.meta.url));

/**
 * gRPC load from `processes` load-generator processes (0 = in this process), the callers split between them.
 * Latencies are merged; client CPU is the sum of every generator's own CPU time.
 */
export async function grpcLoad(
  options: GrpcLoadOptions,
  processes: number,
  onTick: () => void,
  onStart: () => void = () => undefined,
): Promise<LoadResult> {
  if (processes <= 0) {
    onStart();
    return unaryLoadHere(options, onTick);
  }
  const request = options.request();
  const shares = Array.from(
    { length: processes },
    (_, i) => Math.floor(options.concurrency / processes) + (i < options.concurrency % processes ? 1 : 0),
  ).filter((c) => c > 0);
  // Start every generator first (tsx compiles for a second or so), then release them together.
  const children = await Promise.all(
    shares.map(
      () =>
        new Promise<ChildProcess>((resolve, reject) => {
          const child = fork(clientEntry, [], {
            execArgv: ['--import', 'tsx'],
            serialization: 'advanced',
            stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
          });
          child.once('message', () => resolve(child));
          child.once('exit', (code) => reject(new Error(`load generator exited with ${code}`)));
        }),
    ),
  );
  onStart();
  const { request: _, ...job } = options;
  const results = await Promise.all(
    children.map(
      (child, i) =>
        new Promise<LoadResult>((resolve, reject) => {
          let seen = 0;
          child.on('message', (m: { ticks?: number; result?: LoadResult; error?: string }) => {
            if (m.ticks !== undefined) {
              for (; seen < m.ticks; seen++) onTick();
            } else if (m.result) resolve(m.result);
            else reject(new Error(`load generator: ${m.error}`));
          });
          child.once('exit', (code) => reject(new Error(`load generator exited with ${code}`)));
          child.send({
            ...job,
            concurrency: shares[i],
            channels: Math.max(1, Math.round((options.channels ?? 1) / shares.length)),
            request,
          });
        }),
    ),
  );
  const errorCodes: Record<string, number> = {};
  for (const r of results)
    for (const [k, v] of Object.entries(r.errorCodes)) errorCodes[k] = (errorCodes[k] ?? 0) + v;
  return {
    requests: results.reduce((a, r) => a + r.requests, 0),
    errors: results.reduce((a, r) => a + r.errors, 0),
    latenciesMs: results.flatMap((r) => r.latenciesMs),
    durationS: Math.max(...results.map((r) => r.durationS)),
    errorCodes,
    clientCpuS: results.reduce((a, r) => a + r.clientCpuS, 0),
  };
}
