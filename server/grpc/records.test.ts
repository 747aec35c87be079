import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as grpc from '@grpc/grpc-js';
import { citizen } from '../app/records-fixtures.ts';
import { v1 } from '../contract.ts';
import type { RunningService } from '../service.ts';
import { startTestService } from '../test/service-harness.ts';
import { serviceDefinition } from './definitions.ts';

let service: RunningService;
let client: grpc.Client & Record<string, any>;

function call<Res>(method: string, req: unknown): Promise<Res> {
  return new Promise((resolve, reject) => {
    const md = new grpc.Metadata();
    md.set('x-caller-id', 'backend-1');
    client[method](req, md, (err: grpc.ServiceError | null, res: Res) => (err ? reject(err) : resolve(res)));
  });
}

/** The error of a call expected to fail. */
function failure(method: string, req: unknown): Promise<grpc.ServiceError> {
  return call(method, req).then(
    () => {
      throw new Error(`${method} succeeded`);
    },
    (err: grpc.ServiceError) => err,
  );
}

const alice = citizen(11);
const bob = citizen(12);
const aliceId = '048085001111'; // Đà Nẵng, male, born 1985

const live = (c: ReturnType<typeof citizen>) => ({
  face: { template: c.liveFace },
  fingers: c.liveFingers.map((f) => ({ position: f.position, template: f.template })),
});

beforeAll(async () => {
  service = await startTestService();
  const Client = grpc.makeGenericClientConstructor(serviceDefinition('Records'), 'Records');
  client = new Client(`127.0.0.1:${service.grpcPort}`, grpc.credentials.createInsecure()) as grpc.Client &
    Record<string, any>;
  await call('CreateRecord', {
    cccd: aliceId,
    face: { template: alice.enrolFace },
    fingers: alice.enrolFingers.map((f) => ({ position: f.position, template: f.template })),
  });
});

afterAll(async () => {
  client?.close();
  await service?.close();
});

describe('gRPC sinhtrac.v1.Records', () => {
  it('reads the record and maps errors to status codes with the reason in metadata', async () => {
    const info = await call<any>('GetRecord', { cccd: aliceId });
    expect(info).toMatchObject({
      cccd: aliceId,
      province: 'Đà Nẵng',
      sex: 'male',
      birth_year: 1985,
      enrolled_by: 'backend-1',
    });
    const dup = await failure('CreateRecord', { cccd: aliceId, face: { template: bob.enrolFace } });
    expect(dup.code).toBe(grpc.status.ALREADY_EXISTS);
    const missing = await failure('GetRecord', { cccd: '048085009999' });
    expect(missing.code).toBe(grpc.status.NOT_FOUND);
    const bad = await failure('Verify', { cccd: '04808500111', ...live(alice) });
    expect(bad.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(bad.metadata.get('sinhtrac-reason')).toEqual(['INVALID_CCCD']);
  });

  it('verifies: MATCH for the citizen, NO_MATCH for someone else', async () => {
    const same = await call<any>('Verify', { cccd: aliceId, ...live(alice) });
    expect(same.decision).toBe(v1.Decision.MATCH);
    expect(same.fingers.length).toBe(2);
    const other = await call<any>('Verify', { cccd: aliceId, ...live(bob) });
    expect(other.decision).toBe(v1.Decision.NO_MATCH);
    const audit = await call<any>('ListAudit', { cccd: aliceId, limit: 2 });
    expect(audit.entries.map((e: any) => e.decision)).toEqual(['NO_MATCH', 'MATCH']);
  });

  it('streams VerifyBatch results in order, with per-item errors', async () => {
    const stream = client.VerifyBatch(new grpc.Metadata());
    const results: any[] = [];
    const done = new Promise<void>((resolve, reject) => {
      stream.on('data', (r: any) => results.push(r));
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    const items = [
      { id: 'x1', cccd: aliceId, ...live(alice) },
      { id: 'x2', cccd: '048085009999', ...live(alice) },
      { id: 'x3', cccd: 'not-a-cccd', ...live(alice) },
      { id: 'x4', cccd: aliceId, ...live(bob) },
      { id: 'x5', cccd: aliceId, face: { template: alice.liveFace } },
    ];
    for (const item of items) stream.write(item);
    stream.end();
    await done;
    expect(results.map((r) => [r.index, r.id, r.result ? r.result.decision : r.error.reason])).toEqual([
      [0, 'x1', v1.Decision.MATCH],
      [1, 'x2', 'RECORD_NOT_FOUND'],
      [2, 'x3', 'INVALID_CCCD'],
      [3, 'x4', v1.Decision.NO_MATCH],
      [4, 'x5', v1.Decision.RECAPTURE],
    ]);
    expect(results[4].result.reasons).toEqual(['TOO_FEW_FINGERS']);
  });

  it('replaces and deletes', async () => {
    // A replace is whole: without the fingers the record holds, it is refused rather than dropping them.
    const partial = await failure('ReplaceRecord', { cccd: aliceId, face: { template: bob.enrolFace } });
    expect(partial.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(partial.metadata.get('sinhtrac-reason')).toEqual(['FINGERS_REQUIRED']);
    const oneFinger = { position: bob.enrolFingers[0]!.position, template: bob.enrolFingers[0]!.template };
    const replaced = await call<any>('ReplaceRecord', {
      cccd: aliceId,
      face: { template: bob.enrolFace },
      fingers: [oneFinger],
    });
    expect(replaced.fingers.map((f: any) => f.position)).toEqual([oneFinger.position]);
    expect(await call<any>('DeleteRecord', { cccd: aliceId })).toMatchObject({ deleted: true });
    expect((await failure('DeleteRecord', { cccd: aliceId })).code).toBe(grpc.status.NOT_FOUND);
  });
});
