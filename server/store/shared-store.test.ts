/**
 * Several processes (SINHTRAC_PROCESSES, one LMDB directory) or several nodes (one PostgreSQL schema) share a
 * store: a record deleted or replaced through one is never served, from its record cache, by another once the
 * write has been answered; and a record change is stored with its audit entry or not at all.
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { openStore } from './open-store.ts';
import { PostgresBackend } from './postgres-backend.ts';
import type { RecordStore } from './record-store.ts';
import { cccdFor, changeAudit, generatedRecord } from './test-records.ts';

const pgUrl = process.env.SINHTRAC_TEST_PG ?? 'postgres://postgres@127.0.0.1:5432/test';
const runId = `${process.pid}_${Date.now().toString(36)}`;
const dirs: string[] = [];
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** What the other process or node does to the shared store. */
interface Writer {
  write(op: 'create' | 'replace' | 'delete', cccd: string): Promise<{ ok: boolean; face?: string }>;
  close(): Promise<void>;
}

/** The second process: server/store/test-store-process.ts on the same LMDB directory, its own journal. */
async function otherProcess(dataDir: string, keyFile: string): Promise<Writer> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(import.meta.dirname, 'test-store-process.ts'), dataDir, keyFile, '2'],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const lines = createInterface({ input: child.stdout })[Symbol.asyncIterator]();
  const next = async () => JSON.parse(((await lines.next()).value as string) ?? 'null');
  expect(await next()).toEqual({ ready: true });
  return {
    async write(op, cccd) {
      child.stdin.write(`${JSON.stringify({ op, cccd })}\n`);
      return next();
    },
    async close() {
      child.stdin.end();
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}

/** The second node: its own RecordStore (own pool, own cache) over the same PostgreSQL schema. */
function otherNode(store: RecordStore): Writer {
  return {
    async write(op, cccd) {
      if (op === 'delete') return { ok: await store.delete(cccd, changeAudit(cccd, 'delete')) };
      const record = generatedRecord(cccd);
      const written = await store[op](record, changeAudit(cccd, op));
      return { ok: written !== undefined, face: Buffer.from(record.faces[0]!.template).toString('hex') };
    },
    close: () => store.close(),
  };
}

/** A short digest of the face template served (the templates themselves would flood a failure message). */
const digest = (hex: string | undefined) =>
  hex === undefined ? undefined : createHash('sha256').update(hex).digest('hex').slice(0, 16);
const faceHex = async (store: RecordStore, cccd: string) => {
  const record = await store.get(cccd);
  return digest(record === undefined ? undefined : Buffer.from(record.faces[0]!.template).toString('hex'));
};

async function neverStale(reader: RecordStore, writer: Writer): Promise<void> {
  for (let round = 0; round < 10; round++) {
    const cccd = cccdFor(500 + round);
    const created = await writer.write('create', cccd);
    expect(created.ok).toBe(true);
    expect(await faceHex(reader, cccd)).toBe(digest(created.face));
    const cached = await reader.get(cccd);
    expect(await reader.get(cccd)).toBe(cached); // unchanged: served from the cache (same object)
    const replaced = await writer.write('replace', cccd);
    expect(replaced.ok).toBe(true);
    expect(await faceHex(reader, cccd)).toBe(digest(replaced.face)); // never the old face
    expect(await writer.write('delete', cccd)).toEqual({ ok: true });
    expect(await reader.get(cccd)).toBeUndefined(); // never the deleted record
    const again = await writer.write('create', cccd); // re-enrolled: the new record, not the first one
    expect(await faceHex(reader, cccd)).toBe(digest(again.face));
    expect((await reader.auditFor(cccd, 10)).map((e) => e.operation)).toEqual([
      'create',
      'delete',
      'replace',
      'create',
    ]);
  }
}

describe('a store shared by processes or nodes', () => {
  it('LMDB, two processes: a deleted or replaced record is never served from the other’s cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinhtrac-shared-'));
    dirs.push(dir);
    const config = { store: '', dataDir: join(dir, 'data'), keyFile: join(dir, 'key'), cacheEntries: 100 };
    const reader = await openStore({ ...config, auditJournal: '1', replayOtherJournals: false });
    const writer = await otherProcess(config.dataDir, config.keyFile);
    try {
      await neverStale(reader, writer);
    } finally {
      await writer.close();
      await reader.close();
    }
  }, 60_000);

  it('PostgreSQL, two nodes: a deleted or replaced record is never served from the other’s cache', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinhtrac-shared-pg-'));
    dirs.push(dir);
    const config = {
      store: pgUrl,
      dataDir: dir,
      keyFile: join(dir, 'key'),
      pgSchema: `t_shared_${runId}`,
      cacheEntries: 100,
    };
    const reader = await openStore(config);
    const writer = otherNode(await openStore(config));
    try {
      await neverStale(reader, writer);
    } finally {
      await writer.close();
      if (reader.backend instanceof PostgresBackend) await reader.backend.dropSchema(config.pgSchema);
      await reader.close();
    }
  }, 60_000);

  it('PostgreSQL: a change whose audit entry the database refuses is not stored', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinhtrac-atomic-pg-'));
    dirs.push(dir);
    const schema = `t_atomic_${runId}`;
    const store = await openStore({
      store: pgUrl,
      dataDir: dir,
      keyFile: join(dir, 'key'),
      pgSchema: schema,
    });
    try {
      const cccd = cccdFor(600);
      const refused = { ...changeAudit(cccd, 'create'), at: 'not a time' }; // the audit INSERT fails
      await expect(store.create(generatedRecord(cccd), refused)).rejects.toThrow();
      expect(await store.getMeta(cccd)).toBeUndefined();
      expect(await store.create(generatedRecord(cccd), changeAudit(cccd, 'create'))).toBeDefined();
      const kept = await store.get(cccd);
      await expect(
        store.replace(generatedRecord(cccd), { ...changeAudit(cccd, 'replace'), at: 'x' }),
      ).rejects.toThrow();
      await expect(store.delete(cccd, { ...changeAudit(cccd, 'delete'), at: 'x' })).rejects.toThrow();
      expect(Buffer.from((await store.get(cccd))!.faces[0]!.template)).toEqual(
        Buffer.from(kept!.faces[0]!.template),
      );
      expect((await store.auditFor(cccd, 10)).map((e) => e.operation)).toEqual(['create']);
    } finally {
      if (store.backend instanceof PostgresBackend) await store.backend.dropSchema(schema);
      await store.close();
    }
  });
});
