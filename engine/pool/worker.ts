// Piscina worker: loads the face models and the fingerprint core once, then serves extraction tasks.
import { parentPort, threadId, workerData } from 'node:worker_threads';
import sharp from 'sharp';
import { FaceEngine } from '../face/index.ts';
import { extractTemplate } from '../finger/index.ts';
import { InputError, toInputErrorData } from '../errors.ts';
import type { PoolTask, TaskOutcome, WorkerEvent, WorkerSettings } from './tasks.ts';

const settings = workerData as WorkerSettings;

// Each worker thread already has a core: libvips threads of its own would only contend with onnxruntime and the
// other worker (measured on a 360 px JPEG: 2.2 -> 1.7 ms CPU per decode). Every request brings a new image, so
// libvips' operation cache only holds memory.
sharp.concurrency(1);
sharp.cache(false);

function announce(event: Omit<WorkerEvent, 'threadId'>): void {
  parentPort?.postMessage({ ...event, threadId } satisfies WorkerEvent);
}

let faceEngine: FaceEngine;
try {
  faceEngine = await FaceEngine.load({
    intraOpThreads: settings.ortThreads,
    maxPixels: settings.maxImagePixels,
  });
  announce({ type: 'worker-ready' });
} catch (err) {
  announce({ type: 'worker-failed', message: err instanceof Error ? err.message : String(err) });
  throw err;
}

async function perform(task: PoolTask): Promise<unknown> {
  switch (task.kind) {
    case 'face.extract':
      return faceEngine.extract(task.image);
    case 'finger.extract':
      return extractTemplate(
        task.raw
          ? { raw: task.raw, width: task.width ?? 0, height: task.height ?? 0 }
          : (task.image ?? new Uint8Array()),
        { dpi: task.dpi, position: task.position },
      );
  }
}

export default async function run(task: PoolTask): Promise<TaskOutcome<unknown>> {
  if (task.deadlineMs !== undefined && Date.now() > task.deadlineMs) return { ok: false, expired: true };
  const started = performance.now();
  try {
    const value = await perform(task);
    return { ok: true, value, workerMs: performance.now() - started };
  } catch (err) {
    if (err instanceof InputError) return { ok: false, inputError: toInputErrorData(err) };
    throw err;
  }
}
