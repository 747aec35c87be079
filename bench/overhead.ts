// Service overhead on face work: raw onnxruntime-node running the face models in W worker threads with T intra-op
// threads each, against the service's ExtractFaceTemplate over gRPC with the same pool shape, in one run.
// `npm run bench:overhead -- [--workers 2] [--ort-threads 1] [--duration 15] [--concurrency 4]`. One JSON line last.
//
// Both sides make the same model runs per face (modelRunsPerFace: detector 320x240, landmarks 64x64, the 112x112
// ArcFace-style embedding, the 150x150 dlib embedding and its test-time flip), with the same session options and
// pool shape. What the service adds is all it must do around them: receive the request, decode the JPEG portrait
// (360x360, one face), build the input tensors, detection post-processing, alignment, quality and the template, and
// answer. The headline is CPU time per face (raw CPU over service CPU): wall-clock throughput on a shared 2-core
// machine measures the neighbours as much as the service. The load generator runs in this process, so its CPU is
// never counted as the service's. The engine alone (FaceEngine.extract in one thread, no transport) is measured
// too, to tell pre-processing from transport costs.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';
import { FaceEngine, defaultFaceEngineOptions, faceSessionOptions } from '../engine/face/index.ts';
import type { FaceModelName } from '../engine/face/models.ts';
import { readVerifiedModel } from '../engine/face/models.ts';
import {
  alignedFaceSidePx,
  detectorInputHeightPx,
  dlibChipSidePx,
  dlibEmbedFlip,
  detectorInputWidthPx,
  landmarkInputSidePx,
} from '../engine/face/params.ts';
import { portrait, sample1Faces } from '../fixtures/portraits.ts';
import { typeScriptWorkerSource } from '../engine/pool/typescript-worker.ts';
import { parseArgs } from './lib/args.ts';
import { printResult } from './lib/result.ts';
import { runLoad } from './load/run.ts';
import { ServerProcess } from './load/server-process.ts';

interface RawJob {
  ortThreads: number;
  durationS: number;
}

/** Worker -> main: 'ready' once sessions are warm; then the faces done in the timed window. */
type RawMessage = { type: 'ready' } | { type: 'done'; faces: number; seconds: number };

/**
 * The model runs FaceEngine.extract makes for one face with one subject, in order, with their input shapes: every
 * model the template needs, as often as the engine's options run it (test-time flips run a model twice).
 */
function modelRunsPerFace(): Array<{ model: FaceModelName; shape: number[] }> {
  const rgb = (side: number) => [1, 3, side, side];
  const times = (n: number, run: { model: FaceModelName; shape: number[] }) =>
    Array.from({ length: n }, () => run);
  return [
    { model: 'face_detector', shape: [1, 3, detectorInputHeightPx, detectorInputWidthPx] },
    ...times(defaultFaceEngineOptions.mirrorLandmarks ? 2 : 1, {
      model: 'face_landmarks',
      shape: [1, 1, landmarkInputSidePx, landmarkInputSidePx],
    }),
    ...times(defaultFaceEngineOptions.flip ? 2 : 1, {
      model: 'face_embedding',
      shape: rgb(alignedFaceSidePx),
    }),
    ...times(dlibEmbedFlip ? 2 : 1, { model: 'face_embedding_dlib', shape: rgb(dlibChipSidePx) }),
  ];
}

/** One worker: the sessions as the engine creates them, run back to back on fixed tensors, once per face. */
async function rawWorker(job: RawJob): Promise<void> {
  const options = faceSessionOptions({ ...defaultFaceEngineOptions, intraOpThreads: job.ortThreads });
  const runs = modelRunsPerFace();
  const sessions = new Map<FaceModelName, ort.InferenceSession>();
  for (const { model } of runs) {
    if (!sessions.has(model))
      sessions.set(model, await ort.InferenceSession.create(readVerifiedModel(model), options));
  }
  const tensor = (shape: number[]) =>
    new ort.Tensor(
      'float32',
      Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => Math.random()),
      shape,
    );
  const feeds = runs.map(({ model, shape }) => ({
    session: sessions.get(model)!,
    feed: { input: tensor(shape) },
  }));
  const chain = async () => {
    for (const { session, feed } of feeds) await session.run(feed);
  };
  await chain();
  // Start together so that the CPU the main thread reads covers every worker's timed window and nothing else.
  const go = new Promise((resolve) => parentPort!.once('message', resolve));
  parentPort!.postMessage({ type: 'ready' } satisfies RawMessage);
  await go;
  let faces = 0;
  const started = performance.now();
  const end = started + job.durationS * 1000;
  while (performance.now() < end) {
    await chain();
    faces++;
  }
  const seconds = (performance.now() - started) / 1000;
  parentPort!.postMessage({ type: 'done', faces, seconds } satisfies RawMessage);
}

