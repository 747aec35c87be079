import autocannon from 'autocannon';
import { percentile } from '../lib/stats.ts';
import { grpcUnaryLoad } from './grpc-load.ts';
import type { ScenarioSetup } from './scenarios.ts';
import type { ServerProcess } from './server-process.ts';

export interface LoadPoint {
  transport: string;
  concurrency: number;
  duration_s: number;
  requests: number;
  errors: number;
  error_codes: Record<string, number>;
  rps: number;
  p50_ms: number;
  p90_ms: number;
  p99_ms: number;
  max_ms: number;
  server_cpu_pct: number;
  server_rss_mb: number;
}

/** One closed-loop load run at a fixed concurrency against a running server, with its CPU and memory. */
export async function runLoad(
  server: ServerProcess,
  setup: ScenarioSetup,
  transport: 'http' | 'grpc',
  concurrency: number,
  durationS: number,
  onProgress: (requests: number) => void = () => undefined,
): Promise<LoadPoint> {
  const before = server.usage();
  const wallStart = performance.now();
  let measured: Omit<
    LoadPoint,
    'server_cpu_pct' | 'server_rss_mb' | 'transport' | 'concurrency' | 'duration_s'
  >;
  if (transport === 'grpc') {
    let done = 0;
    const r = await grpcUnaryLoad(
      `127.0.0.1:${server.grpcPort}`,
      setup.grpc.service,
      setup.grpc.method,
      setup.grpc.request,
      concurrency,
      durationS,
      () => onProgress(++done),
    );
    measured = {
      requests: r.requests,
      errors: r.errors,
      error_codes: r.errorCodes,
      rps: r.requests / r.durationS,
      p50_ms: percentile(r.latenciesMs, 50),
      p90_ms: percentile(r.latenciesMs, 90),
      p99_ms: percentile(r.latenciesMs, 99),
      max_ms: percentile(r.latenciesMs, 100),
    };
  } else {
    let done = 0;
    const r = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${server.httpPort}${setup.http.path}`,
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: setup.http.body,
          connections: concurrency,
          duration: durationS,
        },
        (err, result) => (err ? reject(err) : resolve(result)),
      );
      instance.on('response', () => onProgress(++done));
    });
    measured = {
      requests: r.requests.total,
      errors: r.errors + r.non2xx + r.timeouts,
      error_codes: { non2xx: r.non2xx, socket: r.errors, timeouts: r.timeouts },
      rps: r.requests.total / durationS,
      p50_ms: r.latency.p50,
      p90_ms: r.latency.p90,
      p99_ms: r.latency.p99,
      max_ms: r.latency.max,
    };
  }
  const wallS = (performance.now() - wallStart) / 1000;
  const after = server.usage();
  return {
    transport,
    concurrency,
    duration_s: durationS,
    ...measured,
    server_cpu_pct: (100 * (after.cpuSeconds - before.cpuSeconds)) / wallS,
    server_rss_mb: after.rssMb,
  };
}
