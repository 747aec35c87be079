// Issue 14 item 8a: a request trickled in (one byte at a time) is cut off at a deadline on both transports, and
// the service stays ready. A streamed batch is bounded per item instead, so a long batch is not cut.
import http2 from 'node:http2';
import net from 'node:net';
import { Readable } from 'node:stream';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, enrolmentJson, liveCaptureJson } from './app/records-fixtures.ts';
import { v1 } from './contract.ts';
import { serviceDefinition } from './grpc/definitions.ts';
import type { RunningService } from './service.ts';
import { startTestService } from './test/service-harness.ts';

let service: RunningService;
let base: string;
let records: grpc.Client & Record<string, any>;
const timeoutMs = 1_000;
const alice = citizen(3);
const aliceId = '001190000333';
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeAll(async () => {
  service = await startTestService({ httpRequestTimeoutMs: timeoutMs, grpcReceiveTimeoutMs: timeoutMs });
  base = `http://127.0.0.1:${service.httpPort}`;
  const Client = grpc.makeGenericClientConstructor(serviceDefinition('Records'), 'Records');
  records = new Client(`127.0.0.1:${service.grpcPort}`, grpc.credentials.createInsecure()) as any;
  const res = await fetch(`${base}/v1/records`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(enrolmentJson(alice, aliceId)),
  });
  expect(res.status).toBe(201);
});

afterAll(async () => {
  records?.close();
  await service?.close();
});

async function expectReady(): Promise<void> {
  expect((await fetch(`${base}/readyz`)).status).toBe(200);
  const health = await new Promise<string>((resolve, reject) => {
    const Client = grpc.makeGenericClientConstructor(
      {
        Check: {
          path: '/grpc.health.v1.Health/Check',
          requestStream: false,
          responseStream: false,
          requestSerialize: () => Buffer.alloc(0),
          requestDeserialize: (b: Buffer) => b,
          responseSerialize: (b: Buffer) => b,
          // HealthCheckResponse { status = 1 }: 1 is SERVING.
          responseDeserialize: (b: Buffer) => (b[0] === 0x08 && b[1] === 1 ? 'SERVING' : `status ${b[1]}`),
        },
      },
      'Health',
    );
    const client = new Client(`127.0.0.1:${service.grpcPort}`, grpc.credentials.createInsecure()) as any;
    client.Check({}, (err: Error | null, s: string) => (client.close(), err ? reject(err) : resolve(s)));
  });
  expect(health).toBe('SERVING');
}

describe('HTTP', () => {
  it('answers a body trickled one byte at a time with 408 REQUEST_TIMEOUT and closes the connection', async () => {
    const answer = await new Promise<{ text: string; trickled: number }>((resolve, reject) => {
      let text = '';
      let trickled = 0;
      const socket = net.connect(service.httpPort, '127.0.0.1', () => {
        socket.write(
          'POST /v1/fingers:compare HTTP/1.1\r\nhost: x\r\ncontent-type: application/json\r\n' +
            'content-length: 1000\r\n\r\n{',
        );
      });
      const trickle = setInterval(() => socket.writable && (socket.write(' '), trickled++), 200);
      socket.on('data', (d) => (text += d.toString()));
      socket.on('close', () => (clearInterval(trickle), resolve({ text, trickled })));
      socket.on('error', reject);
    });
    expect(answer.text).toMatch(/^HTTP\/1.1 408 /);
    expect(answer.text.toLowerCase()).toContain('connection: close');
    const body = JSON.parse(answer.text.slice(answer.text.indexOf('\r\n\r\n') + 4));
    expect(body.error).toMatchObject({ code: 'DEADLINE_EXCEEDED', reason: 'REQUEST_TIMEOUT' });
    await expectReady();
  });

  it('lets a batch body stream for longer than the body timeout while each line arrives in time', async () => {
    const line = `${JSON.stringify({ id: 'x', cccd: aliceId, ...liveCaptureJson(alice) })}\n`;
    async function* body() {
      for (let i = 0; i < 4; i++) {
        yield line;
        await sleep(timeoutMs / 2);
      }
    }
    const res = await fetch(`${base}/v1/verify:batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: Readable.toWeb(Readable.from(body())) as ReadableStream,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(200);
    const results = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results.map((r) => r.result?.decision ?? r.error.reason)).toEqual([
      'MATCH',
      'MATCH',
      'MATCH',
      'MATCH',
    ]);
  });
});

describe('gRPC', () => {
  it('answers a unary message trickled one byte at a time with DEADLINE_EXCEEDED REQUEST_TIMEOUT', async () => {
    const session = http2.connect(`http://127.0.0.1:${service.grpcPort}`);
    const req = session.request({
      ':method': 'POST',
      ':path': '/sinhtrac.v1.Records/GetRecord',
      'content-type': 'application/grpc',
      te: 'trailers',
    });
    // A frame header announcing 50 bytes, then one byte every 200 ms.
    req.write(Buffer.from([0, 0, 0, 0, 50]));
    const trickle = setInterval(() => !req.closed && req.write(Buffer.from([0x0a])), 200);
    const headers = await new Promise<http2.IncomingHttpHeaders>((resolve) => req.once('response', resolve));
    clearInterval(trickle);
    req.close();
    session.close();
    expect(headers['grpc-status']).toBe(String(grpc.status.DEADLINE_EXCEEDED));
    expect(headers['sinhtrac-reason']).toBe('REQUEST_TIMEOUT');
    await expectReady();
  });

  it('ends a VerifyBatch whose next item does not come, after answering the ones that did', async () => {
    const call = records.VerifyBatch();
    const results: any[] = [];
    call.on('data', (r: unknown) => results.push(r));
    const ended = new Promise<void>((resolve, reject) => {
      call.on('end', resolve);
      call.on('error', reject);
    });
    call.write({ id: 'a', cccd: aliceId, face: { template: alice.liveFace }, level: 1 });
    // No further item and no end of input: the batch must not wait forever.
    await ended;
    call.cancel();
    expect(results.map((r) => r.result?.decision ?? r.error.reason)).toEqual([
      v1.Decision.MATCH,
      'REQUEST_TIMEOUT',
    ]);
    expect(results[1].error.code).toBe('DEADLINE_EXCEEDED');
    await expectReady();
  });

  it('still answers a unary call sent at once', async () => {
    const info = await new Promise<any>((resolve, reject) =>
      records.GetRecord({ cccd: aliceId }, (err: Error | null, r: unknown) =>
        err ? reject(err) : resolve(r),
      ),
    );
    expect(info.cccd).toBe(aliceId);
  });
});
