// Issue 14 "must reach": hostile input on every route of both transports (oversized repeated fields, huge bodies
// and lines, numbers that would wrap, wrong JSON types, malformed and mistyped protobuf, non-finite templates and
// target_fmr) is refused as the caller's error, naming the field where there is one, never INTERNAL, and the
// service is alive and ready (GET /readyz, gRPC health) after every case. The cases are generated from the proto,
// so a new route or field is covered without editing this file.
import * as grpc from '@grpc/grpc-js';
import protobuf from 'protobufjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, enrolmentJson, liveCaptureJson } from './app/records-fixtures.ts';
import { packageName, reflection, v1 } from './contract.ts';
import { serviceDefinition } from './grpc/definitions.ts';
import { maxItemsOf } from './request-limits.ts';
import type { RunningService } from './service.ts';
import { startTestService } from './test/service-harness.ts';

let service: RunningService;
let base: string;
const raw: Record<string, grpc.Client & Record<string, any>> = {};
let health: grpc.Client & Record<string, any>;

const alice = citizen(7);
const aliceId = '001190000777';
const bodyLimitBytes = 256 * 1024;
const maxLineBytes = 64 * 1024;
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

/** A valid face template whose first embedding scale is NaN (issue 14 item 5). */
function nanFace(template: Uint8Array): Uint8Array {
  const out = template.slice();
  new DataView(out.buffer).setFloat32(10, Number.NaN, true);
  return out;
}

const services = ['Verification', 'Records'] as const;
const methods = services.flatMap((s) =>
  reflection.lookupService(`${packageName}.${s}`).methodsArray.map((m) => ({ service: s, method: m })),
);

// ---------------------------------------------------------------------------------------------------------------
// Fields of a request message, one level into nested messages (index 0 of a repeated one), as the field names the
// error model uses (`fingers[0].position`).

interface FieldAt {
  name: string;
  field: protobuf.Field;
  /** The top-level field and, for a nested one, the nested field. */
  chain: protobuf.Field[];
}

function fieldsOf(type: protobuf.Type): FieldAt[] {
  const out: FieldAt[] = [];
  for (const f of type.fieldsArray) {
    out.push({ name: f.name, field: f, chain: [f] });
    if (f.resolvedType instanceof protobuf.Type) {
      for (const g of f.resolvedType.fieldsArray) {
        out.push({ name: `${f.name}${f.repeated ? '[0]' : ''}.${g.name}`, field: g, chain: [f, g] });
      }
    }
  }
  return out;
}

const isUint32 = (f: protobuf.Field) => f.type === 'uint32' || f.type === 'fixed32';
const isNumber = (f: protobuf.Field) => ['double', 'float'].includes(f.type) || isUint32(f);

/** JSON values of the wrong type or out of range for a field. */
function badJsonValues(f: protobuf.Field): unknown[] {
  if (f.repeated) return [{}, 'x'];
  if (f.resolvedType instanceof protobuf.Type) return ['x', []];
  if (f.resolvedType instanceof protobuf.Enum) return ['NOT_A_VALUE', 1];
  if (isUint32(f)) return [4294967297, 4294967296, -1, 1.5, '1'];
  if (isNumber(f)) return ['0.5', true, null];
  if (f.type === 'bool') return ['true', 1];
  if (f.type === 'bytes') return [5, ['AA==']];
  return [123, ['x'], { a: 1 }];
}

/** `{ chain[0]: value }` or `{ chain[0]: { chain[1]: value } }` (an array of one for a repeated field). */
function jsonWith(chain: protobuf.Field[], value: unknown): Record<string, unknown> {
  const [outer, inner] = chain;
  if (!inner) return { [outer!.name]: value };
  const nested = { [inner.name]: value };
  return { [outer!.name]: outer!.repeated ? [nested] : nested };
}

// ---------------------------------------------------------------------------------------------------------------
// Protobuf wire bytes written by hand: what no encoder would produce.

