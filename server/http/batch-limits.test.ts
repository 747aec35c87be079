// Issue 14 items 2, 6 (batch) and 8a (batch): NDJSON lines are bounded in bytes and time, and each is checked
// against the VerifyBatchItem schema without type coercion; a bad line is that item's error, the batch goes on.
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, enrolmentJson, liveCaptureJson } from '../app/records-fixtures.ts';
import type { RunningService } from '../service.ts';
import { startTestService } from '../test/service-harness.ts';

let service: RunningService;
let base: string;
const alice = citizen(1);
const aliceId = '001190000123';
const maxLineBytes = 64 * 1024;
// Long enough for the 64 MiB line to stream on a loaded machine (it is one line, bounded by this timeout too).
const lineTimeoutMs = 5_000;
const item = (id: string) => JSON.stringify({ id, cccd: aliceId, ...liveCaptureJson(alice) });

async function batch(body: AsyncIterable<string | Buffer> | string): Promise<any[]> {
  const res = await fetch(`${base}/v1/verify:batch`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-ndjson' },
    body: typeof body === 'string' ? body : (Readable.toWeb(Readable.from(body)) as ReadableStream),
    duplex: 'half',
  } as RequestInit);
  expect(res.status).toBe(200);
  return (await res.text())
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
}

const outcome = (r: any) => [r.index, r.id, r.result?.decision ?? r.error.reason, r.error?.field ?? ''];

beforeAll(async () => {
  service = await startTestService({ batchMaxLineBytes: maxLineBytes, httpRequestTimeoutMs: lineTimeoutMs });
  base = `http://127.0.0.1:${service.httpPort}`;
  const res = await fetch(`${base}/v1/records`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(enrolmentJson(alice, aliceId)),
  });
  expect(res.status).toBe(201);
});

afterAll(async () => {
  await service?.close();
});

describe('POST /v1/verify:batch lines', () => {
  it('answers a 64 MiB line with LINE_TOO_LONG without buffering it, and the next line after it', async () => {
    async function* body() {
      yield `${item('a')}\n`;
      const mib = Buffer.alloc(1024 * 1024, 'x');
      yield '{"id":"big","cccd":"';
      for (let i = 0; i < 64; i++) yield mib;
      yield '"}\n';
      yield `${item('c')}\n`;
    }
    const out = await batch(body());
    expect(out.map(outcome)).toEqual([
      [0, 'a', 'MATCH', ''],
      [1, '', 'LINE_TOO_LONG', ''],
      [2, 'c', 'MATCH', ''],
    ]);
    expect(out[1].error.message).toContain('line 2');
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('counts a last line without a newline, and a line just under the limit is parsed', async () => {
    const padded = JSON.stringify({ id: 'p', cccd: aliceId, ...liveCaptureJson(alice) }).padEnd(
      maxLineBytes,
      ' ',
    );
    const out = await batch(`${padded}\n${'y'.repeat(maxLineBytes + 1)}`);
    expect(out.map(outcome)).toEqual([
      [0, 'p', 'MATCH', ''],
      [1, '', 'LINE_TOO_LONG', ''],
    ]);
  });

  it('validates each line against the schema, without coercing types or wrapping numbers', async () => {
    const live = liveCaptureJson(alice);
    const lines = [
      JSON.stringify({ id: 'array', cccd: [aliceId], ...live }),
      JSON.stringify({ id: 'string-level', cccd: aliceId, ...live, level: '1' }),
      JSON.stringify({ id: 'wrapped', cccd: aliceId, ...live, level: 4294967297 }),
      JSON.stringify({
        id: 'position',
        cccd: aliceId,
        face: live.face,
        fingers: [{ ...live.fingers[0], position: 4294967298 }],
      }),
      JSON.stringify({
        id: 'eleven',
        cccd: aliceId,
        face: live.face,
        fingers: Array(11).fill(live.fingers[0]),
      }),
      JSON.stringify({ id: 'unknown', cccd: aliceId, colour: 'red' }),
      `{"id":"deep","cccd":${'['.repeat(5000)}${']'.repeat(5000)}}`,
      item('ok'),
    ];
    const out = await batch(`${lines.join('\n')}\n`);
    expect(out.map(outcome)).toEqual([
      [0, 'array', 'INVALID_FIELD', 'cccd'],
      [1, 'string-level', 'INVALID_FIELD', 'level'],
      [2, 'wrapped', 'INVALID_FIELD', 'level'],
      [3, 'position', 'INVALID_FIELD', 'fingers[0].position'],
      [4, 'eleven', 'TOO_MANY_ITEMS', 'fingers'],
      [5, 'unknown', 'INVALID_FIELD', 'colour'],
      [6, '', 'TOO_MANY_ITEMS', ''],
      [7, 'ok', 'MATCH', ''],
    ]);
  });

  it('ends a batch whose next line trickles in slower than the line timeout, with a REQUEST_TIMEOUT item', async () => {
    async function* body() {
      yield `${item('a')}\n`;
      for (const ch of '{"id":"slow","cccd":"001190000123"}') {
        await new Promise((r) => setTimeout(r, 300));
        yield ch;
      }
    }
    const out = await batch(body());
    expect(out.map(outcome)).toEqual([
      [0, 'a', 'MATCH', ''],
      [1, '', 'REQUEST_TIMEOUT', ''],
    ]);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
