/**
 * Issue 14, authorisation: the access policy over both transports. Roles per operation, bearer tokens, template
 * probes refused for kiosks, attempt limits and CCCD lockout (audited), scores hidden from kiosks, the forwarded
 * operator id validated, and without a policy the development default unchanged.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portrait, sample1Faces } from '../fixtures/portraits.ts';
import { citizen, enrolmentJson, liveCaptureJson } from './app/records-fixtures.ts';
import { parsePolicy, tokenSha256Hex, type Policy } from './app/policy.ts';
import { serviceDefinition } from './grpc/definitions.ts';
import type { RunningService } from './service.ts';
import { startTestService } from './test/service-harness.ts';
import { tlsConfigFrom } from './tls.ts';

const tokens = {
  kiosk: 'kiosk-token-5f1c0b6e',
  backend: 'backend-token-a83d2c71',
  admin: 'admin-token-9e44f0d2',
  slowHttp: 'slow-http-token-0001',
  slowGrpc: 'slow-grpc-token-0002',
} as const;

const policyJson = {
  callers: [
    { name: 'kiosk-token', token_sha256: tokenSha256Hex(tokens.kiosk), roles: ['kiosk'] },
    {
      name: 'batch-backend',
      token_sha256: tokenSha256Hex(tokens.backend),
      roles: ['backend'],
      attempts_per_minute: 0,
    },
    { name: 'ops-admin', token_sha256: tokenSha256Hex(tokens.admin), roles: ['admin'] },
    {
      name: 'slow-http',
      token_sha256: tokenSha256Hex(tokens.slowHttp),
      roles: ['kiosk'],
      attempts_per_minute: 2,
    },
    {
      name: 'slow-grpc',
      token_sha256: tokenSha256Hex(tokens.slowGrpc),
      roles: ['kiosk'],
      attempts_per_minute: 2,
    },
    { certificate_cn: 'kiosk-hn-*', roles: ['kiosk'] },
  ],
  limits: { failed_verifies_per_cccd: 3, failure_window_s: 3600, lockout_s: 3600 },
};
const policy: Policy = parsePolicy(policyJson, 'test-policy.json');

const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
const alice = citizen(61);
const mallory = citizen(62);
const aliceId = '001090000611';

interface Outcome {
  /** 'OK' or the gRPC status name (HTTP statuses are mapped to the same names). */
  status: string;
  httpStatus?: number;
  reason?: string;
  field?: string;
  body: any;
}

const httpStatusNames: Record<number, string> = {
  400: 'INVALID_ARGUMENT',
  401: 'UNAUTHENTICATED',
  403: 'PERMISSION_DENIED',
  404: 'NOT_FOUND',
  409: 'ALREADY_EXISTS',
  422: 'FAILED_PRECONDITION',
  429: 'RESOURCE_EXHAUSTED',
};

function headersOf(token: string | undefined, extra: Record<string, string> = {}): Record<string, string> {
  return { ...(token && { authorization: `Bearer ${token}` }), ...extra };
}

async function overHttp(
  service: RunningService,
  method: string,
  path: string,
  body: unknown,
  headers: Record<string, string>,
): Promise<Outcome> {
  const ndjson = path === '/v1/verify:batch';
  const res = await fetch(`http://127.0.0.1:${service.httpPort}${path}`, {
    method,
    headers: {
      ...headers,
      ...(body !== undefined && { 'content-type': ndjson ? 'application/x-ndjson' : 'application/json' }),
    },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  const text = await res.text();
  const json =
    ndjson && res.ok
      ? text
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l))
      : JSON.parse(text);
  if (res.ok) return { status: 'OK', httpStatus: res.status, body: json };
  return {
    status: httpStatusNames[res.status] ?? String(res.status),
    httpStatus: res.status,
    reason: json.error?.reason,
    field: json.error?.field,
    body: json,
  };
}

type Stub = grpc.Client & Record<string, any>;

