/**
 * A full disk, on a real file system (a small tmpfs mounted for the test): record writes are refused with
 * STORE_FULL and the store reports not ready, reads and decisions' audit entries keep working, nothing is stored
 * without its audit entry, nothing is thrown unhandled, and the store takes writes again by itself once there is
 * room; a store opened on a full disk starts not ready and recovers the same way.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mountSmallFilesystem, type SmallFilesystem } from '../test/small-filesystem.ts';
import type { AuditEntry } from './audit-entry.ts';
import { AuditJournal } from './audit-journal.ts';
import { openStore, type StoreConfig } from './open-store.ts';
import type { RecordStore, StoreHealth } from './record-store.ts';
import { cccdFor, changeAudit, generatedRecord } from './test-records.ts';

const fs = mountSmallFilesystem(64 * 1024 * 1024);

const unhandled: unknown[] = [];
const onUnhandled = (err: unknown) => void unhandled.push(err);
beforeAll(() => {
  process.on('unhandledRejection', onUnhandled);
});
afterAll(() => {
  process.off('unhandledRejection', onUnhandled);
  fs?.unmount();
});

const decision = (cccd: string, requestId: string): AuditEntry => ({
  at: new Date().toISOString(),
  caller: 'kiosk-7',
  requestId,
  cccd,
  operation: 'verify',
  decision: 'MATCH',
});

/** The next health change of `store` that has ready === `ready`. */
function healthBecomes(store: RecordStore, ready: boolean): Promise<StoreHealth> {
  return new Promise((resolve) => store.onHealthChange((h) => h.ready === ready && resolve(h)));
}

/** The error of a promise expected to reject. */
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (err: unknown) => err as { kind?: string; reason?: string },
  );

describe.skipIf(fs === undefined)('LMDB store on a full disk', () => {
  const small = fs as SmallFilesystem;
  let config: StoreConfig;
  let store: RecordStore;
  const acknowledged: string[] = [];
  const refused: string[] = [];

  beforeAll(async () => {
    config = {
      store: '',
      dataDir: join(small.dir, 'data'),
      keyFile: join(small.dir, 'keys', 'store.key'),
    };
    store = await openStore(config);
    for (let i = 0; i < 5; i++) {
      const r = generatedRecord(cccdFor(i));
      await store.create(r, changeAudit(r.cccd, 'create'));
      acknowledged.push(r.cccd);
    }
    // The journal writes its next segment out in the background after opening; a fill racing that write leaves the
    // space to whichever finishes last (the spare's ENOSPC frees it again). Fill once the writes have settled.
    await freeSpaceSettled(small);
  });
  afterAll(async () => {
    await store?.close();
  });

  it('refuses record writes with STORE_FULL once the disk is full, and reports not ready', async () => {
    const notReady = healthBecomes(store, false);
    small.fill(256 * 1024);
    let first: { kind?: string; reason?: string } | undefined;
    for (let i = 5; i < 5000 && first === undefined; i++) {
      const r = generatedRecord(cccdFor(i));
      first = await refusal(store.create(r, changeAudit(r.cccd, 'create')));
      (first === undefined ? acknowledged : refused).push(r.cccd);
    }
    expect(first).toMatchObject({ kind: 'UNAVAILABLE', reason: 'STORE_FULL' });
    expect(await notReady).toMatchObject({ ready: false, failure: { reason: 'STORE_FULL' } });
    expect(store.health).toMatchObject({ ready: false, failure: { reason: 'STORE_FULL' } });
    // Further changes are refused at once, all three kinds.
    const r = generatedRecord(cccdFor(9000));
    refused.push(r.cccd);
    expect(await refusal(store.create(r, changeAudit(r.cccd, 'create')))).toMatchObject({
      reason: 'STORE_FULL',
    });
    const existing = acknowledged[0] as string;
    expect(
      await refusal(store.replace(generatedRecord(existing), changeAudit(existing, 'replace'))),
    ).toMatchObject({ reason: 'STORE_FULL' });
    expect(await refusal(store.delete(existing, changeAudit(existing, 'delete')))).toMatchObject({
      reason: 'STORE_FULL',
    });
    expect(acknowledged.length).toBeGreaterThan(5);
  });

  it('still reads every acknowledged record and audits decisions (the journal’s reserve)', async () => {
    expect(small.freeBytes()).toBeLessThan(256 * 1024);
    for (const cccd of acknowledged) expect((await store.get(cccd))?.cccd).toBe(cccd);
    for (const cccd of refused) expect(await store.getMeta(cccd)).toBeUndefined();
    // 500 decisions of ~250 bytes: well inside the reserve each journal segment keeps written in advance.
    await Promise.all(
      Array.from({ length: 500 }, (_, i) =>
        store.appendAudit(decision(acknowledged[1] as string, `full-${i}`)),
      ),
    );
  });

  it('takes writes again by itself once space is freed', async () => {
    const ready = healthBecomes(store, true);
    small.free();
    expect(await ready).toEqual({ ready: true });
    const r = generatedRecord(cccdFor(9001));
    expect(await store.create(r, changeAudit(r.cccd, 'create'))).toBeDefined();
    acknowledged.push(r.cccd);
  });

  it('stored every acknowledged change with its audit entry, and nothing refused', async () => {
    for (const cccd of acknowledged) {
      expect((await store.auditFor(cccd, 1000)).filter((e) => e.operation === 'create')).toHaveLength(1);
    }
    for (const cccd of refused) {
      expect(await store.getMeta(cccd)).toBeUndefined();
      expect(await store.auditFor(cccd, 10)).toEqual([]);
    }
    const decisions = (await store.auditFor(acknowledged[1] as string, 1000)).filter(
      (e) => e.operation === 'verify',
    );
    expect(decisions).toHaveLength(500);
    const first = acknowledged[0] as string;
    expect((await store.auditFor(first, 10)).map((e) => e.operation)).toEqual(['create']);
  });

  it('opens on a full disk not ready, serving reads, and recovers by itself', async () => {
    await store.close();
    small.fill(0);
    store = await openStore(config);
    expect(store.health).toMatchObject({ ready: false, failure: { reason: 'STORE_FULL' } });
    expect((await store.get(acknowledged[0] as string))?.cccd).toBe(acknowledged[0]);
    const r = generatedRecord(cccdFor(9002));
    expect(await refusal(store.create(r, changeAudit(r.cccd, 'create')))).toMatchObject({
      reason: 'STORE_FULL',
    });
    const ready = healthBecomes(store, true);
    small.free();
    await ready;
    expect(await store.create(r, changeAudit(r.cccd, 'create'))).toBeDefined();
  });

  it('threw nothing unhandled', () => {
    expect(unhandled).toEqual([]);
  });
});