function varint(n: bigint): number[] {
  const out: number[] = [];
  do {
    const b = Number(n & 0x7fn);
    n >>= 7n;
    out.push(n > 0n ? b | 0x80 : b);
  } while (n > 0n);
  return out;
}
const tag = (f: protobuf.Field, wireType: number) => varint(BigInt((f.id << 3) | wireType));
const delimited = (f: protobuf.Field, payload: number[]) => [
  ...tag(f, 2),
  ...varint(BigInt(payload.length)),
  ...payload,
];
/** The field in its chain: `payload` (a whole field) wrapped in its parent message. */
const wireWith = (chain: protobuf.Field[], payload: number[]): Buffer =>
  Buffer.from(chain.length === 1 ? payload : delimited(chain[0]!, payload));

// ---------------------------------------------------------------------------------------------------------------

async function http(
  method: string,
  path: string,
  body?: string,
  type = 'application/json',
): Promise<{ status: number; json: any }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': type },
    body,
  });
  const text = await res.text();
  let json: any;
  try {
    json = JSON.parse(text);
  } catch {
    json = { text };
  }
  return { status: res.status, json };
}

function rawClient(serviceName: string): grpc.Client & Record<string, any> {
  const definition = serviceDefinition(serviceName);
  for (const m of Object.values(definition)) m.requestSerialize = (b: Buffer) => b;
  const Client = grpc.makeGenericClientConstructor(definition, serviceName);
  return new Client(`127.0.0.1:${service.grpcPort}`, grpc.credentials.createInsecure()) as any;
}

function call(serviceName: string, method: string, bytes: Uint8Array): Promise<grpc.ServiceError | null> {
  return new Promise((resolve) => {
    raw[serviceName]![method](Buffer.from(bytes), (err: grpc.ServiceError | null) => resolve(err));
  });
}

async function expectReady(label: string): Promise<void> {
  expect((await fetch(`${base}/readyz`)).status, `${label}: /readyz`).toBe(200);
  const status = await new Promise<unknown>((resolve, reject) =>
    health.Check({ service: '' }, (err: Error | null, r: { status: unknown }) =>
      err ? reject(err) : resolve(r.status),
    ),
  );
  expect(status, `${label}: gRPC health`).toBe('SERVING');
}

function expectRefusedHttp(
  label: string,
  res: { status: number; json: any },
  field?: string,
  reason?: string,
): void {
  // 415 is the one refusal of bad input that HTTP names more exactly than 400.
  const status = reason === 'UNSUPPORTED_MEDIA_TYPE' ? 415 : 400;
  expect(res.status, `${label}: ${JSON.stringify(res.json).slice(0, 300)}`).toBe(status);
  expect(res.json.error?.code, label).toBe('INVALID_ARGUMENT');
  expect(res.json.error?.reason, label).toMatch(/^[A-Z_]+$/);
  if (field !== undefined) expect(res.json.error.field, label).toBe(field);
  if (reason !== undefined) expect(res.json.error.reason, label).toBe(reason);
}

function expectRefusedGrpc(label: string, err: grpc.ServiceError | null, field?: string, reason?: string) {
  expect(err, `${label}: succeeded`).not.toBeNull();
  expect(err!.code, `${label}: ${err!.details}`).toBe(grpc.status.INVALID_ARGUMENT);
  expect(String(err!.metadata.get('sinhtrac-reason')[0]), label).toMatch(/^[A-Z_]+$/);
  if (field !== undefined) expect(err!.metadata.get('sinhtrac-field'), label).toEqual([field]);
  if (reason !== undefined) expect(err!.metadata.get('sinhtrac-reason'), label).toEqual([reason]);
}

/** A caller's error of any kind (not found, invalid), never INTERNAL or UNKNOWN. */
function expectNotInternal(label: string, err: grpc.ServiceError | null): void {
  if (err === null) return;
  expect([grpc.status.INTERNAL, grpc.status.UNKNOWN], `${label}: ${err.details}`).not.toContain(err.code);
}

