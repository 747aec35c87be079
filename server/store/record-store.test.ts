import { randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreKeyError } from './key-ring.ts';
import { openStore, type StoreConfig } from './open-store.ts';
import { PostgresBackend } from './postgres-backend.ts';
import type { RecordStore } from './record-store.ts';
import { cccdFor, changeAudit, generatedRecord } from './test-records.ts';

const pgUrl = process.env.SINHTRAC_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const runId = `${process.pid}_${Date.now().toString(36)}`;

const backends: { name: string; config: (dir: string) => StoreConfig }[] = [
  { name: 'lmdb', config: (dir) => ({ store: '', dataDir: dir, keyFile: join(dir, 'key') }) },
  {
    name: 'postgres',
    config: (dir) => ({
      store: pgUrl,
      dataDir: dir,
      keyFile: join(dir, 'key'),
      pgSchema: `t_store_${runId}`,
    }),
  },
];

describe.each(backends)('record store on $name', ({ name, config }) => {
  let dir: string;
  let store: RecordStore;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `sinhtrac-store-${name}-`));
    store = await openStore(config(dir));
  });

  afterAll(async () => {
    if (store.backend instanceof PostgresBackend) await store.backend.dropSchema(store.backend.schema);
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('creates the key file with mode 0600', () => {
    expect(statSync(join(dir, 'key')).mode & 0o777).toBe(0o600);
  });

  it('round-trips a record, metadata without templates', async () => {
    const record = generatedRecord(cccdFor(1));
    expect(await store.create(record, changeAudit(record.cccd, 'create'))).toBeDefined();
    const back = await store.get(record.cccd);
    expect(back).toEqual({ ...record, faces: back?.faces, fingers: back?.fingers });
    expect(Buffer.from(back?.faces[0]?.template ?? [])).toEqual(Buffer.from(record.faces[0]?.template ?? []));
    expect(
      back?.fingers.map((f) => [
        f.position,
        Buffer.from(f.template).equals(
          Buffer.from(record.fingers.find((r) => r.position === f.position)?.template ?? []),
        ),
      ]),
    ).toEqual([
      [2, true],
      [7, true],
    ]);
    const meta = await store.getMeta(record.cccd);
    expect(meta?.fingers.map((f) => f.position)).toEqual([2, 7]);
    expect(JSON.stringify(meta)).not.toContain('template"');
  });

  it('never stores templates in clear', async () => {
    const record = generatedRecord(cccdFor(2));
    await store.create(record, changeAudit(record.cccd, 'create'));
    const sealed = await store.backend.get(record.cccd);
    const needle = Buffer.from(record.faces[0]?.template ?? []).subarray(0, 32);
    expect(Buffer.from(sealed?.sealed ?? []).includes(needle)).toBe(false);
  });

  it('refuses a duplicate create and a replace of an unknown record', async () => {
    const record = generatedRecord(cccdFor(3));
    expect(await store.create(record, changeAudit(record.cccd, 'create'))).toBeDefined();
    expect(
      await store.create(generatedRecord(cccdFor(3)), changeAudit(cccdFor(3), 'create')),
    ).toBeUndefined();
    expect(Buffer.from((await store.get(record.cccd))?.faces[0]?.template ?? [])).toEqual(
      Buffer.from(record.faces[0]?.template ?? []),
    );
    expect(
      await store.replace(generatedRecord(cccdFor(4)), changeAudit(cccdFor(4), 'replace')),
    ).toBeUndefined();
    expect(await store.get(cccdFor(4))).toBeUndefined();
  });

  it('replaces and deletes', async () => {
    const cccd = cccdFor(5);
    await store.create(generatedRecord(cccd), changeAudit(cccd, 'create'));
    const next = generatedRecord(cccd, [1, 2, 6]);
    expect(await store.replace(next, changeAudit(next.cccd, 'replace'))).toBeDefined();
    expect((await store.get(cccd))?.fingers.map((f) => f.position)).toEqual([1, 2, 6]);
    expect(await store.delete(cccd, changeAudit(cccd, 'delete'))).toBe(true);
    expect(await store.delete(cccd, changeAudit(cccd, 'delete'))).toBe(false);
    expect(await store.get(cccd)).toBeUndefined();
  });

  it('bulk loads and counts', async () => {
    const before = await store.count();
    const batch = Array.from({ length: 250 }, (_, i) => generatedRecord(cccdFor(1000 + i)));
    await store.putMany(batch);
    await store.putMany(batch.slice(0, 10)); // upsert: no duplicates
    expect(await store.count()).toBe(before + 250);
    expect((await store.get(cccdFor(1100)))?.fingers.length).toBe(2);
  });

  it('appends audit entries and returns them newest first per CCCD', async () => {
    const cccd = cccdFor(7);
    for (let i = 0; i < 5; i++) {
      await store.appendAudit({
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
        caller: 'kiosk-1',
        requestId: `r${i}`,
        cccd,
        operation: 'verify',
        decision: i % 2 ? 'MATCH' : 'NO_MATCH',
        score: i / 10,
      });
    }
    await store.appendAudit({
      at: new Date().toISOString(),
      caller: 'x',
      requestId: 'other',
      cccd: cccdFor(8),
      operation: 'verify',
    });
    const entries = await store.auditFor(cccd, 3);
    expect(entries.map((e) => e.requestId)).toEqual(['r4', 'r3', 'r2']);
    expect(entries[0]).toMatchObject({ caller: 'kiosk-1', decision: 'NO_MATCH', score: 0.4 });
    expect(await store.auditFor(cccdFor(9), 10)).toEqual([]);
  });

  it('refuses a wrong key at open and leaves the records as they were', async () => {
    const cfg = config(dir);
    const wrongKey = join(dir, 'wrong-key');
    writeFileSync(wrongKey, `${randomBytes(32).toString('base64')}\n`, { mode: 0o600 });
    if (name === 'lmdb') await store.close(); // one LMDB environment per process and path
    await expect(openStore({ ...cfg, keyFile: wrongKey })).rejects.toThrow(StoreKeyError);
    await expect(openStore({ ...cfg, keyFile: join(dir, 'missing-key') })).rejects.toThrow(/missing/);
    if (name === 'lmdb') store = await openStore(cfg);
    expect((await store.get(cccdFor(1)))?.faces.length).toBe(1);
  });

  it('opens old records after a key rotation (new key first, old key kept)', async () => {
    const cfg = config(dir);
    const rotated = join(dir, 'rotated-key');
    writeFileSync(rotated, `${randomBytes(32).toString('base64')}\n${readFileSync(cfg.keyFile, 'utf8')}`, {
      mode: 0o600,
    });
    if (name === 'lmdb') await store.close();
    const other = await openStore({ ...cfg, keyFile: rotated });
    try {
      expect((await other.get(cccdFor(1)))?.faces.length).toBe(1);
      const fresh = generatedRecord(cccdFor(20));
      await other.create(fresh, changeAudit(fresh.cccd, 'create'));
      expect((await other.getMeta(fresh.cccd))?.keyId).not.toBe((await other.getMeta(cccdFor(1)))?.keyId);
      expect((await other.get(fresh.cccd))?.fingers.length).toBe(2);
    } finally {
      await other.close();
    }
    if (name === 'lmdb') store = await openStore(cfg);
    // The old key alone cannot open what the new key sealed: a clear error.
    await expect(store.get(cccdFor(20))).rejects.toThrow(/not in the key file/);
  });

  it('re-seals every record with the new key, after which the old key can go', async () => {
    const cfg = config(dir);
    const rotated = join(dir, 'rotated-key');
    const newKeyOnly = join(dir, 'new-key-only');
    writeFileSync(newKeyOnly, `${readFileSync(rotated, 'utf8').split('\n')[0]}\n`, { mode: 0o600 });
    if (name === 'lmdb') await store.close();
    const both = await openStore({ ...cfg, keyFile: rotated });
    const total = await both.count();
    try {
      const first = await both.resealWithCurrentKey(100);
      expect(first.total).toBe(total);
      expect(first.resealed).toBe(total - 1); // cccdFor(20) was already sealed with the new key
      expect((await both.resealWithCurrentKey(100)).resealed).toBe(0);
    } finally {
      await both.close();
    }
    const fresh = await openStore({ ...cfg, keyFile: newKeyOnly });
    try {
      let opened = 0;
      for await (const record of fresh.all(64)) {
        expect(record.faces.length).toBe(1);
        opened++;
      }
      expect(opened).toBe(total);
    } finally {
      await fresh.close();
    }
    // The original key file no longer opens this store.
    await expect(openStore(cfg)).rejects.toThrow(StoreKeyError);
    store = await openStore({ ...cfg, keyFile: newKeyOnly });
  });
});
