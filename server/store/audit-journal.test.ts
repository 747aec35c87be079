import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { AuditJournal } from './audit-journal.ts';

const dirs: string[] = [];
function journalDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'sinhtrac-journal-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

/** A store that keeps what it is given. */
function collector() {
  const stored: number[] = [];
  return {
    stored,
    index: async (entries: readonly { n: number }[]) => void stored.push(...entries.map((e) => e.n)),
  };
}

/** A store that never finishes a write: a process killed before its journal was indexed. */
const neverIndexes = () => new Promise<void>(() => undefined);

describe('audit journal', () => {
  it('indexes every appended entry, in order, and leaves no file after a clean close', async () => {
    const dir = journalDir();
    const store = collector();
    const journal = await AuditJournal.open(dir, store.index, { segmentBytes: 200 });
    await Promise.all(Array.from({ length: 100 }, (_, n) => journal.append({ n })));
    await journal.indexed();
    expect(store.stored).toEqual(Array.from({ length: 100 }, (_, n) => n));
    await journal.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('replays, at the next open, what was acknowledged but never reached the store', async () => {
    const dir = journalDir();
    const crashed = await AuditJournal.open<{ n: number }>(dir, neverIndexes, {
      segmentBytes: 100,
      reserveBytes: 0,
    });
    for (let n = 0; n < 50; n++) await crashed.append({ n });
    expect(readdirSync(dir).length).toBeGreaterThan(1); // rotated segments are kept until indexed
    // The crash came in the middle of the next write: a torn line that was never acknowledged.
    const last = readdirSync(dir).sort().at(-1)!;
    appendFileSync(join(dir, last), '{"n":5');

    const store = collector();
    const reopened = await AuditJournal.open(dir, store.index);
    expect(store.stored).toEqual(Array.from({ length: 50 }, (_, n) => n));
    await reopened.append({ n: 50 });
    await reopened.indexed();
    expect(store.stored.at(-1)).toBe(50);
    await reopened.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('keeps a batch the store refused, for the next open to replay', async () => {
    const dir = journalDir();
    const failing = await AuditJournal.open<{ n: number }>(dir, () => Promise.reject(new Error('map full')));
    await failing.append({ n: 1 });
    await expect(failing.indexed()).rejects.toThrow('map full');
    await failing.close();
    expect(readdirSync(dir).length).toBe(1);

    const store = collector();
    const reopened = await AuditJournal.open(dir, store.index);
    expect(store.stored).toEqual([1]);
    await reopened.close();
  });

  it('opens when the store refuses what a previous process left (disk full at start) and indexes it later', async () => {
    const dir = journalDir();
    const crashed = await AuditJournal.open<{ n: number }>(dir, neverIndexes);
    await Promise.all([1, 2, 3].map((n) => crashed.append({ n })));
    const store = collector();
    let full = true;
    const fullThenRoom = (entries: readonly { n: number }[]) =>
      full ? Promise.reject(new Error('disk full')) : store.index(entries);
    const reopened = await AuditJournal.open(dir, fullThenRoom);
    await expect(reopened.indexed()).rejects.toThrow('disk full');
    await reopened.append({ n: 4 });
    full = false;
    reopened.storeWritable();
    await reopened.indexed();
    expect(store.stored).toEqual([1, 2, 3, 4]);
    await reopened.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('lets a reader through under steady appends: it waits only for what was appended before it', async () => {
    const slowStore = () => new Promise<void>((r) => setTimeout(r, 2));
    const journal = await AuditJournal.open<{ n: number }>(journalDir(), slowStore);
    let stop = false;
    const appending = (async () => {
      for (let n = 0; !stop; n++) await journal.append({ n });
    })();
    await new Promise((r) => setTimeout(r, 20));
    await journal.indexed();
    const appendsStillRunning = !stop;
    stop = true;
    await appending;
    await journal.close();
    expect(appendsStillRunning).toBe(true);
  });

  it('refuses appends once closed', async () => {
    const journal = await AuditJournal.open(journalDir(), collector().index);
    await journal.close();
    await expect(journal.append({ n: 1 })).rejects.toThrow('closed');
  });
});
