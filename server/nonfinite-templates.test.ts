/**
 * Issue 14 item 5: a crafted face template (scale 1e38) made NaN scores (500s) and, once decided on, an audit that
 * answered 500 on every listing. Over both transports: refused at enrolment and in compare/verify (400 /
 * INVALID_ARGUMENT, INVALID_TEMPLATE), and an audit already holding NaN (written by an older version) lists.
 */
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, enrolmentJson, liveCaptureJson } from './app/records-fixtures.ts';
import { serviceDefinition } from './grpc/definitions.ts';
import type { RunningService } from './service.ts';
import { startTestService } from './test/service-harness.ts';

let service: RunningService;
let records: grpc.Client & Record<string, any>;
let verification: grpc.Client & Record<string, any>;

const alice = citizen(51);
const aliceId = '001090000511';
const poisonedId = '001090000512';
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

/** A valid v2 face template with its first embedding's scale set to 1e38 (int8 * scale overflows f32). */
function crafted(template: Uint8Array): Uint8Array {
  const out = template.slice();
  new DataView(out.buffer).setFloat32(10, 1e38, true);
  return out;
}

async function http(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`http://127.0.0.1:${service.httpPort}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

function rpc<Res>(client: Record<string, any>, method: string, req: unknown): Promise<Res> {
  return new Promise((resolve, reject) =>
    client[method](req, (err: grpc.ServiceError | null, res: Res) => (err ? reject(err) : resolve(res))),
  );
}

beforeAll(async () => {
  service = await startTestService();
  const make = (name: 'Records' | 'Verification') => {
    const Client = grpc.makeGenericClientConstructor(serviceDefinition(name), name);
    return new Client(`127.0.0.1:${service.grpcPort}`, grpc.credentials.createInsecure()) as grpc.Client &
      Record<string, any>;
  };
  records = make('Records');
  verification = make('Verification');
  expect((await http('POST', '/v1/records', enrolmentJson(alice, aliceId))).status).toBe(201);
});

afterAll(async () => {
  records?.close();
  verification?.close();
  await service?.close();
});

const invalidTemplate = (field: string) => ({
  code: grpc.status.INVALID_ARGUMENT,
  metadata: expect.objectContaining({}),
  details: expect.stringMatching(/^INVALID_TEMPLATE: .*scale/),
  field,
});

async function grpcFailure(client: Record<string, any>, method: string, req: unknown) {
  const err = await rpc(client, method, req).then(
    () => undefined,
    (e: grpc.ServiceError) => e,
  );
  expect(err, `${method} succeeded`).toBeDefined();
  return { ...err!, field: String(err!.metadata.get('sinhtrac-field')[0]) };
}

describe('a face template with a non-finite or out-of-range scale', () => {
  it('HTTP: refused at enrolment, in compare and in verify (400 INVALID_TEMPLATE, field named)', async () => {
    const enrol = enrolmentJson(alice, poisonedId);
    enrol.face.template = b64(crafted(alice.enrolFace));
    const created = await http('POST', '/v1/records', enrol);
    expect(created.status).toBe(400);
    expect(created.json.error).toMatchObject({ reason: 'INVALID_TEMPLATE', field: 'face.template' });
    expect((await http('GET', `/v1/records/${poisonedId}`)).status).toBe(404);

    const compare = await http('POST', '/v1/faces:compare', {
      a: { template: b64(alice.liveFace) },
      b: { template: b64(crafted(alice.enrolFace)) },
    });
    expect(compare.status).toBe(400);
    expect(compare.json.error).toMatchObject({ reason: 'INVALID_TEMPLATE', field: 'b.template' });

    const live = liveCaptureJson(alice);
    live.face.template = b64(crafted(alice.liveFace));
    const verified = await http('POST', `/v1/records/${aliceId}:verify`, live);
    expect(verified.status).toBe(400);
    expect(verified.json.error).toMatchObject({ reason: 'INVALID_TEMPLATE', field: 'face.template' });
  });

  it('gRPC: refused at enrolment, in compare and in verify (INVALID_ARGUMENT INVALID_TEMPLATE)', async () => {
    const fingers = alice.enrolFingers.map((f) => ({ position: f.position, template: f.template }));
    expect(
      await grpcFailure(records, 'CreateRecord', {
        cccd: poisonedId,
        face: { template: crafted(alice.enrolFace) },
        fingers,
      }),
    ).toMatchObject(invalidTemplate('face.template'));
    expect(
      await grpcFailure(verification, 'CompareFaces', {
        a: { template: crafted(alice.liveFace) },
        b: { template: alice.enrolFace },
      }),
    ).toMatchObject(invalidTemplate('a.template'));
    expect(
      await grpcFailure(records, 'Verify', {
        cccd: aliceId,
        face: { template: crafted(alice.liveFace) },
        fingers: alice.liveFingers.map((f) => ({ position: f.position, template: f.template })),
      }),
    ).toMatchObject(invalidTemplate('face.template'));
  });
});

describe('an audit holding NaN scores (written by an older version)', () => {
  it('lists over both transports, the non-finite numbers as 0, the other entries intact', async () => {
    await service.app.deps.store.appendAudit({
      at: new Date().toISOString(),
      caller: 'older-version',
      requestId: 'nan-1',
      cccd: aliceId,
      operation: 'verify',
      decision: 'NO_MATCH',
      score: NaN,
      threshold: 5.11,
      faceScore: Infinity,
      fingerScores: [{ position: 2, score: NaN }],
    });
    const listed = await http('GET', `/v1/records/${aliceId}/audit`);
    expect(listed.status).toBe(200);
    const nan = listed.json.entries.find((e: any) => e.request_id === 'nan-1');
    expect(nan).toMatchObject({
      score: 0,
      face_score: 0,
      threshold: 5.11,
      finger_scores: [{ position: 2, score: 0 }],
    });
    expect(listed.json.entries.some((e: any) => e.operation === 'create')).toBe(true);

    const overGrpc = await rpc<any>(records, 'ListAudit', { cccd: aliceId });
    const entry = overGrpc.entries.find((e: any) => e.request_id === 'nan-1');
    expect(entry.score).toBe(0);
    expect(entry.face_score).toBe(0);
    expect(Number.isFinite(entry.finger_scores[0].score)).toBe(true);
  });
});
