// Load against a real server process on loopback: `npm run bench:load -- --scenario compare-faces
// --transport http|grpc --concurrency N --duration S [--workers W] [--ort-threads T]`. One JSON line last.
import autocannon from 'autocannon';
import { parseArgs } from './lib/args.ts';
import { printResult } from './lib/result.ts';
import { percentile } from './lib/stats.ts';
import { ServerProcess } from './load/server-process.ts';
import { grpcUnaryLoad } from './load/grpc-load.ts';
import { scenarioNamed } from './load/scenarios.ts';

const args = parseArgs();
const scenarioName = args.string('scenario', 'compare-faces');
const transport = args.string('transport', 'http');
const concurrency = args.number('concurrency', 2);
const durationS = args.number('duration', 20);
const workers = args.number('workers', 2);
const ortThreads = args.number('ort-threads', 1);
const warmupS = args.number('warmup', 3);

const scenario = scenarioNamed(scenarioName);
const server = await ServerProcess.start({
  SINHTRAC_WORKERS: String(workers),
  SINHTRAC_ORT_THREADS: String(ortThreads),
  SINHTRAC_DATA: args.string('data-dir', `/tmp/sinhtrac-bench-${process.pid}`),
});

try {
  const setup = await scenario.setup(`http://127.0.0.1:${server.httpPort}`);
  const runOnce = async (seconds: number, progress: boolean) => {
    let done = 0;
    const tick = () => {
      done++;
      if (progress && done % 50 === 0)
        process.stderr.write(`\r${scenarioName}/${transport}: ${done} requests`);
    };
    if (transport === 'grpc') {
      const r = await grpcUnaryLoad(
        `127.0.0.1:${server.grpcPort}`,
        setup.grpc.service,
        setup.grpc.method,
        setup.grpc.request,
        concurrency,
        seconds,
        tick,
      );
      return {
        requests: r.requests,
        errors: r.errors,
        error_codes: r.errorCodes,
        p50_ms: percentile(r.latenciesMs, 50),
        p90_ms: percentile(r.latenciesMs, 90),
        p99_ms: percentile(r.latenciesMs, 99),
        max_ms: percentile(r.latenciesMs, 100),
        rps: r.requests / r.durationS,
      };
    }
    const r = await autocannon({
      url: `http://127.0.0.1:${server.httpPort}${setup.http.path}`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: setup.http.body,
      connections: concurrency,
      duration: seconds,
    });
    return {
      requests: r.requests.total,
      errors: r.errors + r.non2xx + r.timeouts,
      error_codes: { non2xx: r.non2xx, socket: r.errors, timeouts: r.timeouts },
      p50_ms: r.latency.p50,
      p90_ms: r.latency.p90,
      p99_ms: r.latency.p99,
      max_ms: r.latency.max,
      rps: r.requests.total / seconds,
    };
  };

  if (warmupS > 0) await runOnce(warmupS, false);
  const before = server.usage();
  const wallStart = performance.now();
  const measured = await runOnce(durationS, true);
  const wallS = (performance.now() - wallStart) / 1000;
  const after = server.usage();
  process.stderr.write('\n');
  printResult({
    scenario: scenarioName,
    transport,
    concurrency,
    duration_s: durationS,
    workers,
    ort_threads: ortThreads,
    ...measured,
    server_cpu_pct: (100 * (after.cpuSeconds - before.cpuSeconds)) / wallS,
    server_rss_mb: after.rssMb,
  });
} finally {
  await server.stop();
}