/** Raw runs: faces per second (sum over workers) and CPU ms per face of this whole process meanwhile. */
async function measureRaw(
  workers: number,
  job: RawJob,
): Promise<{ facesPerS: number; cpuMsPerFace: number }> {
  const threads = Array.from(
    { length: workers },
    () => new Worker(typeScriptWorkerSource(new URL(import.meta.url)), { eval: true, workerData: job }),
  );
  const next = (w: Worker) =>
    new Promise<RawMessage>((resolve, reject) => {
      w.once('message', resolve);
      w.once('error', reject);
    });
  await Promise.all(threads.map(next));
  const cpuBefore = process.cpuUsage();
  const results = threads.map(next);
  for (const w of threads) w.postMessage('go');
  const done = (await Promise.all(results)).filter((m) => m.type === 'done');
  const cpu = process.cpuUsage(cpuBefore);
  await Promise.all(threads.map((w) => w.terminate()));
  const faces = done.reduce((p, m) => p + m.faces, 0);
  return {
    facesPerS: done.reduce((p, m) => p + m.faces / m.seconds, 0),
    cpuMsPerFace: (cpu.user + cpu.system) / 1000 / faces,
  };
}

/** FaceEngine.extract in this thread, no transport and no pool: what the engine adds to the models alone. */
async function measureEngine(image: Uint8Array, ortThreads: number, durationS: number): Promise<number> {
  const engine = await FaceEngine.load({ intraOpThreads: ortThreads });
  await engine.extract(image);
  let faces = 0;
  const cpuBefore = process.cpuUsage();
  const end = performance.now() + durationS * 1000;
  while (performance.now() < end) {
    await engine.extract(image);
    faces++;
  }
  const cpu = process.cpuUsage(cpuBefore);
  await engine.release();
  return (cpu.user + cpu.system) / 1000 / faces;
}

const idleWindowMs = 5000;

if (!isMainThread) {
  await rawWorker(workerData as RawJob);
} else {
  const args = parseArgs();
  const workers = args.number('workers', 2);
  const ortThreads = args.number('ort-threads', 1);
  const durationS = args.number('duration', 15);
  const concurrency = args.number('concurrency', 2 * workers);
  const loadAverageStart = loadavg()[0];

  process.stderr.write(`raw onnxruntime: ${workers} workers x ${ortThreads} threads, ${durationS} s\n`);
  const raw = await measureRaw(workers, { ortThreads, durationS });

  const image = await portrait(1, sample1Faces.middle);
  process.stderr.write(`FaceEngine.extract in one thread, ${durationS / 2} s\n`);
  const engineCpuMsPerFace = await measureEngine(image, ortThreads, durationS / 2);

  process.stderr.write(`service ExtractFaceTemplate over gRPC, concurrency ${concurrency}\n`);
  const dataDir = mkdtempSync(join(tmpdir(), 'sinhtrac-overhead-'));
  const server = await ServerProcess.start({
    SINHTRAC_WORKERS: String(workers),
    SINHTRAC_ORT_THREADS: String(ortThreads),
    SINHTRAC_DATA: dataDir,
  });
  let service;
  let serviceCpuS;
  let serviceIdleCpuMsPerS;
  try {
    const setup = {
      http: { path: '/v1/faces:extract', body: JSON.stringify({ image: image.toString('base64') }) },
      grpc: { service: 'Verification', method: 'ExtractFaceTemplate', request: () => ({ image }) },
    };
    await runLoad(server, setup, 'grpc', concurrency, 3);
    // What the server burns with nothing to do (timers, the audit journal's flush): part of its CPU per face, more
    // so the fewer faces a second a busy machine lets it answer.
    const idleStart = server.usage().cpuSeconds;
    await new Promise((r) => setTimeout(r, idleWindowMs));
    serviceIdleCpuMsPerS = ((server.usage().cpuSeconds - idleStart) * 1e6) / idleWindowMs;
    const before = server.usage().cpuSeconds;
    service = await runLoad(server, setup, 'grpc', concurrency, durationS);
    serviceCpuS = server.usage().cpuSeconds - before;
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  // A refused request costs little CPU: with errors, the per-face numbers would flatter the service.
  if (service.errors > 0) {
    throw new Error(`service answered ${service.errors} errors: ${JSON.stringify(service.error_codes)}`);
  }
  const serviceCpuMsPerFace = (1000 * serviceCpuS) / service.requests;
  printResult({
    workers,
    ort_threads: ortThreads,
    raw_ort_faces_per_s: raw.facesPerS,
    raw_ort_cpu_ms_per_face: raw.cpuMsPerFace,
    service_faces_per_s: service.rps,
    engine_cpu_ms_per_face: engineCpuMsPerFace,
    service_cpu_ms_per_face: serviceCpuMsPerFace,
    service_idle_cpu_ms_per_s: serviceIdleCpuMsPerS,
    service_share_of_raw_cpu: raw.cpuMsPerFace / serviceCpuMsPerFace,
    service_share_of_raw_wall: service.rps / raw.facesPerS,
    service_p50_ms: service.p50_ms,
    service_p99_ms: service.p99_ms,
    service_errors: service.errors,
    load_average_start: loadAverageStart,
    load_average_end: loadavg()[0],
  });
}