function stubs(service: RunningService, credentials = grpc.credentials.createInsecure(), host = '127.0.0.1') {
  const make = (name: 'Records' | 'Verification'): Stub => {
    const Client = grpc.makeGenericClientConstructor(serviceDefinition(name), name);
    return new Client(`${host}:${service.grpcPort}`, credentials) as Stub;
  };
  return { Records: make('Records'), Verification: make('Verification') };
}

function metadataOf(token: string | undefined, extra: Record<string, string> = {}): grpc.Metadata {
  const md = new grpc.Metadata();
  for (const [k, v] of Object.entries(headersOf(token, extra))) md.set(k, v);
  return md;
}

function errorOutcome(err: grpc.ServiceError): Outcome {
  const reason = err.metadata?.get('sinhtrac-reason')[0];
  const field = err.metadata?.get('sinhtrac-field')[0];
  return {
    status: grpc.status[err.code] ?? String(err.code),
    ...(reason !== undefined && { reason: String(reason) }),
    ...(field !== undefined && { field: String(field) }),
    body: undefined,
  };
}

const decisionNames = ['DECISION_UNSPECIFIED', 'MATCH', 'NO_MATCH', 'RECAPTURE'];

/** grpc-js answers enums as numbers; the tests read them by name, as HTTP writes them. */
function withDecisionName(res: any): any {
  return typeof res?.decision === 'number' ? { ...res, decision: decisionNames[res.decision] } : res;
}

function overGrpc(client: Stub, method: string, req: unknown, md: grpc.Metadata): Promise<Outcome> {
  return new Promise((resolve) =>
    client[method](
      req,
      md,
      { deadline: Date.now() + 20_000 },
      (err: grpc.ServiceError | null, res: unknown) =>
        resolve(err ? errorOutcome(err) : { status: 'OK', body: withDecisionName(res) }),
    ),
  );
}

function batchOverGrpc(client: Stub, items: unknown[], md: grpc.Metadata): Promise<Outcome> {
  return new Promise((resolve) => {
    const call = client.VerifyBatch(md, { deadline: Date.now() + 20_000 });
    const results: unknown[] = [];
    call.on('data', (r: unknown) => results.push(r));
    call.on('error', (err: grpc.ServiceError) => resolve(errorOutcome(err)));
    call.on('end', () => resolve({ status: 'OK', body: results }));
    for (const item of items) call.write(item);
    call.end();
  });
}

/** Every operation, with a request that needs no model run (the authorisation answers before any validation). */
const operations: {
  name: string;
  roles: string[];
  http: [string, string, unknown];
  grpc: ['Records' | 'Verification', string, unknown];
}[] = [
  {
    name: 'CompareFaces',
    roles: ['kiosk', 'backend'],
    http: ['POST', '/v1/faces:compare', {}],
    grpc: ['Verification', 'CompareFaces', {}],
  },
  {
    name: 'ExtractFaceTemplate',
    roles: ['kiosk', 'backend'],
    http: ['POST', '/v1/faces:extract', {}],
    grpc: ['Verification', 'ExtractFaceTemplate', {}],
  },
  {
    name: 'ExtractFingerTemplate',
    roles: ['kiosk', 'backend'],
    http: ['POST', '/v1/fingers:extract', {}],
    grpc: ['Verification', 'ExtractFingerTemplate', {}],
  },
  {
    name: 'CompareFingers',
    roles: ['kiosk', 'backend'],
    http: ['POST', '/v1/fingers:compare', {}],
    grpc: ['Verification', 'CompareFingers', {}],
  },
  {
    name: 'CreateRecord',
    roles: ['kiosk', 'admin'],
    http: ['POST', '/v1/records', { cccd: '1' }],
    grpc: ['Records', 'CreateRecord', { cccd: '1' }],
  },
  {
    name: 'GetRecord',
    roles: ['admin'],
    http: ['GET', `/v1/records/${aliceId}`, undefined],
    grpc: ['Records', 'GetRecord', { cccd: aliceId }],
  },
  {
    name: 'ReplaceRecord',
    roles: ['admin'],
    http: ['PUT', '/v1/records/001090000699', {}],
    grpc: ['Records', 'ReplaceRecord', { cccd: '001090000699' }],
  },
  {
    name: 'DeleteRecord',
    roles: ['admin'],
    http: ['DELETE', '/v1/records/001090000699', undefined],
    grpc: ['Records', 'DeleteRecord', { cccd: '001090000699' }],
  },
  {
    name: 'Verify',
    roles: ['kiosk', 'backend'],
    http: ['POST', '/v1/records/001090000699:verify', {}],
    grpc: ['Records', 'Verify', { cccd: '001090000699' }],
  },
  {
    name: 'VerifyBatch',
    roles: ['backend'],
    http: ['POST', '/v1/verify:batch', ''],
    grpc: ['Records', 'VerifyBatch', []],
  },
  {
    name: 'ListAudit',
    roles: ['admin'],
    http: ['GET', `/v1/records/${aliceId}/audit`, undefined],
    grpc: ['Records', 'ListAudit', { cccd: aliceId }],
  },
];

