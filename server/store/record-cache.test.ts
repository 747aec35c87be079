import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.ts';
import { RecordCache } from './record-cache.ts';
import { cccdFor, changeAudit, generatedRecord } from './test-records.ts';

describe('record cache', () => {
  it('evicts the least recently used entry', () => {
    const cache = new RecordCache(2);
    const [a, b, c] = [1, 2, 3].map((i) => generatedRecord(cccdFor(i)));
    cache.set(a!, 'ra');
    cache.set(b!, 'rb');
    expect(cache.get(a!.cccd)).toEqual({ record: a, revision: 'ra' }); // a is now the most recent
    cache.set(c!, 'rc');
    expect(cache.get(b!.cccd)).toBeUndefined();
    expect(cache.get(a!.cccd)?.record).toBe(a);
    expect(new RecordCache(0).size).toBe(0);
  });

  it('serves repeated reads from memory and never a replaced or deleted record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinhtrac-cache-'));
    const store = await openStore({ store: '', dataDir: dir, keyFile: join(dir, 'key'), cacheEntries: 100 });
    try {
      const cccd = cccdFor(1);
      await store.create(generatedRecord(cccd), changeAudit(cccd, 'create'));
      const first = await store.get(cccd);
      expect(await store.get(cccd)).toBe(first); // same object: prepared finger forms stay cached
      await store.replace(generatedRecord(cccd, [1]), changeAudit(cccd, 'replace'));
      expect((await store.get(cccd))?.fingers.map((f) => f.position)).toEqual([1]);
      await store.delete(cccd, changeAudit(cccd, 'delete'));
      expect(await store.get(cccd)).toBeUndefined();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
