// Service overhead on face work: raw onnxruntime-node running the three face models (detector, landmarks,
// embedding) in W worker threads with T intra-op threads each, against the service's ExtractFaceTemplate over
// gRPC with the same pool shape, in one run. `npm run bench:overhead -- [--workers 2] [--ort-threads 1]
// [--duration 15] [--concurrency 4]`. One JSON line last.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import * as ort from 'onnxruntime-node';
import { defaultFaceEngineOptions } from '../engine/face/index.ts';
import { readVerifiedModel } from '../engine/face/models.ts';
import {
  alignedFaceSidePx,
  detectorInputHeightPx,
  detectorInputWidthPx,
  landmarkInputSidePx,
} from '../engine/face/params.ts';
import { portrait, sample1Faces } from '../fixtures/portraits.ts';
import { typeScriptWorkerSource } from '../fixtures/synth/worker-bootstrap.ts';
import { parseArgs } from './lib/args.ts';
import { printResult } from './lib/result.ts';
import { runLoad } from './load/run.ts';
import { ServerProcess } from './load/server-process.ts';

interface RawJob {
  ortThreads: number;
  durationS: number;
}

/** One worker: the three sessions as the engine creates them, run back to back on fixed tensors; faces per second. */
async function rawWorker(job: RawJob): Promise<number> {
  const options: ort.InferenceSession.SessionOptions = {
    intraOpNumThreads: job.ortThreads,
    interOpNumThreads: 1,
    graphOptimizationLevel: defaultFaceEngineOptions.graphOptimizationLevel,
    executionMode: 'sequential',
  };
  const session = (name: 'face_detector' | 'face_landmarks' | 'face_embedding') =>
    ort.InferenceSession.create(readVerifiedModel(name), options);
  const [detector, landmarks, embedder] = await Promise.all([
    session('face_detector'),
    session('face_landmarks'),
    session('face_embedding'),
  ]);
  const tensor = (shape: number[]) =>
    new ort.Tensor(
      'float32',
      Float32Array.from({ length: shape.reduce((a, b) => a * b, 1) }, () => Math.random()),
      shape,
    );
  const det = { input: tensor([1, 3, detectorInputHeightPx, detectorInputWidthPx]) };
  const lmk = { input: tensor([1, 1, landmarkInputSidePx, landmarkInputSidePx]) };
  const emb = { input: tensor([1, 3, alignedFaceSidePx, alignedFaceSidePx]) };
  const chain = async () => {
    await detector.run(det);
    await landmarks.run(lmk);
    await embedder.run(emb);
  };
  await chain();
  let done = 0;
  const started = performance.now();
  const end = started + job.durationS * 1000;
  while (performance.now() < end) {
    await chain();
    done++;
  }
  return done / ((performance.now() - started) / 1000);
}

if (!isMainThread) {
  parentPort!.postMessage(await rawWorker(workerData as RawJob));
} else {
  const args = parseArgs();
  const workers = args.number('workers', 2);
  const ortThreads = args.number('ort-threads', 1);
  const durationS = args.number('duration', 15);
  const concurrency = args.number('concurrency', 2 * workers);

  process.stderr.write(`raw onnxruntime: ${workers} workers x ${ortThreads} threads, ${durationS} s\n`);
  const rates = await Promise.all(
    Array.from(
      { length: workers },
      () =>
        new Promise<number>((resolve, reject) => {
          const w = new Worker(typeScriptWorkerSource(new URL(import.meta.url)), {
            eval: true,
            workerData: { ortThreads, durationS } satisfies RawJob,
          });
          w.once('message', resolve);
          w.once('error', reject);
        }),
    ),
  );
  const rawRate = rates.reduce((a, b) => a + b, 0);

  process.stderr.write(`service ExtractFaceTemplate over gRPC, concurrency ${concurrency}\n`);
  const server = await ServerProcess.start({
    SINHTRAC_WORKERS: String(workers),
    SINHTRAC_ORT_THREADS: String(ortThreads),
  });
  let service;
  try {
    const image = await portrait(1, sample1Faces.middle);
    const setup = {
      http: { path: '/v1/faces:extract', body: JSON.stringify({ image: image.toString('base64') }) },
      grpc: { service: 'Verification', method: 'ExtractFaceTemplate', request: () => ({ image }) },
    };
    await runLoad(server, setup, 'grpc', concurrency, 3);
    service = await runLoad(server, setup, 'grpc', concurrency, durationS);
  } finally {
    await server.stop();
  }
  printResult({
    workers,
    ort_threads: ortThreads,
    raw_ort_faces_per_s: rawRate,
    service_faces_per_s: service.rps,
    service_share_of_raw: service.rps / rawRate,
    service_p50_ms: service.p50_ms,
    service_p99_ms: service.p99_ms,
    service_errors: service.errors,
  });
}
