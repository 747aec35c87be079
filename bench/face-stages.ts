/**
 * Per-stage latency of FaceEngine.extract (decode, detect, landmarks, align, embed), p50/p95 per stage.
 *   npm run bench:face-stages -- [--images <dir>] [--iterations 5] [--workers 1] [engine flags]
 * Engine flags (bench/lib/face-options.ts): --threads, --inter-threads, --graph, --flip, --mirror-landmarks.
 * Default images: the face-api demo photos (1920 px wide, several faces each). With --workers N, N worker threads
 * each load their own engine (as the piscina pool does) and extract concurrently; latency is per extraction.
 */
import { readdir, readFile } from 'node:fs/promises';
import { loadavg } from 'node:os';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import type { FaceEngineOptions, FaceExtraction } from '../engine/face/index.ts';
import { InputError } from '../engine/errors.ts';
import { FaceEngine, defaultFaceEngineOptions } from '../engine/face/index.ts';
import { parseArgs } from './lib/args.ts';
import { faceEngineOptionsFromArgs } from './lib/face-options.ts';
import { ProgressBar } from './lib/progress.ts';
import { printResult } from './lib/result.ts';
import { percentile } from './lib/stats.ts';

/** `cpu`: CPU ms of the whole process (every thread: onnxruntime, libvips) during the extraction. */
type Timings = FaceExtraction['timingsMs'] & { total: number; cpu: number };
interface Job {
  files: string[];
  iterations: number;
  options: FaceEngineOptions;
}

/** `null` reports an image refused with an InputError (no face...): counted, not timed. */
async function runJob(job: Job, onDone: (t: Timings | null) => void): Promise<void> {
  const engine = await FaceEngine.load(job.options);
  const images = await Promise.all(job.files.map((f) => readFile(f)));
  for (let i = 0; i < job.iterations; i++) {
    for (const image of images) {
      const started = performance.now();
      const cpuBefore = process.cpuUsage();
      try {
        const x = await engine.extract(image);
        const cpu = process.cpuUsage(cpuBefore);
        onDone({ ...x.timingsMs, total: performance.now() - started, cpu: (cpu.user + cpu.system) / 1000 });
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
        onDone(null);
      }
    }
  }
  await engine.release();
}

/** Node 20 does not pass `--import tsx` on to worker threads: each registers the TypeScript loader itself. */
const workerBootstrap = `import(${JSON.stringify(import.meta.resolve('tsx/esm/api'))})
  .then((tsx) => { tsx.register(); return import(${JSON.stringify(import.meta.url)}); });`;

async function main(): Promise<void> {
  const args = parseArgs();
  const require = createRequire(import.meta.url);
  const defaultDir = dirname(require.resolve('@vladmandic/face-api/demo/sample1.jpg'));
  const dir = resolve(args.string('images', defaultDir));
  const files = (await readdir(dir))
    // The demo folder also holds screenshots: its portraits are sample*.jpg.
    .filter((f) => (dir === defaultDir ? /^sample\d+\.jpg$/ : /\.(jpe?g|png|webp)$/i).test(f))
    .sort()
    .map((f) => join(dir, f));
  const workers = args.number('workers', 1);
  const iterations = args.number('iterations', 5);
  const options = faceEngineOptionsFromArgs(args);
  const job: Job = { files, iterations, options };
  const timings: Timings[] = [];
  const bar = new ProgressBar(`face-stages x${workers}`, workers * iterations * files.length);
  let refused = 0;
  const record = (t: Timings | null) => {
    if (t === null) refused++;
    else timings.push(t);
    bar.tick();
  };
  const started = performance.now();
  if (workers <= 1) {
    await runJob(job, record);
  } else {
    await Promise.all(
      Array.from({ length: workers }, () => {
        const worker = new Worker(workerBootstrap, { eval: true, workerData: job });
        worker.on('message', record);
        return new Promise<void>((done, fail) => {
          worker.on('error', fail);
          worker.on('exit', () => done());
        });
      }),
    );
  }
  const wallMs = performance.now() - started;
  bar.finish();
  // With one worker, CPU per extraction is the number to trust on a shared machine; with more it counts them all.
  const stages: Array<keyof Timings> = ['decode', 'detect', 'landmarks', 'align', 'embed', 'total'];
  if (workers <= 1) stages.push('cpu');
  const result: Record<string, unknown> = {
    bench: 'face-stages',
    images: files.length,
    image_dir: dir,
    extractions: timings.length,
    refused_extractions: refused,
    workers,
    engine_options: { ...defaultFaceEngineOptions, ...options },
    // Wall clock including model load and warm-up of every worker.
    throughput_per_s_wall: timings.length / (wallMs / 1000),
    // Steady state: every worker busy all the time.
    throughput_per_s_steady: (workers * 1000 * timings.length) / timings.reduce((p, t) => p + t.total, 0),
    load_average: loadavg()[0],
  };
  for (const s of stages) {
    const values = timings.map((t) => t[s]);
    result[`${s}_ms_p50`] = percentile(values, 50);
    result[`${s}_ms_p95`] = percentile(values, 95);
  }
  printResult(result);
}

if (isMainThread) {
  await main();
} else {
  await runJob(workerData as Job, (t) => parentPort!.postMessage(t));
}
