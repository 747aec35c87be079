// Memory over time under a mixed load: `npm run bench:soak -- [--minutes 10] [--workers 2]`. Template verifies
// over gRPC, face comparisons over HTTP and image verifies over gRPC run together against one server process while
// its RSS is sampled. One JSON line last: RSS at start, peak and end, the trend, and each stream's throughput.
import { parseArgs } from './lib/args.ts';
import { printResult } from './lib/result.ts';
import { runLoad } from './load/run.ts';
import { scenarioNamed, type ScenarioSetup } from './load/scenarios.ts';
import { ServerProcess } from './load/server-process.ts';

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

  const rssMb: Array<{ t_s: number; rss_mb: number }> = [];
  const started = performance.now();
  const sample = () =>
    rssMb.push({ t_s: (performance.now() - started) / 1000, rss_mb: server.usage().rssMb });
  sample();
  const sampler = setInterval(() => {
    sample();
    const last = rssMb.at(-1)!;
    process.stderr.write(`\rsoak ${last.t_s.toFixed(0)}/${durationS} s, RSS ${last.rss_mb.toFixed(0)} MB   `);
  }, sampleEveryS * 1000);
  const results = await Promise.all(
    streams.map((s, i) => runLoad(server, setups[i]!, s.transport, s.concurrency, durationS)),
  );
  clearInterval(sampler);
  sample();
  process.stderr.write('\n');

  // Least-squares slope of RSS over the second half (after warm-up allocation settles), MB per minute.
  const tail = rssMb.slice(Math.floor(rssMb.length / 2));
  const mt = tail.reduce((a, p) => a + p.t_s, 0) / tail.length;
  const mr = tail.reduce((a, p) => a + p.rss_mb, 0) / tail.length;
  const slope =
    tail.reduce((a, p) => a + (p.t_s - mt) * (p.rss_mb - mr), 0) /
    (tail.reduce((a, p) => a + (p.t_s - mt) ** 2, 0) || 1);
  printResult({
    minutes,
    workers,
    rss_start_mb: rssMb[0]!.rss_mb,
    rss_peak_mb: Math.max(...rssMb.map((p) => p.rss_mb)),
    rss_end_mb: rssMb.at(-1)!.rss_mb,
    rss_slope_second_half_mb_per_min: slope * 60,
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
