import { Piscina } from 'piscina';
import { fileURLToPath } from 'node:url';
import { fromInputErrorData } from '../errors.ts';
import { runningCompiled } from '../repo-paths.ts';
import type { FaceExtraction } from '../face/index.ts';
import type { ExtractedFinger } from '../finger/index.ts';
import { movable } from './transfer.ts';
import type { FingerExtractTask, PoolTask, TaskOutcome, WorkerEvent, WorkerSettings } from './tasks.ts';

export interface PoolOptions extends WorkerSettings {
  /** Worker threads; each loads its own model sessions. */
  size: number;
  /** Tasks allowed to wait for a free worker; beyond it, calls fail fast with PoolOverloadedError. */
  maxQueue: number;
}

/** The pool's queue is full: shed load instead of growing latency without bound. */
export class PoolOverloadedError extends Error {
  override readonly name = 'PoolOverloadedError';
}

/** The caller's deadline passed before a worker could start the task. */
export class DeadlineExpiredError extends Error {
  override readonly name = 'DeadlineExpiredError';
}

export type FingerExtractInput = Omit<FingerExtractTask, 'kind' | 'deadlineMs'>;

/**
 * Each worker thread's module: the compiled worker.js next to this file in the build (plain JavaScript, no loader);
 * from the sources, worker-entry.mjs, which registers tsx in the thread first (Node 20 does not pass it on).
 */
const workerFile = fileURLToPath(
  new URL(runningCompiled ? './worker.js' : './worker-entry.mjs', import.meta.url),
);

/** Extraction work (decode, detect, embed, minutiae) on worker threads, so the event loop only moves bytes. */
export class BiometricPool {
  private readonly piscina: Piscina;
  private readonly readyThreads = new Set<number>();
  private failure: string | undefined;
  private inFlight = 0;
  readonly ready: Promise<void>;

  constructor(readonly options: PoolOptions) {
    this.piscina = new Piscina({
      filename: workerFile,
      minThreads: options.size,
      maxThreads: options.size,
      // Admission is bounded here (inFlight), not by piscina's queue, whose maxQueue 0 semantics are quirky.
      maxQueue: Number.POSITIVE_INFINITY,
      idleTimeout: Number.POSITIVE_INFINITY,
      workerData: {
        ortThreads: options.ortThreads,
        maxImagePixels: options.maxImagePixels,
      } satisfies WorkerSettings,
    });
    this.ready = new Promise((resolve, reject) => {
      const fail = (message: string): void => {
        this.failure ??= message;
        this.piscina.off('message', onMessage);
        reject(new Error(`worker failed to load: ${this.failure}`));
      };
      // A worker whose module cannot even load never posts; piscina reports it as an error event.
      this.piscina.once('error', (err: unknown) => fail(err instanceof Error ? err.message : String(err)));
      const onMessage = (event: WorkerEvent): void => {
        if (event?.type === 'worker-failed') {
          fail(event.message ?? 'worker failed to start');
        } else if (event?.type === 'worker-ready') {
          this.readyThreads.add(event.threadId);
          if (this.readyThreads.size >= options.size) {
            this.piscina.off('message', onMessage);
            resolve();
          }
        }
      };
      this.piscina.on('message', onMessage);
    });
    // A rejected readiness is reported through isReady()/failure; keep it from crashing the process.
    this.ready.catch(() => undefined);
  }

  /** True once every worker has loaded and warmed its models. */
  isReady(): boolean {
    return this.failure === undefined && this.readyThreads.size >= this.options.size;
  }

  get startupFailure(): string | undefined {
    return this.failure;
  }

  get queueSize(): number {
    return this.piscina.queueSize;
  }

  /** Tasks admitted and not yet answered (running or queued). */
  get tasksInFlight(): number {
    return this.inFlight;
  }

  get utilization(): number {
    return this.piscina.utilization;
  }

  extractFace(image: Uint8Array, deadlineMs?: number): Promise<FaceExtraction> {
    const { view, transfer } = movable(image);
    return this.run<FaceExtraction>({ kind: 'face.extract', image: view, deadlineMs }, [transfer]);
  }

  extractFinger(input: FingerExtractInput, deadlineMs?: number): Promise<ExtractedFinger> {
    const task: FingerExtractTask = {
      kind: 'finger.extract',
      dpi: input.dpi,
      position: input.position,
      deadlineMs,
    };
    const transfers: ArrayBuffer[] = [];
    if (input.raw) {
      const { view, transfer } = movable(input.raw);
      Object.assign(task, { raw: view, width: input.width, height: input.height });
      transfers.push(transfer);
    } else if (input.image) {
      const { view, transfer } = movable(input.image);
      task.image = view;
      transfers.push(transfer);
    }
    return this.run<ExtractedFinger>(task, transfers);
  }

  private async run<T>(task: PoolTask, transferList: ArrayBuffer[]): Promise<T> {
    if (this.inFlight >= this.options.size + this.options.maxQueue) {
      throw new PoolOverloadedError(
        `all ${this.options.size} workers are busy and ${this.options.maxQueue} tasks wait`,
      );
    }
    this.inFlight++;
    let outcome: TaskOutcome<T>;
    try {
      outcome = (await this.piscina.run(task, { transferList })) as TaskOutcome<T>;
    } finally {
      this.inFlight--;
    }
    if (outcome.ok) return outcome.value;
    if ('expired' in outcome) throw new DeadlineExpiredError('deadline passed before a worker was free');
    throw fromInputErrorData(outcome.inputError);
  }

  /** Lets tasks in flight finish (bounded) before the threads go: terminating a thread inside ORT or sharp aborts. */
  async close(drainMs = 10_000): Promise<void> {
    const until = Date.now() + drainMs;
    while (this.inFlight > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    await this.piscina.destroy();
  }
}
