/**
 * VerifyBatch: many verifications, results in input order, each with its item id and either a result or that
 * item's error (a bad item never fails the batch). At most `batchMaxInFlight` items run at once and input is only
 * read while fewer are pending, so a fast producer waits for the service instead of filling memory.
 */
import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import { AppError, toAppError } from '../errors.ts';
import type { CallContext } from './context.ts';
import type { AppDeps } from './deps.ts';
import { verify } from './verify.ts';

type VerifyBatchItem = sinhtrac.v1.VerifyBatchItem.$Properties;
type VerifyBatchResult = sinhtrac.v1.VerifyBatchResult.$Properties;

/** One input of a batch: an item, or an input the transport could not parse (answered with its error, in place). */
export type BatchEntry = { item: VerifyBatchItem } | { error: AppError; id?: string };

function errorResult(id: string, index: number, err: unknown): VerifyBatchResult {
  const e = toAppError(err);
  if (e.kind === 'INTERNAL') console.error(`verify batch item ${index} internal error:`, err);
  return { id, index, error: { code: e.kind, reason: e.reason, message: e.message, field: e.field ?? '' } };
}

/** The per-item operation (tests substitute it to observe ordering and concurrency). */
export type VerifyFn = typeof verify;

async function runItem(
  deps: AppDeps,
  entry: BatchEntry,
  index: number,
  ctx: CallContext,
  run: VerifyFn,
): Promise<VerifyBatchResult> {
  if ('error' in entry) return errorResult(entry.id ?? '', index, entry.error);
  const { item } = entry;
  const id = item.id ?? '';
  const itemCtx: CallContext = { ...ctx, requestId: `${ctx.requestId}/${id || index}` };
  try {
    const result = await run(
      deps,
      {
        cccd: item.cccd,
        face: item.face,
        fingers: item.fingers,
        target_fmr: item.target_fmr,
        level: item.level,
      },
      itemCtx,
    );
    return { id, index, result };
  } catch (err) {
    return errorResult(id, index, err);
  }
}

export async function* verifyBatch(
  deps: AppDeps,
  entries: AsyncIterable<BatchEntry>,
  ctx: CallContext,
  run: VerifyFn = verify,
): AsyncGenerator<VerifyBatchResult> {
  const maxInFlight = deps.records.batchMaxInFlight;
  const input = entries[Symbol.asyncIterator]();
  const pending: Promise<VerifyBatchResult>[] = [];
  let nextInput: Promise<IteratorResult<BatchEntry>> | undefined;
  let inputDone = false;
  let index = 0;
  try {
    for (;;) {
      if (!inputDone && nextInput === undefined && pending.length < maxInFlight) nextInput = input.next();
      const head = pending[0];
      if (nextInput !== undefined) {
        // Take whichever comes first: a new input, or the oldest result (a client may wait for it before sending).
        const waitingInput: Promise<IteratorResult<BatchEntry>> = nextInput;
        const first =
          head === undefined
            ? { input: await waitingInput }
            : await Promise.race([
                waitingInput.then((r) => ({ input: r })),
                head.then(() => ({ input: undefined })),
              ]);
        if (first.input !== undefined) {
          nextInput = undefined;
          if (first.input.done) inputDone = true;
          else pending.push(runItem(deps, first.input.value, index++, ctx, run));
          continue;
        }
      }
      if (head === undefined) return;
      pending.shift();
      yield await head;
    }
  } finally {
    // The consumer went away (client disconnect): stop reading; items already running finish on their own.
    if (!inputDone) await input.return?.();
  }
}
