/**
 * A PUT racing a DELETE (two service processes on one store): whichever commits first, the PUT answers success or
 * RECORD_NOT_FOUND, never an internal error, and the audit holds exactly the changes that were stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../service.ts';
import type { RecordStore } from '../store/record-store.ts';
import { startTestService } from '../test/service-harness.ts';
import { newCallContext } from './context.ts';
import type { AppDeps } from './deps.ts';
import { citizen } from './records-fixtures.ts';
import { createRecord, deleteRecord, replaceRecord } from './records.ts';

let service: RunningService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(async () => {
  await service?.close();
});

const alice = citizen(31);
const enrolment = (cccd: string) => ({
  cccd,
  face: { template: alice.enrolFace },
  fingers: alice.enrolFingers.map((f) => ({
    position: f.position,
    template: f.template,
    format: 'sinhtrac',
  })),
});
const ctx = () => newCallContext('admin-1');

/** The store as another process sees it: `between` runs right after this store's `method` call commits. */
function racedStore(
  store: RecordStore,
  method: 'getMeta' | 'replace',
  between: () => Promise<unknown>,
): RecordStore {
  const raced = Object.create(store) as RecordStore;
  (raced as unknown as Record<string, unknown>)[method] = async (...args: unknown[]) => {
    const result = await (store[method] as (...a: unknown[]) => Promise<unknown>).apply(store, args);
    await between();
    return result;
  };
  return raced;
}

describe('PUT racing DELETE', () => {
  it('a DELETE committed just after the PUT: the PUT answers what it wrote', async () => {
    const deps = service.app.deps;
    const cccd = '001190000311';
    await createRecord(deps, enrolment(cccd), ctx());
    const store = racedStore(deps.store, 'replace', () => deleteRecord(deps, { cccd }, ctx()));
    const info = await replaceRecord({ ...deps, store } as AppDeps, enrolment(cccd), ctx());
    expect(info.cccd).toBe(cccd);
    expect(info.fingers?.map((f) => f.position)).toEqual([2, 7]);
    expect((await deps.store.auditFor(cccd, 10)).map((e) => e.operation)).toEqual([
      'delete',
      'replace',
      'create',
    ]);
  });

  it('a DELETE committed between the PUT’s read and its write: RECORD_NOT_FOUND, nothing audited', async () => {
    const deps = service.app.deps;
    const cccd = '001190000312';
    await createRecord(deps, enrolment(cccd), ctx());
    const store = racedStore(deps.store, 'getMeta', () => deleteRecord(deps, { cccd }, ctx()));
    await expect(replaceRecord({ ...deps, store } as AppDeps, enrolment(cccd), ctx())).rejects.toMatchObject({
      kind: 'NOT_FOUND',
      reason: 'RECORD_NOT_FOUND',
    });
    expect(await deps.store.getMeta(cccd)).toBeUndefined();
    expect((await deps.store.auditFor(cccd, 10)).map((e) => e.operation)).toEqual(['delete', 'create']);
  });

  it('every audit entry has an id of its own, and keeps the client’s request id', async () => {
    const deps = service.app.deps;
    const cccd = '001190000313';
    const shared = newCallContext('admin-1', 'same-request-id');
    await createRecord(deps, enrolment(cccd), shared);
    await replaceRecord(deps, enrolment(cccd), shared);
    await deleteRecord(deps, { cccd }, shared);
    const entries = await deps.store.auditFor(cccd, 10);
    expect(entries.map((e) => e.requestId)).toEqual([
      'same-request-id',
      'same-request-id',
      'same-request-id',
    ]);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(3);
    for (const id of ids)
      expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect([...ids].sort().reverse()).toEqual(ids); // time-ordered: newest first sorts last
  });
});