/** Resolves once the free space reads the same twice 200 ms apart (at most 20 s): no background write under way. */
async function freeSpaceSettled(small: SmallFilesystem): Promise<void> {
  let last = small.freeBytes();
  for (let i = 0; i < 100; i++) {
    await new Promise((r) => setTimeout(r, 200));
    const now = small.freeBytes();
    if (now === last) return;
    last = now;
  }
}

describe.skipIf(fs === undefined)('audit journal on a full disk', () => {
  const small = fs as SmallFilesystem;

  it('acknowledges entries into its reserve, then refuses them, leaving no torn or refused line behind', async () => {
    const dir = join(small.dir, 'journal');
    mkdirSync(dir);
    const stored: number[] = [];
    const refuseAll = () => Promise.reject(Object.assign(new Error('disk full'), { code: 'ENOSPC' }));
    const journal = await AuditJournal.open<{ n: number; pad: string }>(dir, refuseAll, {
      segmentBytes: 64 * 1024,
      reserveBytes: 64 * 1024,
    });
    small.fill(0);
    const pad = 'x'.repeat(200);
    const acknowledgedN: number[] = [];
    let refusedError: unknown;
    for (let n = 0; n < 2000 && refusedError === undefined; n += 10) {
      const results = await Promise.allSettled(
        Array.from({ length: 10 }, (_, k) => journal.append({ n: n + k, pad })),
      );
      results.forEach((r, k) => {
        if (r.status === 'fulfilled') acknowledgedN.push(n + k);
        else refusedError = r.reason;
      });
    }
    expect((refusedError as NodeJS.ErrnoException | undefined)?.code).toBe('ENOSPC');
    // The reserve (64 KiB past the 64 KiB segment) held them: ~128 KiB of ~215-byte lines.
    expect(acknowledgedN.length).toBeGreaterThan(500);
    await journal.close();
    small.free();
    const reopened = await AuditJournal.open<{ n: number }>(dir, async (entries) => {
      stored.push(...entries.map((e) => e.n));
    });
    expect(stored).toEqual(acknowledgedN);
    await reopened.close();
    expect(readdirSync(dir)).toEqual([]);
  });
});