beforeAll(async () => {
  service = await startTestService({ httpBodyLimitBytes: bodyLimitBytes, batchMaxLineBytes: maxLineBytes });
  base = `http://127.0.0.1:${service.httpPort}`;
  for (const s of services) raw[s] = rawClient(s);
  const HealthClient = grpc.makeGenericClientConstructor(
    {
      Check: {
        path: '/grpc.health.v1.Health/Check',
        requestStream: false,
        responseStream: false,
        requestSerialize: () => Buffer.alloc(0),
        requestDeserialize: (b: Buffer) => b,
        responseSerialize: (b: unknown) => b as Buffer,
        // HealthCheckResponse { status = 1 }; 1 is SERVING.
        responseDeserialize: (b: Buffer) => ({ status: b[0] === 0x08 && b[1] === 1 ? 'SERVING' : b[1] }),
      },
    },
    'Health',
  );
  health = new HealthClient(`127.0.0.1:${service.grpcPort}`, grpc.credentials.createInsecure()) as any;
  const created = await http('POST', '/v1/records', JSON.stringify(enrolmentJson(alice, aliceId)));
  expect(created.status).toBe(201);
});

afterAll(async () => {
  for (const c of Object.values(raw)) c.close();
  health?.close();
  await service?.close();
});

// ---------------------------------------------------------------------------------------------------------------

interface HttpRoute {
  method: string;
  path: string;
  operation: string;
}

async function httpRoutes(): Promise<HttpRoute[]> {
  const doc = (await http('GET', '/openapi.json')).json as {
    paths: Record<string, Record<string, { operationId: string }>>;
  };
  // The RPC routes live under /v1/; the document also lists /healthz, /readyz and /metrics.
  const rpcPaths = Object.entries(doc.paths).filter(([path]) => path.startsWith('/v1/'));
  return rpcPaths.flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path: path.replace('{cccd}', aliceId),
      operation: op.operationId,
    })),
  );
}

describe('every route of both transports', () => {
  it('HTTP serves every RPC of the proto, and gRPC every one too', async () => {
    const operations = (await httpRoutes()).map((r) => r.operation).sort();
    expect(operations).toEqual(methods.map((m) => m.method.name).sort());
  });
});

