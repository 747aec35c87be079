import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AuditEntry } from './audit-entry.ts';
import { LmdbBackend } from './lmdb-backend.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const cccd = '001099012345';
const entry = (requestId: string, at: string): AuditEntry => ({
  at,
  caller: 'kiosk-7',
  requestId,
  cccd,
  operation: 'verify',
  decision: 'MATCH',
});

/** What service process 2 journaled before the whole cluster died, never indexed. */
function leftByProcess2(dataDir: string): void {
  const dir = join(dataDir, 'audit-journal', '2');
  mkdirSync(dir, { recursive: true });
  const lines = [
    {
      key: [cccd, Date.parse('2026-01-02T03:04:05.000Z'), 1],
      entry: entry('p2-a', '2026-01-02T03:04:05.000Z'),
    },
    {
      key: [cccd, Date.parse('2026-01-02T03:04:06.000Z'), 2],
      entry: entry('p2-b', '2026-01-02T03:04:06.000Z'),
    },
  ];
  writeFileSync(join(dir, 'audit-000000000001.jsonl'), lines.map((l) => `${JSON.stringify(l)}\n`).join(''));
}

describe('LMDB store shared by several processes: one audit journal each', () => {
  it('a service process leaves the other processes’ journals alone', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sinhtrac-journals-'));
    dirs.push(dataDir);
    leftByProcess2(dataDir);
    const one = await LmdbBackend.open(dataDir, '1', false);
    await one.appendAudit(entry('p1-a', new Date().toISOString()));
    expect((await one.auditFor(cccd, 10)).map((e) => e.requestId)).toEqual(['p1-a']);
    await one.close();
    expect(existsSync(join(dataDir, 'audit-journal', '2', 'audit-000000000001.jsonl'))).toBe(true);
  });

  it('keeps entries two processes write for one CCCD in the same millisecond', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sinhtrac-journals-'));
    dirs.push(dataDir);
    const at = '2026-01-02T03:04:05.000Z';
    for (const process of ['1', '2']) {
      const backend = await LmdbBackend.open(dataDir, process, false);
      await backend.appendAudit(entry(`p${process}`, at)); // both are each process's first entry
      await backend.close();
    }
    const primary = await LmdbBackend.open(dataDir);
    expect((await primary.auditFor(cccd, 10)).map((e) => e.requestId).sort()).toEqual(['p1', 'p2']);
    await primary.close();
  });

  it('the process that opens the store alone replays every journal left behind', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'sinhtrac-journals-'));
    dirs.push(dataDir);
    leftByProcess2(dataDir);
    const primary = await LmdbBackend.open(dataDir);
    expect((await primary.auditFor(cccd, 10)).map((e) => e.requestId)).toEqual(['p2-b', 'p2-a']);
    await primary.close();
    expect(existsSync(join(dataDir, 'audit-journal', '2'))).toBe(false);
  });
});
