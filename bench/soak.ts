// Memory over time under a mixed load: `npm run bench:soak -- [--minutes 10] [--workers 2]`. Template verifies
// over gRPC, face comparisons over HTTP and image verifies over gRPC run together against one server process while
// its RSS is sampled. One JSON line last: RSS at start, peak and end, the trend, and each stream's throughput.
// Each sample splits RSS into anonymous and file-backed memory (LMDB's map and the model files are file-backed:
// the kernel can drop those pages) and reads the main thread's JS heap and external memory from /metrics.
import { loadavg } from 'node:os';
import { parseArgs } from './lib/args.ts';
import { printResult } from './lib/result.ts';
import { runLoad } from './load/run.ts';
import { scenarioNamed, type ScenarioSetup } from './load/scenarios.ts';
import { ServerProcess } from './load/server-process.ts';

interface MemorySample {
  t_s: number;
  rss_mb: number;
  anon_mb: number;
  file_mb: number;
  heap_used_mb: number;
  external_mb: number;
}

/** The server main thread's JS heap and external memory, from its Prometheus default metrics. */
async function mainThreadMemory(base: string): Promise<{ heapUsedMb: number; externalMb: number }> {
  const text = await fetch(`${base}/metrics`).then(
    (r) => r.text(),
    () => '',
  );
  const metric = (name: string) =>
    Number(new RegExp(`^sinhtrac_${name} (\\S+)$`, 'm').exec(text)?.[1] ?? Number.NaN) / (1024 * 1024);
  return {
    heapUsedMb: metric('nodejs_heap_size_used_bytes'),
    externalMb: metric('nodejs_external_memory_bytes'),
  };
}

/** Least-squares slope of one series over time, MB per minute. */
function slopePerMin(samples: readonly MemorySample[], key: keyof MemorySample): number {
  const mt = samples.reduce((a, p) => a + p.t_s, 0) / samples.length;
  const mv = samples.reduce((a, p) => a + p[key], 0) / samples.length;
  const slope =
    samples.reduce((a, p) => a + (p.t_s - mt) * (p[key] - mv), 0) /
    (samples.reduce((a, p) => a + (p.t_s - mt) ** 2, 0) || 1);
  return slope * 60;
}

const args = parseArgs();
const minutes = args.number('minutes', 10);
const workers = args.number('workers', 2);
const sampleEveryS = args.number('sample', 10);
const durationS = minutes * 60;

const server = await ServerProcess.start({
  SINHTRAC_WORKERS: String(workers),
  SINHTRAC_DATA: args.string('data-dir', `/tmp/sinhtrac-soak-${process.pid}`),
});
try {
  const base = `http://127.0.0.1:${server.httpPort}`;
  const streams = [
    { name: 'verify-templates', transport: 'grpc' as const, concurrency: 8 },
    { name: 'compare-faces', transport: 'http' as const, concurrency: 1 },
    { name: 'verify-images', transport: 'grpc' as const, concurrency: 1 },
  ];
  const setups: ScenarioSetup[] = [];
  for (const s of streams) setups.push(await scenarioNamed(s.name).setup(base));

  const rssMb: MemorySample[] = [];
  const started = performance.now();
  const sample = async () => {
    const t_s = (performance.now() - started) / 1000;
    const m = server.memory();
    const js = await mainThreadMemory(base);
    rssMb.push({
      t_s,
      rss_mb: m.rssMb,
      anon_mb: m.anonMb,
      file_mb: m.fileMb,
      heap_used_mb: js.heapUsedMb,
      external_mb: js.externalMb,
    });
  };
  await sample();
  const sampler = setInterval(() => {
    void sample().then(() => {
      const last = rssMb.at(-1)!;
      process.stderr.write(
        `\rsoak ${last.t_s.toFixed(0)}/${durationS} s, RSS ${last.rss_mb.toFixed(0)} MB ` +
          `(anon ${last.anon_mb.toFixed(0)}, file ${last.file_mb.toFixed(0)}, heap ${last.heap_used_mb.toFixed(0)})   `,
      );
    });
  }, sampleEveryS * 1000);
  const results = await Promise.all(
    streams.map((s, i) => runLoad(server, setups[i]!, s.transport, s.concurrency, durationS)),
  );
  clearInterval(sampler);
  await sample();
  process.stderr.write('\n');

  const tail = rssMb.slice(Math.floor(rssMb.length / 2));
  printResult({
    minutes,
    workers,
    rss_start_mb: rssMb[0]!.rss_mb,
    rss_peak_mb: Math.max(...rssMb.map((p) => p.rss_mb)),
    rss_end_mb: rssMb.at(-1)!.rss_mb,
    rss_slope_second_half_mb_per_min: slopePerMin(tail, 'rss_mb'),
    anon_slope_second_half_mb_per_min: slopePerMin(tail, 'anon_mb'),
    file_slope_second_half_mb_per_min: slopePerMin(tail, 'file_mb'),
    heap_slope_second_half_mb_per_min: slopePerMin(tail, 'heap_used_mb'),
    load_avg_1m: loadavg()[0],
    streams: streams.map((s, i) => ({
      scenario: s.name,
      transport: s.transport,
      concurrency: s.concurrency,
      rps: results[i]!.rps,
      p99_ms: results[i]!.p99_ms,
      errors: results[i]!.errors,
    })),
    rss_samples: rssMb,
  });
} finally {
  await server.stop();
}
