import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from './open-store.ts';
import { RecordCache } from './record-cache.ts';
import { cccdFor, generatedRecord } from './test-records.ts';

describe('record cache', () => {
  it('evicts the least recently used entry and expires old ones', () => {
    const cache = new RecordCache(2, 1000);
    const [a, b, c] = [1, 2, 3].map((i) => generatedRecord(cccdFor(i)));
    cache.set(a!, 0);
    cache.set(b!, 0);
    expect(cache.get(a!.cccd, 10)).toBe(a); // a is now the most recent
    cache.set(c!, 10);
    expect(cache.get(b!.cccd, 10)).toBeUndefined();
    expect(cache.get(a!.cccd, 10)).toBe(a);
    expect(cache.get(c!.cccd, 2000)).toBeUndefined();
    expect(new RecordCache(0, 1000).size).toBe(0);
  });

  it('serves repeated reads from memory and never a replaced or deleted record', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinhtrac-cache-'));
    const store = await openStore({ store: '', dataDir: dir, keyFile: join(dir, 'key'), cacheEntries: 100 });
    try {
      const cccd = cccdFor(1);
      await store.create(generatedRecord(cccd));
      const first = await store.get(cccd);
      expect(await store.get(cccd)).toBe(first); // same object: prepared finger forms stay cached
      await store.replace(generatedRecord(cccd, [1]));
      expect((await store.get(cccd))?.fingers.map((f) => f.position)).toEqual([1]);
      await store.delete(cccd);
      expect(await store.get(cccd)).toBeUndefined();
    } finally {
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