describe('with an access policy (bearer tokens, plaintext)', () => {
  let service: RunningService;
  let clients: ReturnType<typeof stubs>;
  const http = (
    method: string,
    path: string,
    body: unknown,
    token?: string,
    extra?: Record<string, string>,
  ) => overHttp(service, method, path, body, headersOf(token, extra));
  const rpc = (
    svc: 'Records' | 'Verification',
    method: string,
    req: unknown,
    token?: string,
    extra?: Record<string, string>,
  ) =>
    method === 'VerifyBatch'
      ? batchOverGrpc(clients.Records, req as unknown[], metadataOf(token, extra))
      : overGrpc(clients[svc], method, req, metadataOf(token, extra));

  beforeAll(async () => {
    service = await startTestService({ policy });
    clients = stubs(service);
    const created = await http('POST', '/v1/records', enrolmentJson(alice, aliceId), tokens.kiosk, {
      'x-caller-id': 'officer-42',
    });
    expect(created.status).toBe('OK');
    expect(created.body.enrolled_by).toBe('kiosk-token/officer-42');
  });

  afterAll(async () => {
    clients?.Records.close();
    clients?.Verification.close();
    await service?.close();
  });

  it('each role is allowed exactly the operations of its role, over both transports (else 403 NOT_AUTHORISED)', async () => {
    for (const op of operations) {
      for (const role of ['kiosk', 'backend', 'admin'] as const) {
        const token = tokens[role];
        const outcomes = [
          await http(op.http[0], op.http[1], op.http[2], token),
          await rpc(op.grpc[0], op.grpc[1], op.grpc[2], token),
        ];
        for (const [i, o] of outcomes.entries()) {
          const where = `${op.name} as ${role} over ${i === 0 ? 'HTTP' : 'gRPC'}`;
          if (op.roles.includes(role)) {
            expect(o.status, where).not.toMatch(/PERMISSION_DENIED|UNAUTHENTICATED/);
          } else {
            expect({ status: o.status, reason: o.reason }, where).toEqual({
              status: 'PERMISSION_DENIED',
              reason: 'NOT_AUTHORISED',
            });
          }
        }
      }
    }
  });

  it('a missing, unknown or malformed token is 401 UNAUTHENTICATED on both transports', async () => {
    for (const [token, reason] of [
      [undefined, 'MISSING_CREDENTIALS'],
      ['not-a-known-token', 'UNKNOWN_TOKEN'],
    ] as const) {
      const h = await http('GET', `/v1/records/${aliceId}/audit`, undefined, token);
      expect(h).toMatchObject({ status: 'UNAUTHENTICATED', httpStatus: 401, reason });
      expect(await rpc('Records', 'ListAudit', { cccd: aliceId }, token)).toMatchObject({
        status: 'UNAUTHENTICATED',
        reason,
      });
    }
    const basic = { authorization: `Basic ${Buffer.from('a:b').toString('base64')}` };
    expect(await overHttp(service, 'GET', `/v1/records/${aliceId}`, undefined, basic)).toMatchObject({
      httpStatus: 401,
      reason: 'UNKNOWN_TOKEN',
    });
    // The token is the secret, not its digest from the policy file.
    expect(
      await http('GET', `/v1/records/${aliceId}`, undefined, tokenSha256Hex(tokens.admin)),
    ).toMatchObject({
      httpStatus: 401,
    });
    expect((await http('GET', `/v1/records/${aliceId}`, undefined, tokens.admin)).status).toBe('OK');
  });

  it('a kiosk may not send templates as Verify probes (403 TEMPLATE_PROBE_NOT_ALLOWED); a backend may', async () => {
    const live = liveCaptureJson(alice);
    expect(await http('POST', `/v1/records/${aliceId}:verify`, live, tokens.kiosk)).toMatchObject({
      httpStatus: 403,
      reason: 'TEMPLATE_PROBE_NOT_ALLOWED',
      field: 'face.template',
    });
    const fingersOnly = { fingers: live.fingers, level: 2 };
    expect(await http('POST', `/v1/records/${aliceId}:verify`, fingersOnly, tokens.kiosk)).toMatchObject({
      reason: 'TEMPLATE_PROBE_NOT_ALLOWED',
      field: 'fingers[0].template',
    });
    const grpcLive = {
      cccd: aliceId,
      face: { template: alice.liveFace },
      fingers: alice.liveFingers.map((f) => ({ position: f.position, template: f.template })),
    };
    expect(await rpc('Records', 'Verify', grpcLive, tokens.kiosk)).toMatchObject({
      status: 'PERMISSION_DENIED',
      reason: 'TEMPLATE_PROBE_NOT_ALLOWED',
    });
    const backend = await http('POST', `/v1/records/${aliceId}:verify`, live, tokens.backend);
    expect(backend.body).toMatchObject({ decision: 'MATCH' });
    expect(backend.body.score).toBeGreaterThan(0);
    expect((await rpc('Records', 'Verify', grpcLive, tokens.backend)).body).toMatchObject({
      decision: 'MATCH',
    });
  });

  it('kiosks get decisions without scores (Verify, CompareFaces, CompareFingers); backends get scores', async () => {
    const faces = { a: { template: b64(alice.liveFace) }, b: { template: b64(alice.enrolFace) } };
    const kioskFaces = await http('POST', '/v1/faces:compare', faces, tokens.kiosk);
    expect(kioskFaces.body).toMatchObject({ match: true, score: 0 });
    expect((await http('POST', '/v1/faces:compare', faces, tokens.backend)).body.score).toBeGreaterThan(4);
    const grpcFaces = { a: { template: alice.liveFace }, b: { template: alice.enrolFace } };
    expect((await rpc('Verification', 'CompareFaces', grpcFaces, tokens.kiosk)).body).toMatchObject({
      match: true,
      score: 0,
    });
    expect((await rpc('Verification', 'CompareFaces', grpcFaces, tokens.backend)).body.score).toBeGreaterThan(
      4,
    );

    const fingers = {
      probe: alice.liveFingers.map((f) => ({ position: f.position, template: f.template })),
      reference: alice.enrolFingers.map((f) => ({ position: f.position, template: f.template })),
    };
    const kioskFingers = await rpc('Verification', 'CompareFingers', fingers, tokens.kiosk);
    expect(kioskFingers.body.match).toBe(true);
    expect(kioskFingers.body.score).toBe(0);
    expect(kioskFingers.body.fingers.every((f: any) => f.score === 0 && f.match)).toBe(true);
    const backendFingers = await rpc('Verification', 'CompareFingers', fingers, tokens.backend);
    expect(backendFingers.body.score).toBeGreaterThan(0);

    // A kiosk Verify with a captured portrait (level 1): decision and reasons, every score zeroed.
    const image = b64(await portrait(1, sample1Faces.left));
    const kioskVerify = await http(
      'POST',
      `/v1/records/${aliceId}:verify`,
      { face: { image }, level: 1 },
      tokens.kiosk,
    );
    expect(kioskVerify.status).toBe('OK');
    expect(kioskVerify.body).toMatchObject({ decision: 'NO_MATCH', score: 0, fingers_score: 0 });
    expect(kioskVerify.body.reasons).toContain('FACE_NO_MATCH');
    expect(kioskVerify.body.face.score).toBe(0);
    const grpcVerify = await rpc(
      'Records',
      'Verify',
      { cccd: aliceId, face: { image: Buffer.from(image, 'base64') }, level: 1 },
      tokens.kiosk,
    );
    // proto3 leaves zero scores off the wire.
    expect(grpcVerify.body.decision).toBe('NO_MATCH');
    expect(grpcVerify.body.score ?? 0).toBe(0);
    expect(grpcVerify.body.face?.score ?? 0).toBe(0);
    // The audit still holds the scores.
    const audit = await http('GET', `/v1/records/${aliceId}/audit`, undefined, tokens.admin);
    const kioskEntry = audit.body.entries.find(
      (e: any) => e.caller === 'kiosk-token' && e.operation === 'verify',
    );
    expect(kioskEntry.face_score).not.toBe(0);
  });

  it('N failed verifies lock the CCCD (429 CCCD_LOCKED), audited as a lockout without biometrics, both transports', async () => {
    for (const [cccd, transport] of [
      ['001090000621', 'http'],
      ['001090000622', 'grpc'],
    ] as const) {
      expect((await http('POST', '/v1/records', enrolmentJson(alice, cccd), tokens.kiosk)).status).toBe('OK');
      const impostor = () =>
        transport === 'http'
          ? http('POST', `/v1/records/${cccd}:verify`, liveCaptureJson(mallory), tokens.backend)
          : rpc(
              'Records',
              'Verify',
              {
                cccd,
                face: { template: mallory.liveFace },
                fingers: mallory.liveFingers.map((f) => ({ position: f.position, template: f.template })),
              },
              tokens.backend,
            );
      for (let i = 0; i < 3; i++)
        expect((await impostor()).body.decision, `attempt ${i + 1}`).toBe('NO_MATCH');
      const locked = await impostor();
      expect(locked).toMatchObject({ status: 'RESOURCE_EXHAUSTED', reason: 'CCCD_LOCKED' });
      if (transport === 'http') expect(locked.httpStatus).toBe(429);
      // The genuine citizen is locked out too until the period ends: the lock is on the CCCD, not the face.
      expect(
        await http('POST', `/v1/records/${cccd}:verify`, liveCaptureJson(alice), tokens.backend),
      ).toMatchObject({
        reason: 'CCCD_LOCKED',
      });
      // Batch items are counted and refused the same way.
      const batch = await rpc(
        'Records',
        'VerifyBatch',
        [{ id: 'x', cccd, face: { template: alice.liveFace } }],
        tokens.backend,
      );
      expect(batch.body[0].error).toMatchObject({ reason: 'CCCD_LOCKED' });

      const audit = await http('GET', `/v1/records/${cccd}/audit`, undefined, tokens.admin);
      const lockouts = audit.body.entries.filter((e: any) => e.operation === 'lockout');
      expect(lockouts).toHaveLength(1);
      expect(lockouts[0]).toMatchObject({
        caller: 'batch-backend',
        reasons: ['CCCD_LOCKED'],
        score: 0,
        face_score: 0,
        finger_scores: [],
      });
      expect(lockouts[0].versions).toEqual(expect.arrayContaining([{ name: 'failures', version: '3' }]));
      expect(audit.body.entries.filter((e: any) => e.decision === 'NO_MATCH')).toHaveLength(3);
    }
  });

  it('a MATCH clears the failures counted so far', async () => {
    const cccd = '001090000623';
    await http('POST', '/v1/records', enrolmentJson(alice, cccd), tokens.kiosk);
    const verifyAs = (c: ReturnType<typeof citizen>) =>
      http('POST', `/v1/records/${cccd}:verify`, liveCaptureJson(c), tokens.backend);
    for (let round = 0; round < 2; round++) {
      expect((await verifyAs(mallory)).body.decision).toBe('NO_MATCH');
      expect((await verifyAs(mallory)).body.decision).toBe('NO_MATCH');
      expect((await verifyAs(alice)).body.decision).toBe('MATCH');
    }
  });

  it('a caller over its attempts per minute gets 429 RATE_LIMITED on both transports', async () => {
    const faces = { a: { template: b64(alice.liveFace) }, b: { template: b64(alice.enrolFace) } };
    expect((await http('POST', '/v1/faces:compare', faces, tokens.slowHttp)).status).toBe('OK');
    expect((await http('POST', '/v1/faces:compare', faces, tokens.slowHttp)).status).toBe('OK');
    expect(await http('POST', '/v1/faces:compare', faces, tokens.slowHttp)).toMatchObject({
      httpStatus: 429,
      reason: 'RATE_LIMITED',
      body: { error: { code: 'RATE_LIMITED' } },
    });
    const grpcFaces = { a: { template: alice.liveFace }, b: { template: alice.enrolFace } };
    const grpcVerify = { cccd: aliceId, level: 1 };
    expect((await rpc('Verification', 'CompareFaces', grpcFaces, tokens.slowGrpc)).status).toBe('OK');
    // A Verify takes from the same bucket (refused here for its missing face, after taking its attempt).
    expect((await rpc('Records', 'Verify', grpcVerify, tokens.slowGrpc)).status).not.toBe(
      'RESOURCE_EXHAUSTED',
    );
    expect(await rpc('Verification', 'CompareFaces', grpcFaces, tokens.slowGrpc)).toMatchObject({
      status: 'RESOURCE_EXHAUSTED',
      reason: 'RATE_LIMITED',
    });
    // Other callers keep their own buckets.
    expect((await http('POST', '/v1/faces:compare', faces, tokens.kiosk)).status).toBe('OK');
  });

  it('validates the forwarded operator id (400 INVALID_CALLER_ID) and records token name / operator', async () => {
    // HTTP clients refuse C0 controls in headers; a C1 control (here CSI, latin1 0x9b) still arrives.
    for (const bad of ['officer/42', 'x'.repeat(129), 'officer\x9b31m']) {
      expect(
        await http('GET', `/v1/records/${aliceId}`, undefined, tokens.admin, { 'x-caller-id': bad }),
        JSON.stringify(bad),
      ).toMatchObject({ httpStatus: 400, reason: 'INVALID_CALLER_ID', field: 'x-caller-id' });
    }
    for (const bad of ['officer/42', 'x'.repeat(129)]) {
      expect(
        await rpc('Records', 'GetRecord', { cccd: aliceId }, tokens.admin, { 'x-caller-id': bad }),
      ).toMatchObject({
        status: 'INVALID_ARGUMENT',
        reason: 'INVALID_CALLER_ID',
      });
    }
    const cccd = '001090000624';
    const created = await rpc(
      'Records',
      'CreateRecord',
      {
        cccd,
        face: { template: alice.enrolFace },
        fingers: alice.enrolFingers.map((f) => ({ position: f.position, template: f.template })),
      },
      tokens.kiosk,
      { 'x-caller-id': 'officer-7' },
    );
    expect(created.body.enrolled_by).toBe('kiosk-token/officer-7');
  });
});

