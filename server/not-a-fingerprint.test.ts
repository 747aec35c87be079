// A portrait (or anything without ridges) sent as a fingerprint, over both transports: extraction says
// NOT_A_FINGERPRINT with quality 0, a Verify asks for a recapture with that reason (never NO_MATCH), and an
// enrolment refuses it (422 / FAILED_PRECONDITION).
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portrait, sample1Faces } from '../fixtures/portraits.ts';
import { encodeGrayPng, generateFingerImpression } from '../fixtures/synth/index.ts';
import { citizen } from './app/records-fixtures.ts';
import { v1 } from './contract.ts';
import { serviceDefinition } from './grpc/definitions.ts';
import type { RunningService } from './service.ts';
import { startTestService } from './test/service-harness.ts';

let service: RunningService;
let base: string;
const clients: Record<string, grpc.Client & Record<string, any>> = {};
let portraitPng: Buffer;
const printPng = Buffer.from(encodeGrayPng(generateFingerImpression(3, 0)));
const alice = citizen(31);
const aliceId = '001190000777';
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

async function http(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: { 'content-type': 'application/json', 'x-caller-id': 'backend-1' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

function rpc(service: 'Verification' | 'Records', method: string, req: unknown): Promise<any> {
  return new Promise((resolve, reject) => {
    const md = new grpc.Metadata();
    md.set('x-caller-id', 'backend-1');
    clients[service]![method](req, md, (err: grpc.ServiceError | null, res: unknown) =>
      err ? reject(err) : resolve(res),
    );
  });
}

beforeAll(async () => {
  portraitPng = await portrait(1, sample1Faces.middle, { outputSidePx: 400, format: 'png' });
  service = await startTestService();
  base = `http://127.0.0.1:${service.httpPort}`;
  for (const name of ['Verification', 'Records'] as const) {
    const Client = grpc.makeGenericClientConstructor(serviceDefinition(name), name);
    clients[name] = new Client(`127.0.0.1:${service.grpcPort}`, grpc.credentials.createInsecure()) as any;
  }
  const created = await http('POST', '/v1/records', {
    cccd: aliceId,
    face: { template: b64(alice.enrolFace) },
    fingers: alice.enrolFingers.map((f) => ({ position: f.position, template: b64(f.template) })),
  });
  expect(created.status).toBe(201);
});

afterAll(async () => {
  for (const c of Object.values(clients)) c.close();
  await service?.close();
});

const liveWithPortraitFinger = (encode: (b: Uint8Array) => unknown) => ({
  face: { template: encode(alice.liveFace) },
  fingers: [
    { position: 2, image: encode(portraitPng) },
    { position: 7, template: encode(alice.liveFingers[1]!.template) },
  ],
});

describe('a non-fingerprint image', () => {
  it('extraction answers NOT_A_FINGERPRINT with quality 0 (HTTP), a print gets no such code', async () => {
    const face = await http('POST', '/v1/fingers:extract', { image: b64(portraitPng) });
    expect(face.status).toBe(200);
    expect(face.json.quality).toBe(0);
    expect(face.json.quality_feedback).toContain('NOT_A_FINGERPRINT');
    const print = await http('POST', '/v1/fingers:extract', { image: b64(printPng) });
    expect(print.status).toBe(200);
    expect(print.json.quality).toBeGreaterThan(0);
    expect(print.json.quality_feedback).not.toContain('NOT_A_FINGERPRINT');
  });

  it('extraction answers NOT_A_FINGERPRINT with quality 0 (gRPC)', async () => {
    const face = await rpc('Verification', 'ExtractFingerTemplate', { image: portraitPng });
    expect(face.quality).toBe(0);
    expect(face.quality_feedback).toContain('NOT_A_FINGERPRINT');
    const print = await rpc('Verification', 'ExtractFingerTemplate', { image: printPng });
    expect(print.quality_feedback).not.toContain('NOT_A_FINGERPRINT');
  });

  it('a Verify with it as a live finger is RECAPTURE with the reason, not NO_MATCH (HTTP)', async () => {
    const res = await http('POST', `/v1/records/${aliceId}:verify`, liveWithPortraitFinger(b64));
    expect(res.status).toBe(200);
    expect(res.json.decision).toBe('RECAPTURE');
    expect(res.json.reasons).toEqual(['TOO_FEW_FINGERS', 'NOT_A_FINGERPRINT']);
    const finger = res.json.fingers.find((f: any) => f.position === 2);
    expect(finger).toMatchObject({ reason: 'NOT_A_FINGERPRINT', quality: 0 });
    expect(finger.quality_feedback).toContain('NOT_A_FINGERPRINT');
  });

  it('a Verify with it as a live finger is RECAPTURE with the reason, not NO_MATCH (gRPC)', async () => {
    const res = await rpc('Records', 'Verify', { cccd: aliceId, ...liveWithPortraitFinger((b) => b) });
    expect(res.decision).toBe(v1.Decision.RECAPTURE);
    expect(res.reasons).toEqual(['TOO_FEW_FINGERS', 'NOT_A_FINGERPRINT']);
  });

  it('an enrolment with it is refused with the reason: HTTP 422, gRPC FAILED_PRECONDITION', async () => {
    const body = (encode: (b: Uint8Array) => unknown) => ({
      cccd: '079203000777',
      face: { template: encode(alice.enrolFace) },
      fingers: [{ position: 2, image: encode(portraitPng) }],
    });
    const res = await http('POST', '/v1/records', body(b64));
    expect(res.status).toBe(422);
    expect(res.json.error).toMatchObject({ reason: 'NOT_A_FINGERPRINT', field: 'fingers[0].image' });
    const err = await rpc(
      'Records',
      'CreateRecord',
      body((b) => b),
    ).then(
      () => undefined,
      (e: grpc.ServiceError) => e,
    );
    expect(err?.code).toBe(grpc.status.FAILED_PRECONDITION);
    expect(err?.metadata.get('sinhtrac-reason')).toEqual(['NOT_A_FINGERPRINT']);
    expect((await http('GET', '/v1/records/079203000777')).status).toBe(404);
  });
});
