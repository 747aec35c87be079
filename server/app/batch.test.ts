import { describe, expect, it } from 'vitest';
import { AppError, invalidArgument } from '../errors.ts';
import { verifyBatch, type BatchEntry, type VerifyFn } from './batch.ts';
import type { AppDeps } from './deps.ts';

const ctx = { caller: 'test', requestId: 'batch-1' };
const depsWith = (batchMaxInFlight: number) => ({ records: { batchMaxInFlight } }) as unknown as AppDeps;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fake verify: answers with the CCCD as request id after a delay; fails for CCCD "bad". */
function fakeVerify(stats: { running: number; maxRunning: number }): VerifyFn {
  return async (_deps, req, itemCtx) => {
    stats.running++;
    stats.maxRunning = Math.max(stats.maxRunning, stats.running);
    try {
      await sleep(Number(req.cccd?.slice(-2) ?? 0) % 7);
      if (req.cccd === 'bad') throw new AppError('NOT_FOUND', 'RECORD_NOT_FOUND', 'no record');
      if (req.cccd === 'boom') throw new Error('bug');
      return { decision: 1, request_id: itemCtx.requestId };
    } finally {
      stats.running--;
    }
  };
}

async function* entries(list: BatchEntry[], onRead?: (i: number) => void): AsyncGenerator<BatchEntry> {
  for (const [i, e] of list.entries()) {
    onRead?.(i);
    yield e;
  }
}

const item = (id: string, cccd: string): BatchEntry => ({ item: { id, cccd } });

describe('verifyBatch', () => {
  it('answers in input order with ids, whatever the completion order', async () => {
    const stats = { running: 0, maxRunning: 0 };
    const list = Array.from({ length: 40 }, (_, i) =>
      item(`id${i}`, `0010900000${String(i * 13).padStart(2, '0')}`),
    );
    const out = [];
    for await (const r of verifyBatch(depsWith(6), entries(list), ctx, fakeVerify(stats))) out.push(r);
    expect(out.map((r) => r.index)).toEqual(list.map((_, i) => i));
    expect(out.map((r) => r.id)).toEqual(list.map((_, i) => `id${i}`));
    expect(out[3]?.result?.request_id).toBe('batch-1/id3');
    expect(stats.maxRunning).toBeLessThanOrEqual(6);
    expect(stats.maxRunning).toBeGreaterThan(1);
  });

  it('keeps going past bad items, each answered with its own error', async () => {
    const stats = { running: 0, maxRunning: 0 };
    const list: BatchEntry[] = [
      item('a', '001090000001'),
      item('b', 'bad'),
      { error: invalidArgument('INVALID_JSON', 'line 3: Unexpected token') },
      item('d', 'boom'),
      item('e', '001090000002'),
    ];
    const out = [];
    for await (const r of verifyBatch(depsWith(2), entries(list), ctx, fakeVerify(stats))) out.push(r);
    expect(out.map((r) => [r.id, r.error?.code ?? 'OK', r.error?.reason ?? ''])).toEqual([
      ['a', 'OK', ''],
      ['b', 'NOT_FOUND', 'RECORD_NOT_FOUND'],
      ['', 'INVALID_ARGUMENT', 'INVALID_JSON'],
      ['d', 'INTERNAL', 'INTERNAL'],
      ['e', 'OK', ''],
    ]);
  });

  it('reads no further ahead than the in-flight bound (backpressure)', async () => {
    const stats = { running: 0, maxRunning: 0 };
    let read = -1;
    const list = Array.from({ length: 30 }, (_, i) => item(`${i}`, '001090000001'));
    const gen = verifyBatch(
      depsWith(4),
      entries(list, (i) => (read = i)),
      ctx,
      fakeVerify(stats),
    );
    await gen.next(); // one result taken
    await sleep(30); // a slow consumer: the batch must not keep reading input meanwhile
    expect(read).toBeLessThanOrEqual(4 + 1);
    await gen.return(undefined);
  });

  it('does not deadlock when the client waits for each answer before sending the next item', async () => {
    const stats = { running: 0, maxRunning: 0 };
    let release: (() => void) | undefined;
    async function* interactive(): AsyncGenerator<BatchEntry> {
      for (let i = 0; i < 5; i++) {
        yield item(`${i}`, '001090000001');
        await new Promise<void>((r) => (release = r)); // wait until the answer to item i arrived
      }
    }
    const out = [];
    for await (const r of verifyBatch(depsWith(8), interactive(), ctx, fakeVerify(stats))) {
      out.push(r.id);
      release?.();
    }
    expect(out).toEqual(['0', '1', '2', '3', '4']);
  });
});
