import type { InputErrorData } from '../errors.ts';

/** Settings every worker receives once, at start. */
export interface WorkerSettings {
  ortThreads: number;
  maxImagePixels: number;
}

export interface FaceExtractTask {
  kind: 'face.extract';
  image: Uint8Array;
  /** Epoch ms; a task picked up after it is dropped unrun (the caller has given up). */
  deadlineMs?: number;
}

export interface FingerExtractTask {
  kind: 'finger.extract';
  image?: Uint8Array;
  raw?: Uint8Array;
  width?: number;
  height?: number;
  dpi?: number;
  position?: number;
  deadlineMs?: number;
}

export type PoolTask = FaceExtractTask | FingerExtractTask;

/** Errors cross the thread boundary as data: structured clone drops Error subclasses. */
export type TaskOutcome<T> =
  | { ok: true; value: T; workerMs: number }
  | { ok: false; inputError: InputErrorData }
  | { ok: false; expired: true };

/** Posted by a worker on its parent port once its models are loaded and warm. */
export interface WorkerEvent {
  type: 'worker-ready' | 'worker-failed';
  threadId: number;
  message?: string;
}
