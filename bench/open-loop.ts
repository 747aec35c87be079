// Latency at a fixed arrival rate (open loop) as a share of the ceiling: `npm run bench:open-loop -- --scenario
// verify-images [--ceiling-concurrency 4] [--fractions 0.5,0.9] [--duration 20] [--workers 2]`. The ceiling is the
// closed-loop throughput at --ceiling-concurrency; then requests arrive every 1/rate s whether or not earlier ones
// have answered, and latency counts from the scheduled send (a slow answer does not delay the next request, so a
// stall shows in p99 instead of hiding: no coordinated omission). gRPC only. One JSON line last.
import { loadavg } from 'node:os';
import { parseArgs } from './lib/args.ts';
import { printResult } from './lib/result.ts';
import { percentile } from './lib/stats.ts';
import { grpcClientOf } from './load/grpc-load.ts';
import { runLoad } from './load/run.ts';
import type { ScenarioSetup } from './load/scenarios.ts';
import { scenarioNamed } from './load/scenarios.ts';
import { ServerProcess } from './load/server-process.ts';

interface RatePoint {
  fraction_of_ceiling: number;
  target_rps: number;
  achieved_rps: number;
  requests: number;
  errors: number;
  p50_ms: number;
  p90_ms: number;
  p99_ms: number;
  max_ms: number;
  server_cpu_ms_per_req: number;
}

async function openLoop(
  server: ServerProcess,
  setup: ScenarioSetup,
  rps: number,
  durationS: number,
): Promise<Omit<RatePoint, 'fraction_of_ceiling' | 'target_rps'>> {
  const { service, method, request } = setup.grpc;
  const client = grpcClientOf(`127.0.0.1:${server.grpcPort}`, service);
  const latenciesMs: number[] = [];
  let errors = 0;
  const cpuBefore = server.usage().cpuSeconds;
  const started = performance.now();
  const total = Math.round(rps * durationS);
  const answers: Array<Promise<void>> = [];
  for (let i = 0; i < total; i++) {
    const scheduled = started + (i * 1000) / rps;
    const wait = scheduled - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    answers.push(
      new Promise<void>((resolve) =>
        client[method]!(request(), (err) => {
          latenciesMs.push(performance.now() - scheduled);
          if (err) errors++;
          resolve();
        }),
      ),
    );
  }
  await Promise.all(answers);
  const seconds = (performance.now() - started) / 1000;
  const cpuS = server.usage().cpuSeconds - cpuBefore;
  client.close();
  return {
    achieved_rps: latenciesMs.length / seconds,
    requests: latenciesMs.length,
    errors,
    p50_ms: percentile(latenciesMs, 50),
    p90_ms: percentile(latenciesMs, 90),
    p99_ms: percentile(latenciesMs, 99),
    max_ms: percentile(latenciesMs, 100),
    server_cpu_ms_per_req: (1000 * cpuS) / latenciesMs.length,
  };
}

const args = parseArgs();
const scenarioName = args.string('scenario', 'verify-images');
const durationS = args.number('duration', 20);
const ceilingConcurrency = args.number('ceiling-concurrency', 4);
const fractions = args
  .string('fractions', '0.5,0.9')
  .split(',')
  .map(Number)
  .filter((f) => f > 0);
const workers = args.number('workers', 2);
const loadAverageStart = loadavg()[0];

const server = await ServerProcess.start({
  SINHTRAC_WORKERS: String(workers),
  SINHTRAC_ORT_THREADS: String(args.number('ort-threads', 1)),
  SINHTRAC_DATA: `/tmp/sinhtrac-bench-${process.pid}`,
});
try {
  const setup = await scenarioNamed(scenarioName).setup(`http://127.0.0.1:${server.httpPort}`);
  await runLoad(server, setup, 'grpc', ceilingConcurrency, 3);
  process.stderr.write(`${scenarioName}: ceiling at concurrency ${ceilingConcurrency}\n`);
  const ceiling = await runLoad(server, setup, 'grpc', ceilingConcurrency, durationS);
  const points: RatePoint[] = [];
  for (const fraction of fractions) {
    const target = ceiling.rps * fraction;
    process.stderr.write(`${scenarioName}: ${target.toFixed(1)} req/s (${fraction} of the ceiling)\n`);
    points.push({
      fraction_of_ceiling: fraction,
      target_rps: target,
      ...(await openLoop(server, setup, target, durationS)),
    });
  }
  printResult({
    scenario: scenarioName,
    transport: 'grpc',
    workers,
    ceiling_rps: ceiling.rps,
    ceiling_concurrency: ceilingConcurrency,
    ceiling_p99_ms: ceiling.p99_ms,
    ceiling_errors: ceiling.errors,
    points,
    load_average_start: loadAverageStart,
    load_average_end: loadavg()[0],
  });
} finally {
  await server.stop();
}
