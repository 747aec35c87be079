import { loadavg } from 'node:os';
import autocannon from 'autocannon';
import { percentile } from '../lib/stats.ts';
import { grpcLoad } from './grpc-clients.ts';
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
  /** Server CPU (all its threads) per answered request. */
  server_cpu_ms_per_req: number;
  /** The load generator's own CPU per request: it shares the machine's cores with the server. */
  client_cpu_ms_per_req: number;
  server_rss_mb: number;
  /** 1-minute load average at the end: other work on the machine skews wall-clock numbers. */
  load_avg_1m: number;
}

export interface GeneratorOptions {
  /** gRPC: connections the callers are spread over. */
  channels?: number;
  /** gRPC: load-generator processes (0 = in the benchmark process). */
  processes?: number;
  /** gRPC: the load generator's client (bench/load/grpc-load.ts). */
  client?: 'grpc-js' | 'h2';
}

/** One closed-loop load run at a fixed concurrency against a running server, with its CPU and memory. */
export async function runLoad(
  server: ServerProcess,
  setup: ScenarioSetup,
  transport: 'http' | 'grpc',
  concurrency: number,
  durationS: number,
  onProgress: (requests: number) => void = () => undefined,
  generator: GeneratorOptions = {},
): Promise<LoadPoint> {
  let before = server.usage();
  let wallStart = performance.now();
  const markStart = () => {
    before = server.usage();
    wallStart = performance.now();
  };
  let clientCpuS: number;
  let measured: Omit<
    LoadPoint,
    | 'server_cpu_pct'
    | 'server_cpu_ms_per_req'
    | 'client_cpu_ms_per_req'
    | 'server_rss_mb'
    | 'load_avg_1m'
    | 'transport'
    | 'concurrency'
    | 'duration_s'
  >;
  if (transport === 'grpc') {
    let done = 0;
    const r = await grpcLoad(
      {
        address: `127.0.0.1:${server.grpcPort}`,
        service: setup.grpc.service,
        method: setup.grpc.method,
        request: setup.grpc.request,
        concurrency,
        durationS,
        channels: generator.channels,
        client: generator.client,
      },
      generator.processes ?? 0,
      () => onProgress(++done),
      markStart,
    );
    clientCpuS = r.clientCpuS;
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
    const cpuBefore = process.cpuUsage();
    const r = await new Promise<autocannon.Result>((resolve, reject) => {
      const instance = autocannon(
        {
          url: `http://127.0.0.1:${server.httpPort}${setup.http.path}`,
          ...(setup.http.body === undefined
            ? { method: 'GET' as const }
            : {
                method: 'POST' as const,
                headers: { 'content-type': 'application/json' },
                body: setup.http.body,
              }),
          connections: concurrency,
          duration: durationS,
        },
        (err, result) => (err ? reject(err) : resolve(result)),
      );
      instance.on('response', () => onProgress(++done));
    });
    const cpu = process.cpuUsage(cpuBefore);
    clientCpuS = (cpu.user + cpu.system) / 1e6;
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
    server_cpu_ms_per_req: (1000 * (after.cpuSeconds - before.cpuSeconds)) / Math.max(1, measured.requests),
    client_cpu_ms_per_req: (1000 * clientCpuS) / Math.max(1, measured.requests),
    server_rss_mb: after.rssMb,
    load_avg_1m: loadavg()[0] ?? Number.NaN,
  };
}
