// Issue 14 items 1, 6 and 8 (b, c, e): oversized repeated fields, numbers that wrap, malformed protobuf and
// duplicate positions are refused with a reason and a field on both transports, before any per-item work.
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen } from './app/records-fixtures.ts';
import { v1 } from './contract.ts';
import { serviceDefinition } from './grpc/definitions.ts';
import type { RunningService } from './service.ts';
import { startTestService } from './test/service-harness.ts';

let service: RunningService;
let base: string;
const clients: Record<string, grpc.Client & Record<string, any>> = {};

const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
const alice = citizen(1);
const aliceId = '001190000123';

async function post(path: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

/** A client that sends pre-encoded bytes, so a test can send what no protobuf encoder would. */
function rawClient(serviceName: string): grpc.Client & Record<string, any> {
  const definition = serviceDefinition(serviceName);
  for (const m of Object.values(definition)) m.requestSerialize = (b: Buffer) => b;
  const Client = grpc.makeGenericClientConstructor(definition, serviceName);
  return new Client(`127.0.0.1:${service.grpcPort}`, grpc.credentials.createInsecure()) as any;
}

function unary(serviceName: string, method: string, bytes: Uint8Array): Promise<grpc.ServiceError | unknown> {
  return new Promise((resolve) => {
    clients[serviceName]![method](Buffer.from(bytes), (err: grpc.ServiceError | null, res: unknown) =>
      resolve(err ?? res),
    );
  });
}

function expectRefused(err: unknown, reason: string, field?: string): void {
  const e = err as grpc.ServiceError;
  expect(e.code).toBe(grpc.status.INVALID_ARGUMENT);
  expect(e.metadata.get('sinhtrac-reason')).toEqual([reason]);
  if (field !== undefined) expect(e.metadata.get('sinhtrac-field')).toEqual([field]);
}

/** `count` empty submessages of field `fieldNumber`: 2 bytes each on the wire. */
function emptyRepeated(fieldNumber: number, count: number): Buffer {
  const buf = Buffer.alloc(count * 2);
  for (let i = 0; i < count; i++) buf[2 * i] = (fieldNumber << 3) | 2;
  return buf;
}

const varint = (n: bigint): number[] => {
  const out: number[] = [];
  do {
    const b = Number(n & 0x7fn);
    n >>= 7n;
    out.push(n > 0n ? b | 0x80 : b);
  } while (n > 0n);
  return out;
};

beforeAll(async () => {
  service = await startTestService();
  base = `http://127.0.0.1:${service.httpPort}`;
  clients.Verification = rawClient('Verification');
  clients.Records = rawClient('Records');
  const created = await post('/v1/records', {
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

describe('repeated fields are bounded (10 fingers) on HTTP', () => {
  it('refuses 11 probe fingers with TOO_MANY_ITEMS on the field', async () => {
    const res = await post('/v1/fingers:compare', { probe: Array(11).fill({}), reference: [{}] });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({
      code: 'INVALID_ARGUMENT',
      reason: 'TOO_MANY_ITEMS',
      field: 'probe',
    });
  });

  it('refuses 2.1 M empty probe objects (6.3 MB) without parsing them, and stays ready', async () => {
    const body = `{"probe":[${Array(2_100_000).fill('{}').join(',')}],"reference":[{}]}`;
    const res = await post('/v1/fingers:compare', body);
    expect(res.status).toBe(400);
    expect(res.json.error.reason).toBe('TOO_MANY_ITEMS');
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });

  it('refuses 11 enrolled fingers and 11 live fingers', async () => {
    const fingers = Array.from({ length: 11 }, (_, i) => ({ position: (i % 10) + 1 }));
    const create = await post('/v1/records', { cccd: '079203000456', face: { template: 'AAAA' }, fingers });
    expect(create.json.error).toMatchObject({ reason: 'TOO_MANY_ITEMS', field: 'fingers' });
    const verify = await post(`/v1/records/${aliceId}:verify`, { fingers });
    expect(verify.json.error).toMatchObject({ reason: 'TOO_MANY_ITEMS', field: 'fingers' });
  });

  it('states the bounds in the OpenAPI document', async () => {
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as any;
    // Messages are named schemas in components (server/http/openapi.ts): follow the references.
    const resolve = (s: any): any => (s.$ref ? doc.components.schemas[s.$ref.split('/').at(-1)] : s);
    const schema = resolve(
      doc.paths['/v1/fingers:compare'].post.requestBody.content['application/json'].schema,
    );
    expect(schema.properties.probe.maxItems).toBe(10);
    expect(schema.properties.reference.maxItems).toBe(10);
    expect(resolve(schema.properties.probe.items).properties.position.maximum).toBe(4294967295);
  });
});

describe('repeated fields are bounded on gRPC, before decoding', () => {
  it('refuses CompareFingers with 2.1 M empty probes', async () => {
    expectRefused(
      await unary('Verification', 'CompareFingers', emptyRepeated(1, 2_100_000)),
      'TOO_MANY_ITEMS',
      'probe',
    );
  });

  it('refuses a 10 MB CreateRecord with 5 M fingers', async () => {
    expectRefused(
      await unary('Records', 'CreateRecord', emptyRepeated(3, 5_000_000)),
      'TOO_MANY_ITEMS',
      'fingers',
    );
  });

  it('refuses 11 fingers of a Verify', async () => {
    const bytes = v1.VerifyRequest.encode({
      cccd: aliceId,
      fingers: Array(11).fill({ position: 2 }),
    }).finish();
    expectRefused(await unary('Records', 'Verify', bytes), 'TOO_MANY_ITEMS', 'fingers');
  });

  it('is still SERVING and answers', async () => {
    const bytes = v1.GetRecordRequest.encode({ cccd: aliceId }).finish();
    expect(await unary('Records', 'GetRecord', bytes)).toMatchObject({ cccd: aliceId });
  });
});

describe('numbers do not wrap modulo 2^32', () => {
  it('HTTP: level 4294967297 is refused, not taken as level 1', async () => {
    const res = await post(`/v1/records/${aliceId}:verify`, {
      face: { template: b64(alice.liveFace) },
      level: 4294967297,
    });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ reason: 'INVALID_FIELD', field: 'level' });
  });

  it('HTTP: position 4294967298 is refused, not stored as 2', async () => {
    const res = await post('/v1/records', {
      cccd: '079203000456',
      face: { template: b64(alice.enrolFace) },
      fingers: [{ position: 4294967298, template: b64(alice.enrolFingers[0]!.template) }],
    });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ reason: 'INVALID_FIELD', field: 'fingers[0].position' });
  });

  it('HTTP: dpi 4294967796 is refused, not used as 500; dpi 100 too', async () => {
    for (const dpi of [4294967796, 100]) {
      const res = await post('/v1/fingers:extract', { image: 'AAAA', dpi });
      expect(res.status).toBe(400);
      expect(res.json.error).toMatchObject({ reason: 'INVALID_FIELD', field: 'dpi' });
    }
  });

  it('HTTP: level 3 and target_fmr 1 are refused with their field', async () => {
    const level = await post(`/v1/records/${aliceId}:verify`, {
      face: { template: b64(alice.liveFace) },
      level: 3,
    });
    expect(level.json.error).toMatchObject({ reason: 'INVALID_FIELD', field: 'level' });
    const fmr = await post(`/v1/records/${aliceId}:verify`, {
      face: { template: b64(alice.liveFace) },
      target_fmr: 1,
    });
    expect(fmr.json.error).toMatchObject({ reason: 'INVALID_FIELD', field: 'target_fmr' });
  });

  it('gRPC: a level varint wider than 32 bits is refused, not truncated', async () => {
    const head = v1.VerifyRequest.encode({ cccd: aliceId, face: { template: alice.liveFace } }).finish();
    const bytes = Buffer.concat([head, Buffer.from([(5 << 3) | 0, ...varint(4294967297n)])]);
    expectRefused(await unary('Records', 'Verify', bytes), 'INVALID_FIELD', 'level');
  });

  it('gRPC: a position wider than 32 bits inside a finger names the finger', async () => {
    const finger = Buffer.from([(1 << 3) | 0, ...varint(4294967298n)]);
    const bytes = Buffer.concat([
      v1.CreateRecordRequest.encode({ cccd: '079203000456', face: { template: alice.enrolFace } }).finish(),
      Buffer.from([(3 << 3) | 2, 0]),
      Buffer.from([(3 << 3) | 2, finger.length]),
      finger,
    ]);
    expectRefused(await unary('Records', 'CreateRecord', bytes), 'INVALID_FIELD', 'fingers[1].position');
  });

  it('gRPC: dpi 100 is refused by the application layer', async () => {
    const bytes = v1.ExtractFingerTemplateRequest.encode({ image: Buffer.from('x'), dpi: 100 }).finish();
    expectRefused(await unary('Verification', 'ExtractFingerTemplate', bytes), 'INVALID_FIELD', 'dpi');
  });
});

describe('malformed protobuf is INVALID_ARGUMENT, not INTERNAL', () => {
  it('answers a truncated message with INVALID_MESSAGE on a unary call', async () => {
    // Field 1 (cccd) claims 100 bytes and carries 2.
    expectRefused(
      await unary('Records', 'GetRecord', Buffer.from([0x0a, 100, 0x30, 0x30])),
      'INVALID_MESSAGE',
    );
    expectRefused(await unary('Verification', 'CompareFaces', Buffer.from([0xff])), 'INVALID_MESSAGE');
  });

  it('answers a bad VerifyBatch frame as that item, and goes on with the next', async () => {
    const call = clients.Records!.VerifyBatch();
    const results: any[] = [];
    call.on('data', (r: unknown) => results.push(r));
    const ended = new Promise<void>((resolve, reject) => {
      call.on('end', resolve);
      call.on('error', reject);
    });
    const item = (id: string) =>
      Buffer.from(
        v1.VerifyBatchItem.encode({
          id,
          cccd: aliceId,
          face: { template: alice.liveFace },
          level: 1,
        }).finish(),
      );
    call.write(item('a'));
    call.write(Buffer.from([0x0a, 100, 0x30]));
    call.write(emptyRepeated(4, 11));
    call.write(item('d'));
    call.end();
    await ended;
    expect(results.map((r) => r.index)).toEqual([0, 1, 2, 3]);
    expect(results[0].result.decision).toBe(v1.Decision.MATCH);
    expect(results[1].error).toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'INVALID_MESSAGE' });
    expect(results[1].error.message).toContain('frame 1');
    expect(results[2].error).toMatchObject({ reason: 'TOO_MANY_ITEMS', field: 'fingers' });
    expect(results[3]).toMatchObject({ id: 'd', result: { decision: v1.Decision.MATCH } });
  });
});

