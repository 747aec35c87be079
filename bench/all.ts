// The whole service measured like its users will: `npm run bench [-- --quick]`. Starts servers on loopback,
// runs each scenario at several concurrency levels and pool shapes, then the engine stages without transport.
// Writes bench/out/bench-<time>.json and .png (latency vs throughput); a human summary on stderr; JSON line last.
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from './lib/args.ts';
import { printResult } from './lib/result.ts';
import { writeLatencyThroughputPng, type ChartSeries } from './load/chart.ts';
import { runLoad, type LoadPoint } from './load/run.ts';
import { scenarioNamed } from './load/scenarios.ts';
import { ServerProcess } from './load/server-process.ts';

interface Plan {
  scenario: string;
  transport: 'http' | 'grpc';
  concurrency: number[];
  workers: number;
  ortThreads: number;
  /** gRPC load generator (default grpc-js; h2 = pre-encoded calls over node:http2, less client CPU). */
  grpcClient?: 'grpc-js' | 'h2';
}

const args = parseArgs();
const quick = args.flag('quick');
const durationS = args.number('duration', quick ? 5 : 15);
const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const outDir = fileURLToPath(new URL('./out/', import.meta.url));
mkdirSync(outDir, { recursive: true });

/** The default pool shape (2 workers x 1 ORT thread); the last two plans vary it. */
const pool = { workers: 2, ortThreads: 1 } as const;
const templateLevels = quick ? [16] : [1, 16, 64];
const imageLevels = quick ? [2] : [1, 2, 4];

const plans: Plan[] = [
  { scenario: 'verify-templates', transport: 'grpc', concurrency: templateLevels, ...pool },
  { scenario: 'verify-templates', transport: 'grpc', concurrency: templateLevels, ...pool, grpcClient: 'h2' },
  // The transport's floor: a metadata read, no biometrics, no audit.
  { scenario: 'get-record', transport: 'grpc', concurrency: [32], ...pool, grpcClient: 'h2' },
  { scenario: 'get-record', transport: 'http', concurrency: [32], ...pool },
  { scenario: 'verify-templates', transport: 'http', concurrency: templateLevels, ...pool },
  { scenario: 'compare-faces', transport: 'http', concurrency: imageLevels, ...pool },
  { scenario: 'compare-faces', transport: 'grpc', concurrency: imageLevels, ...pool },
  { scenario: 'verify-images', transport: 'grpc', concurrency: imageLevels, ...pool },
  // Pool shape: one worker with two ORT threads, and one worker with one.
  { scenario: 'compare-faces', transport: 'grpc', concurrency: [2], workers: 1, ortThreads: 2 },
  { scenario: 'compare-faces', transport: 'grpc', concurrency: [2], workers: 1, ortThreads: 1 },
];

interface Row extends LoadPoint {
  scenario: string;
  grpc_client?: string;
  workers: number;
  ort_threads: number;
}
const rows: Row[] = [];
for (const plan of plans) {
  const server = await ServerProcess.start({
    SINHTRAC_WORKERS: String(plan.workers),
    SINHTRAC_ORT_THREADS: String(plan.ortThreads),
    SINHTRAC_DATA: `/tmp/sinhtrac-bench-${process.pid}`,
  });
  try {
    const setup = await scenarioNamed(plan.scenario).setup(`http://127.0.0.1:${server.httpPort}`);
    const generator = { client: plan.grpcClient };
    const client = plan.transport === 'grpc' ? (plan.grpcClient ?? 'grpc-js') : undefined;
    await runLoad(server, setup, plan.transport, Math.max(...plan.concurrency), 2, undefined, generator);
    for (const c of plan.concurrency) {
      const label = `${plan.scenario}/${plan.transport}${client ? `(${client})` : ''} w=${plan.workers} t=${plan.ortThreads} c=${c}`;
      const point = await runLoad(
        server,
        setup,
        plan.transport,
        c,
        durationS,
        (n) => {
          if (n % 200 === 0) process.stderr.write(`\r${label}: ${n} requests`);
        },
        generator,
      );
      rows.push({
        scenario: plan.scenario,
        grpc_client: client,
        workers: plan.workers,
        ort_threads: plan.ortThreads,
        ...point,
      });
      process.stderr.write(
        `\r${label}: ${point.rps.toFixed(0)} req/s, p50 ${point.p50_ms.toFixed(1)} ms, p99 ${point.p99_ms.toFixed(1)} ms, ` +
          `errors ${point.errors}, server CPU ${point.server_cpu_pct.toFixed(0)}% ` +
          `(${point.server_cpu_ms_per_req.toFixed(2)} ms/req, generator ${point.client_cpu_ms_per_req.toFixed(2)} ms/req), ` +
          `RSS ${point.server_rss_mb.toFixed(0)} MB, load ${point.load_avg_1m.toFixed(1)}\n`,
      );
    }
  } finally {
    await server.stop();
  }
}

// Engine stages without transport, in their own process (same public FaceEngine the workers use).
const stagesOut = execFileSync(
  process.execPath,
  ['--import', 'tsx', 'bench/face-stages.ts', '--iterations', quick ? '1' : '3'],
  {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
  },
).toString();
const faceStages = JSON.parse(stagesOut.trim().split('\n').at(-1) ?? '{}') as Record<string, unknown>;

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
const series = new Map<string, ChartSeries>();
for (const r of rows.filter((r) => r.workers === 2)) {
  const key = `${r.scenario}/${r.transport}${r.grpc_client === 'h2' ? ' (h2 client)' : ''}`;
  if (!series.has(key)) series.set(key, { label: key, points: [] });
  series.get(key)!.points.push(r);
}
const pngFile = `${outDir}bench-${stamp}.png`;
await writeLatencyThroughputPng(
  [...series.values()],
  pngFile,
  'sinhtrac on this machine: latency vs throughput',
);
const result = { started: stamp, duration_s: durationS, load: rows, face_stages: faceStages, chart: pngFile };
writeFileSync(`${outDir}bench-${stamp}.json`, `${JSON.stringify(result, null, 2)}\n`);
process.stderr.write(`wrote ${outDir}bench-${stamp}.json and ${pngFile}\n`);
printResult(result);