describe('with an access policy under mutual TLS (certificate CN)', () => {
  const dir = join(import.meta.dirname, '..', 'fixtures', 'tls');
  const pem = (name: string) => readFileSync(join(dir, `${name}.pem`));
  let service: RunningService;

  beforeAll(async () => {
    service = await startTestService({
      policy,
      tls: tlsConfigFrom({
        SINHTRAC_TLS_CERT: join(dir, 'server.pem'),
        SINHTRAC_TLS_KEY: join(dir, 'server-key.pem'),
        SINHTRAC_TLS_CLIENT_CA: join(dir, 'ca.pem'),
      }),
    });
  });

  afterAll(async () => {
    await service?.close();
  });

  it('gRPC: the kiosk certificate (CN kiosk-hn-017, matched by kiosk-hn-*) enrols and may not read the audit', async () => {
    const { Records } = stubs(
      service,
      grpc.credentials.createSsl(pem('ca'), pem('kiosk-key'), pem('kiosk')),
      'localhost',
    );
    try {
      const md = () => metadataOf(undefined, { 'x-caller-id': 'officer-42' });
      const created = await overGrpc(
        Records,
        'CreateRecord',
        {
          cccd: '001090000631',
          face: { template: alice.enrolFace },
          fingers: alice.enrolFingers.map((f) => ({ position: f.position, template: f.template })),
        },
        md(),
      );
      expect(created.body.enrolled_by).toBe('kiosk-hn-017/officer-42');
      expect(await overGrpc(Records, 'ListAudit', { cccd: '001090000631' }, md())).toMatchObject({
        status: 'PERMISSION_DENIED',
        reason: 'NOT_AUTHORISED',
      });
      // The certificate names the caller; a token sent beside it takes over (a gateway forwarding its client's).
      const asAdmin = await overGrpc(
        Records,
        'ListAudit',
        { cccd: '001090000631' },
        metadataOf(tokens.admin),
      );
      expect(asAdmin.body.entries[0].caller).toBe('kiosk-hn-017/officer-42');
    } finally {
      Records.close();
    }
  });
});

