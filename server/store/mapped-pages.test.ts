import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open } from 'lmdb';
import { afterEach, describe, expect, it } from 'vitest';
import { LmdbBackend } from './lmdb-backend.ts';
import { metaOf } from './record.ts';
import { cccdFor, generatedRecord } from './test-records.ts';
import { releaseFileMappings } from './mapped-pages.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sinhtrac-mapped-'));
  dirs.push(dir);
  return dir;
}

/** Resident bytes of this process's mappings of `file` (/proc/self/smaps). */
function residentBytes(file: string): number {
  let total = 0;
  let inFile = false;
  for (const line of readFileSync('/proc/self/smaps', 'utf8').split('\n')) {
    if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) inFile = line.endsWith(` ${file}`);
    else if (inFile && line.startsWith('Rss:')) total += Number(line.split(/\s+/)[1]) * 1024;
  }
  return total;
}

const MiB = 1024 * 1024;

describe.runIf(process.platform === 'linux')('mapped pages handed back to the page cache', () => {
  it('releases an LMDB map’s resident pages and the data reads back intact', async () => {
    const file = join(tempDir(), 'records.mdb');
    const db = open<Buffer, string>({ path: file, encoding: 'binary', pageSize: 16384 });
    const values = 8000;
    for (let i = 0; i < values; i++) void db.put(`k${i}`, Buffer.alloc(2000, i % 251));
    await db.flushed;
    let before = 0;
    for (let i = 0; i < values; i++) before += db.get(`k${i}`)![0]!;
    const mapped = residentBytes(realpathSync(file));
    expect(mapped).toBeGreaterThan(10 * MiB);

    expect(releaseFileMappings(realpathSync(file))).toBeGreaterThan(0);
    expect(residentBytes(realpathSync(file))).toBeLessThan(mapped / 4);
    let after = 0;
    for (let i = 0; i < values; i++) after += db.get(`k${i}`)![0]!;
    expect(after).toBe(before);
    await db.close();
  });

  it('touches nothing for a file the process has not mapped', () => {
    expect(releaseFileMappings('/nonexistent/sinhtrac/records.mdb')).toBe(0);
  });

  it('keeps the store’s map from growing with the audit log', async () => {
    const dataDir = tempDir();
    const store = await LmdbBackend.open(dataDir);
    const entries = 40_000;
    for (let i = 0; i < entries; i++) {
      void store.appendAudit({
        at: new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i)).toISOString(),
        caller: 'kiosk-7',
        requestId: `request-${i}`,
        cccd: String(1_000_000_000_00 + ((i * 7919) % 5000)).padStart(12, '0'),
        operation: 'verify',
        decision: 'MATCH',
        faceScore: 6.25,
        fingerScores: [{ position: 2, score: 80.5 }],
        versions: { face: 'face-v2', finger: 'sinhtrac-finger-v3' },
      });
    }
    const cccd = String(1_000_000_000_00).padStart(12, '0');
    expect((await store.auditFor(cccd, 100)).length).toBe(entries / 5000);
    const file = realpathSync(join(dataDir, 'records.mdb'));
    // 40,000 entries take ~15 MB of map; released every 10,000 entries, at most ~a quarter of it stays resident.
    expect(residentBytes(file)).toBeLessThan(8 * MiB);
    await store.close();
  });

  it('keeps the store’s map from growing with the records read', async () => {
    const dataDir = tempDir();
    const store = await LmdbBackend.open(dataDir);
    const count = 9_000;
    await store.putMany(
      Array.from({ length: count }, (_, i) => {
        const record = generatedRecord(cccdFor(i));
        return { meta: metaOf(record, 'k1'), sealed: new Uint8Array(3000).fill(i % 251) };
      }),
    );
    const file = realpathSync(join(dataDir, 'records.mdb'));
    for (let i = 0; i < count; i++) await store.get(cccdFor(i));
    const beforeRelease = residentBytes(file);
    expect(beforeRelease).toBeGreaterThan(20 * MiB); // ~27 MB of records read, all still mapped
    // The 10,000th touch of the map (this loop's last read) releases it.
    for (let i = 0; i < 1_000; i++) await store.get(cccdFor(i));
    expect(residentBytes(file)).toBeLessThan(beforeRelease / 3);
    expect((await store.get(cccdFor(42)))?.sealed[0]).toBe(42);
    await store.close();
  });
});