describe('finger positions of CompareFingers', () => {
  const t = (k: number, position: number) => ({ position, template: b64(alice.enrolFingers[k]!.template) });

  it('refuses a reference position given twice, naming it', async () => {
    const probe = [{ position: 2, template: b64(alice.liveFingers[0]!.template) }];
    // The second template is of finger 7: pairing by the templates' own positions used to accept this.
    const res = await post('/v1/fingers:compare', { probe, reference: [t(0, 2), t(1, 2)] });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ reason: 'INVALID_FIELD', field: 'reference[1].position' });
  });

  it('refuses a probe position given twice, naming it', async () => {
    const p = { position: 7, template: b64(alice.liveFingers[1]!.template) };
    const res = await post('/v1/fingers:compare', { probe: [p, p], reference: [t(1, 7)] });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ reason: 'INVALID_FIELD', field: 'probe[1].position' });
  });

  it('refuses a position that contradicts the template', async () => {
    const probe = [{ position: 2, template: b64(alice.liveFingers[0]!.template) }];
    const res = await post('/v1/fingers:compare', { probe, reference: [t(1, 2)] });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({
      reason: 'FINGER_POSITION_MISMATCH',
      field: 'reference[0].position',
    });
  });

  it('still compares distinct positions', async () => {
    const probe = alice.liveFingers.map((f) => ({ position: f.position, template: b64(f.template) }));
    const res = await post('/v1/fingers:compare', { probe, reference: [t(0, 2), t(1, 7)] });
    expect(res.status).toBe(200);
    expect(res.json.match).toBe(true);
  });
});