describe('without a policy (development default)', () => {
  let service: RunningService;
  let clients: ReturnType<typeof stubs>;

  beforeAll(async () => {
    service = await startTestService();
    clients = stubs(service);
  });

  afterAll(async () => {
    clients?.Records.close();
    clients?.Verification.close();
    await service?.close();
  });

  it('lets every caller do everything, with scores, as before; still validates the operator id', async () => {
    const cccd = '001090000641';
    const h = (method: string, path: string, body?: unknown, extra: Record<string, string> = {}) =>
      overHttp(service, method, path, body, extra);
    expect(
      (await h('POST', '/v1/records', enrolmentJson(alice, cccd), { 'x-caller-id': 'kiosk-7' })).body
        .enrolled_by,
    ).toBe('kiosk-7');
    const verified = await h('POST', `/v1/records/${cccd}:verify`, liveCaptureJson(alice));
    expect(verified.body.decision).toBe('MATCH');
    expect(verified.body.score).toBeGreaterThan(0);
    // No lockout without a policy: many failures keep being decided.
    for (let i = 0; i < 6; i++) {
      expect((await h('POST', `/v1/records/${cccd}:verify`, liveCaptureJson(mallory))).body.decision).toBe(
        'NO_MATCH',
      );
    }
    expect((await h('GET', `/v1/records/${cccd}/audit`)).status).toBe('OK');
    expect((await overGrpc(clients.Records, 'ListAudit', { cccd }, new grpc.Metadata())).status).toBe('OK');
    expect((await overGrpc(clients.Records, 'GetRecord', { cccd }, metadataOf('any-token'))).status).toBe(
      'OK',
    );
    expect(await h('GET', `/v1/records/${cccd}`, undefined, { 'x-caller-id': 'a/b' })).toMatchObject({
      httpStatus: 400,
      reason: 'INVALID_CALLER_ID',
    });
    expect((await h('DELETE', `/v1/records/${cccd}`)).status).toBe('OK');
  });
});