describe('HTTP JSON routes', () => {
  it('refuses every field given a wrong type or an out-of-range number, naming it', async () => {
    let cases = 0;
    for (const route of await httpRoutes()) {
      if (route.method === 'GET' || route.method === 'DELETE' || route.operation === 'VerifyBatch') continue;
      const type = methods.find((m) => m.method.name === route.operation)!.method.resolvedRequestType!;
      for (const at of fieldsOf(type)) {
        for (const value of badJsonValues(at.field)) {
          const label = `${route.operation} ${at.name}=${JSON.stringify(value)}`;
          const res = await http(route.method, route.path, JSON.stringify(jsonWith(at.chain, value)));
          expectRefusedHttp(label, res, at.name);
          cases++;
          await expectReady(label);
        }
      }
    }
    expect(cases).toBeGreaterThan(100);
  });

  it('refuses every repeated field one item over its bound, and structure bombs, huge and broken bodies', async () => {
    for (const route of await httpRoutes()) {
      if (route.method === 'GET' || route.method === 'DELETE' || route.operation === 'VerifyBatch') continue;
      const type = methods.find((m) => m.method.name === route.operation)!.method.resolvedRequestType!;
      const send = (body: string, type?: string) => http(route.method, route.path, body, type);
      for (const f of type.fieldsArray.filter((f) => f.repeated)) {
        const items = Array.from({ length: maxItemsOf(type.name, f.name)! + 1 }, () => ({}));
        const label = `${route.operation} ${f.name} x ${items.length}`;
        expectRefusedHttp(label, await send(JSON.stringify({ [f.name]: items })), f.name, 'TOO_MANY_ITEMS');
        await expectReady(label);
      }
      const cases: [string, string, string | undefined, string?][] = [
        ['structure bomb', `{"x":[${'[],'.repeat(30_000)}[]]}`, 'TOO_MANY_ITEMS'],
        ['over the body limit', `{"cccd":"${'1'.repeat(bodyLimitBytes)}"}`, 'BODY_TOO_LARGE'],
        ['not JSON', '{"cccd": 0x1}', 'INVALID_JSON'],
        ['a JSON array', '[]', undefined],
        ['a JSON number', '1e400', undefined],
        ['an unknown field', '{"cccd_": "1"}', 'INVALID_FIELD'],
        ['prototype poisoning', '{"__proto__": {"level": 1}}', undefined],
        ['a wrong content type', '<x/>', 'UNSUPPORTED_MEDIA_TYPE', 'application/xml'],
      ];
      for (const [name, body, reason, contentType] of cases) {
        const label = `${route.operation} ${name}`;
        expectRefusedHttp(label, await send(body, contentType), undefined, reason);
        await expectReady(label);
      }
    }
  });

  it('refuses a NaN face template on every route that takes a face', async () => {
    const face = { template: b64(nanFace(alice.enrolFace)) };
    const live = liveCaptureJson(alice);
    const cases: [string, string, string, unknown][] = [
      ['CompareFaces', 'POST', '/v1/faces:compare', { a: face, b: face }],
      ['CreateRecord', 'POST', '/v1/records', { ...enrolmentJson(alice, '001190000778'), face }],
      ['ReplaceRecord', 'PUT', `/v1/records/${aliceId}`, { ...enrolmentJson(alice, aliceId), face }],
      ['Verify', 'POST', `/v1/records/${aliceId}:verify`, { ...live, face }],
    ];
    for (const [name, method, path, body] of cases) {
      const res = await http(method, path, JSON.stringify(body));
      expectRefusedHttp(name, res, undefined, 'INVALID_TEMPLATE');
      await expectReady(name);
    }
    // The record is unchanged: it still verifies.
    const verify = await http('POST', `/v1/records/${aliceId}:verify`, JSON.stringify(live));
    expect(verify.json.decision).toBe('MATCH');
  });

  it('refuses bad CCCD path parameters and query values on the GET and DELETE routes', async () => {
    for (const route of await httpRoutes()) {
      if (route.method !== 'GET' && route.method !== 'DELETE') continue;
      if (!route.path.includes(aliceId)) continue;
      for (const cccd of ['1'.repeat(101), '%E0%A4%A', 'abc', '0011900007770', '00119000077%00']) {
        const label = `${route.operation} cccd=${cccd.slice(0, 20)}`;
        const res = await http(route.method, route.path.replace(aliceId, cccd));
        expect(res.status, `${label}: ${JSON.stringify(res.json)}`).toBeGreaterThanOrEqual(400);
        expect(res.status, label).toBeLessThan(500);
        expect(res.json.error?.reason, label).toMatch(/^[A-Z_]+$/);
        await expectReady(label);
      }
    }
    const audit = await http('GET', `/v1/records/${aliceId}/audit?limit=4294967297`);
    expectRefusedHttp('ListAudit limit', audit, 'limit');
  });

  it('answers every bad verify:batch line as its own error and the good lines after them', async () => {
    const type = reflection.lookupType(`${packageName}.VerifyBatchItem`);
    const expected: (string | undefined)[] = [];
    const lines: string[] = [];
    for (const at of fieldsOf(type)) {
      for (const value of badJsonValues(at.field)) {
        lines.push(JSON.stringify({ cccd: aliceId, ...jsonWith(at.chain, value) }));
        expected.push(at.name);
      }
    }
    const good = JSON.stringify({ id: 'good', cccd: aliceId, ...liveCaptureJson(alice) });
    lines.push(`{"cccd":"${'1'.repeat(maxLineBytes)}"}`, `[${'[],'.repeat(10_000)}[]]`, '{', '[]', good);
    expected.push(undefined, undefined, undefined, undefined, 'MATCH');
    const res = await fetch(`${base}/v1/verify:batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: lines.join('\n'),
    });
    expect(res.status).toBe(200);
    const results = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(results.map((r) => r.index)).toEqual(lines.map((_, i) => i));
    results.forEach((r, i) => {
      const label = `line ${i + 1}: ${lines[i]!.slice(0, 80)}`;
      if (expected[i] === 'MATCH') return expect(r.result?.decision, label).toBe('MATCH');
      expect(r.error?.code, label).toBe('INVALID_ARGUMENT');
      if (expected[i] !== undefined) expect(r.error.field, label).toBe(expected[i]);
    });
    await expectReady('verify:batch');
  });
});

describe('gRPC methods', () => {
  const unaryMethods = methods.filter((m) => !m.method.requestStream);

  it('answers malformed protobuf with INVALID_ARGUMENT on every unary method', async () => {
    const malformed: [string, number[]][] = [
      ['a lone 0xff', [0xff]],
      ['a length past the end', [0x0a, 100, 0x30]],
      ['a truncated varint', [0x08, 0x80]],
      ['wire type 7', [0x0f]],
      ['a group', [0x0b]],
      ['field number 0', [0x00, 0x01]],
      ['300 fields', Array.from({ length: 300 }, () => [0x78, 0x01]).flat()],
    ];
    for (const { service: s, method } of unaryMethods) {
      for (const [name, bytes] of malformed) {
        const label = `${method.name} ${name}`;
        expectRefusedGrpc(label, await call(s, method.name, Buffer.from(bytes)));
        await expectReady(label);
      }
    }
  });

  it('refuses wrapped uint32 varints and oversized repeated fields, naming the field', async () => {
    let cases = 0;
    for (const { service: s, method } of unaryMethods) {
      const type = method.resolvedRequestType!;
      for (const at of fieldsOf(type)) {
        if (isUint32(at.field) && at.field.type === 'uint32') {
          for (const n of [2n ** 32n, 2n ** 32n + 1n, 2n ** 64n - 1n]) {
            const label = `${method.name} ${at.name}=${n}`;
            const bytes = wireWith(at.chain, [...tag(at.field, 0), ...varint(n)]);
            expectRefusedGrpc(label, await call(s, method.name, bytes), at.name, 'INVALID_FIELD');
            cases++;
            await expectReady(label);
          }
        }
        if (at.field.repeated && at.chain.length === 1) {
          const max = maxItemsOf(type.name, at.field.name)!;
          const payload = Array.from({ length: max + 1 }, () => delimited(at.field, [])).flat();
          const label = `${method.name} ${at.name} x ${max + 1}`;
          expectRefusedGrpc(
            label,
            await call(s, method.name, Buffer.from(payload)),
            at.name,
            'TOO_MANY_ITEMS',
          );
          cases++;
          await expectReady(label);
        }
      }
    }
    expect(cases).toBeGreaterThan(20);
  });

  it('never answers a field sent with the wrong wire type as INTERNAL', async () => {
    for (const { service: s, method } of unaryMethods) {
      for (const at of fieldsOf(method.resolvedRequestType!)) {
        const wrong =
          at.field.resolvedType instanceof protobuf.Type || ['string', 'bytes'].includes(at.field.type)
            ? [
                [...tag(at.field, 0), 1],
                [...tag(at.field, 5), 0, 0, 0x80, 0x7f],
              ]
            : [delimited(at.field, [1, 2, 3]), [...tag(at.field, 1), 0, 0, 0, 0, 0, 0, 0xf8, 0x7f]];
        for (const payload of wrong) {
          const label = `${method.name} ${at.name} wire ${payload.slice(0, 6).join(',')}`;
          expectNotInternal(label, await call(s, method.name, wireWith(at.chain, payload)));
          await expectReady(label);
        }
      }
    }
  });

  it('refuses a NaN or infinite target_fmr and a NaN face template', async () => {
    const enc = (type: string, m: Record<string, unknown>) =>
      (v1 as any)[type].encode(m).finish() as Uint8Array;
    const face = { template: nanFace(alice.enrolFace) };
    const live = {
      face: { template: alice.liveFace },
      fingers: alice.liveFingers.map((f) => ({ position: f.position, template: f.template })),
    };
    const probe = [{ position: 2, template: alice.liveFingers[0]!.template }];
    const reference = [{ position: 2, template: alice.enrolFingers[0]!.template }];
    const cases: [string, string, Uint8Array, string?][] = [];
    for (const fmr of [Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
      cases.push(
        [
          'CompareFaces',
          'Verification',
          enc('CompareFacesRequest', { a: live.face, b: live.face, target_fmr: fmr }),
          'target_fmr',
        ],
        [
          'CompareFingers',
          'Verification',
          enc('CompareFingersRequest', { probe, reference, target_fmr: fmr }),
          'target_fmr',
        ],
        [
          'Verify',
          'Records',
          enc('VerifyRequest', { cccd: aliceId, ...live, target_fmr: fmr }),
          'target_fmr',
        ],
      );
    }
    cases.push(
      ['CompareFaces', 'Verification', enc('CompareFacesRequest', { a: face, b: face })],
      [
        'CreateRecord',
        'Records',
        enc('CreateRecordRequest', { cccd: '001190000779', face, fingers: reference }),
      ],
      ['Verify', 'Records', enc('VerifyRequest', { cccd: aliceId, ...live, face })],
    );
    for (const [method, s, bytes, field] of cases) {
      const label = `${method} ${field ?? 'NaN face template'}`;
      expectRefusedGrpc(label, await call(s, method, bytes), field);
      await expectReady(label);
    }
  });

  it('answers every bad VerifyBatch frame as its own error and the good frame after them', async () => {
    const type = reflection.lookupType(`${packageName}.VerifyBatchItem`);
    const frames: Buffer[] = [Buffer.from([0xff]), Buffer.from([0x0a, 100, 0x30])];
    for (const at of fieldsOf(type)) {
      if (at.field.type === 'uint32')
        frames.push(wireWith(at.chain, [...tag(at.field, 0), ...varint(2n ** 33n)]));
      if (at.field.repeated && at.chain.length === 1) {
        frames.push(Buffer.from(Array.from({ length: 11 }, () => delimited(at.field, [])).flat()));
      }
    }
    const nanItem = { cccd: aliceId, face: { template: nanFace(alice.liveFace) }, level: 1 };
    frames.push(Buffer.from(v1.VerifyBatchItem.encode(nanItem).finish()));
    const good = { id: 'good', cccd: aliceId, face: { template: alice.liveFace }, level: 1 };
    frames.push(Buffer.from(v1.VerifyBatchItem.encode(good).finish()));
    const stream = raw.Records!.VerifyBatch();
    const results: any[] = [];
    stream.on('data', (r: unknown) => results.push(r));
    const ended = new Promise<void>((resolve, reject) => {
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    for (const f of frames) stream.write(f);
    stream.end();
    await ended;
    expect(results.map((r) => r.index)).toEqual(frames.map((_, i) => i));
    results.slice(0, -1).forEach((r, i) => expect(r.error?.code, `frame ${i}`).toBe('INVALID_ARGUMENT'));
    expect(results.at(-1)).toMatchObject({ id: 'good', result: { decision: v1.Decision.MATCH } });
    await expectReady('VerifyBatch');
  });
});
