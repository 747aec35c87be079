import { once } from 'node:events';
import type {
  handleBidiStreamingCall,
  ServerDuplexStream,
  UntypedServiceImplementation,
} from '@grpc/grpc-js';
import type { BatchEntry } from '../app/batch.ts';
import type { Application } from '../app/index.ts';
import { AppError } from '../errors.ts';
import type { ServiceMetrics } from '../metrics.ts';
import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import { RefusedMessage, refusing } from './definitions.ts';
import { grpcCallContext, grpcErrorOf, grpcStatusName, requestIdMetadata, unary } from './unary.ts';

type VerifyBatchItem = sinhtrac.v1.VerifyBatchItem.$Properties;
type VerifyBatchResult = sinhtrac.v1.VerifyBatchResult.$Properties;

export interface RecordsOptions {
  /** Time the batch waits for its next item before it ends with a REQUEST_TIMEOUT item. */
  itemTimeoutMs: number;
}

const itemTimeout = Symbol('item timeout');

/** The next item, or `itemTimeout` once `timeoutMs` passed: the clock runs only while the batch waits for input. */
async function nextWithin<T>(
  items: AsyncIterator<T>,
  timeoutMs: number,
): Promise<IteratorResult<T> | typeof itemTimeout> {
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<typeof itemTimeout>((resolve) => {
    timer = setTimeout(() => resolve(itemTimeout), timeoutMs);
  });
  try {
    return await Promise.race([items.next(), expired]);
  } finally {
    clearTimeout(timer);
  }
}

async function* entriesOf(
  call: ServerDuplexStream<VerifyBatchItem | RefusedMessage, VerifyBatchResult>,
  options: RecordsOptions,
): AsyncGenerator<BatchEntry> {
  // Not `for await (… of call)`: that destroys the whole duplex when input ends, before the results are written.
  const items = call.iterator({ destroyOnReturn: false }) as AsyncIterator<VerifyBatchItem | RefusedMessage>;
  for (let frame = 0; ; frame++) {
    const next = await nextWithin(items, options.itemTimeoutMs);
    if (next === itemTimeout) {
      // The answers so far are written and the call ends; the rest of the input is never read.
      const message = `frame ${frame} did not arrive within ${options.itemTimeoutMs} ms`;
      yield { error: new AppError('DEADLINE_EXCEEDED', 'REQUEST_TIMEOUT', message) };
      return;
    }
    if (next.done) return;
    // A malformed or oversized frame is that item's error (its index is its position); the stream goes on.
    if (next.value instanceof RefusedMessage) {
      const e = next.value.error;
      yield { error: new AppError(e.kind, e.reason, `frame ${frame}: ${e.message}`, e.field) };
    } else yield { item: next.value };
  }
}

/** Bidirectional VerifyBatch: results are written in order as they are ready, waiting for `drain` when the client reads slowly. */
function verifyBatch(
  app: Application,
  metrics: ServiceMetrics,
  options: RecordsOptions,
): handleBidiStreamingCall<VerifyBatchItem | RefusedMessage, VerifyBatchResult> {
  return (call) => {
    const started = performance.now();
    const run = async () => {
      let cancelled = false;
      call.on('cancelled', () => (cancelled = true));
      const ctx = grpcCallContext(call);
      call.sendMetadata(requestIdMetadata(ctx.requestId));
      for await (const result of app.verifyBatch(entriesOf(call, options), ctx)) {
        if (cancelled) break;
        if (!call.write(result)) await Promise.race([once(call, 'drain'), once(call, 'cancelled')]);
      }
      if (!cancelled) call.end();
    };
    run().then(
      () => metrics.observe('grpc', 'VerifyBatch', 'OK', (performance.now() - started) / 1000),
      (err: unknown) => {
        const e = grpcErrorOf(err);
        metrics.observe('grpc', 'VerifyBatch', grpcStatusName(e.code), (performance.now() - started) / 1000);
        call.emit('error', { code: e.code, details: e.details, metadata: e.metadata });
      },
    );
  };
}

export function recordsService(
  app: Application,
  metrics: ServiceMetrics,
  options: RecordsOptions,
): UntypedServiceImplementation {
  return {
    CreateRecord: unary('CreateRecord', metrics, refusing(app.createRecord)),
    GetRecord: unary('GetRecord', metrics, refusing(app.getRecord)),
    ReplaceRecord: unary('ReplaceRecord', metrics, refusing(app.replaceRecord)),
    DeleteRecord: unary('DeleteRecord', metrics, refusing(app.deleteRecord)),
    Verify: unary('Verify', metrics, refusing(app.verify)),
    VerifyBatch: verifyBatch(app, metrics, options),
    ListAudit: unary('ListAudit', metrics, refusing(app.listAudit)),
  };
}
