/**
 * Write-ahead journal for audit entries: an append-only file the decision waits for (one write per event-loop turn,
 * handed to the OS: kept through a process crash, like an LMDB commit), indexed into the store afterwards in large
 * batches, off the request's path. Segment files are deleted once every entry in them is durable in the store;
 * segments left by a crash are replayed into the store before the service answers anything.
 *
 * Each segment is written out in full (zeros) when it is created, plus `reserveBytes` beyond the size at which it
 * is closed: entries then overwrite space the file system has already given, so when the disk fills up decisions
 * can still be audited (and answered) for the length of the reserve, while record writes are refused.
 */
import {
  close,
  closeSync,
  open,
  write,
  fdatasync,
  ftruncateSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statfsSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

/** Writes one batch into the store and resolves once it is durable there; must be idempotent (replays). */
export type IndexBatch<T> = (entries: readonly T[]) => Promise<void>;

export interface AuditJournalOptions {
  /** A segment is closed (and later deleted) after this many bytes. */
  segmentBytes?: number;
  /** Journal writes are fdatasync'ed this often (not on the request path: narrows the power-loss window). */
  syncEveryMs?: number;
  /** At most this many entries go to the store in one batch. */
  indexBatchEntries?: number;
  /** A batch the store refused (disk full) is tried again after this long. */
  indexRetryMs?: number;
  /** Bytes a segment keeps written in advance beyond `segmentBytes`: what a full disk leaves decisions. */
  reserveBytes?: number;
}

/** Owner-only, like the store: the journal holds who verified whom, and when. */
const dirMode = 0o700;
const fileMode = 0o600;

interface Pending<T> {
  entry: T;
  resolve: () => void;
  reject: (err: unknown) => void;
}

interface Segment {
  number: number;
  fd: number;
  /** Where the next entry goes: the end of the entries (the rest of the file, if any, is zeros). */
  bytes: number;
  /** Bytes of the file written in advance (zeros), overwritten by entries without asking for more disk. */
  allocated: number;
  /** Entries written to this segment and not yet durable in the store. */
  unindexed: number;
  closed: boolean;
}

const segmentPattern = /^audit-(\d{12})\.jsonl$/;
const segmentName = (n: number): string => `audit-${String(n).padStart(12, '0')}.jsonl`;

/**
 * Complete lines of a segment. A torn line (a crash or a full disk came mid-write) was never acknowledged: it is
 * dropped, whether last (crash) or, from versions that kept appending after a failed write, in the middle.
 */
function readSegment<T>(file: string): T[] {
  const text = readFileSync(file, 'utf8');
  const end = text.lastIndexOf('\n');
  if (end < 0) return [];
  const out: T[] = [];
  for (const line of text.slice(0, end).split('\n')) {
    if (line === '') continue;
    try {
      out.push(JSON.parse(line) as T);
    } catch {
      // torn, never acknowledged
    }
  }
  return out;
}

function leftSegments(dir: string): number[] {
  mkdirSync(dir, { recursive: true, mode: dirMode });
  return readdirSync(dir)
    .map((name) => segmentPattern.exec(name))
    .filter((m): m is RegExpExecArray => m !== null)
    .map((m) => Number(m[1]))
    .sort((a, b) => a - b);
}

async function replaySegment<T>(
  dir: string,
  number: number,
  index: IndexBatch<T>,
  batchEntries: number,
): Promise<void> {
  const entries = readSegment<T>(join(dir, segmentName(number)));
  for (let i = 0; i < entries.length; i += batchEntries) await index(entries.slice(i, i + batchEntries));
  unlinkSync(join(dir, segmentName(number)));
}

function freeBytes(dir: string): number {
  try {
    const fs = statfsSync(dir);
    return fs.bavail * fs.bsize;
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

const zeros = Buffer.alloc(64 * 1024);
const openAsync = promisify(open);
const writeAsync = promisify(write);

/** Writes zeros over [from, to) of the file: space the file system gives now, so later entries need none. */
function writeZeros(fd: number, from: number, to: number): void {
  for (let at = from; at < to;) at += writeSync(fd, zeros, 0, Math.min(zeros.length, to - at), at);
}

export class AuditJournal<T> {
  private readonly segmentBytes: number;
  private readonly reserveBytes: number;
  private readonly indexBatchEntries: number;
  private current: Segment;
  /** The next segment, already written out (zeros); `preparingSpare` while that is under way. */
  private spare: Segment | undefined;
  private preparingSpare: Promise<void> | undefined;
  private readonly segments = new Map<number, Segment>();
  private queue: Pending<T>[] = [];
  /** A write is scheduled for the end of this event-loop turn. */
  private writing = false;
  private toIndex: { entry: T; segment: Segment }[] = [];
  /** Entries handed to the journal file / done with by the store (indexed or failed), in order. */
  private written = 0;
  private settled = 0;
  private waiters: { target: number; resolve: () => void; reject: (err: unknown) => void }[] = [];
  private readonly indexRetryMs: number;
  private retryTimer: NodeJS.Timeout | undefined;
  /** Ends the wait before the next try of a refused batch (set while waiting). */
  private retryNow: (() => void) | undefined;
  private indexing: Promise<void> | undefined;
  private indexError: unknown;
  private unsynced = false;
  /** Armed by the first unsynced write, so an idle service does not wake up to sync nothing. */
  private syncTimer: NodeJS.Timeout | undefined;
  private readonly syncEveryMs: number;
  private closed = false;
  /** Set by close once the store is no longer written to (it may close right after). */
  private indexStopped = false;

  private constructor(
    private readonly dir: string,
    private readonly index: IndexBatch<T>,
    firstSegment: number,
    options: AuditJournalOptions,
  ) {
    this.segmentBytes = options.segmentBytes ?? 8 * 1024 * 1024;
    this.reserveBytes = options.reserveBytes ?? 4 * 1024 * 1024;
    this.indexBatchEntries = options.indexBatchEntries ?? 5000;
    this.indexRetryMs = options.indexRetryMs ?? 1000;
    this.current = this.openSegment(firstSegment);
    this.syncEveryMs = options.syncEveryMs ?? 20;
    this.prepareSpare();
  }

  /**
   * Replays the segments a previous process left (into the store, durably), then starts a new segment. When the
   * store refuses them (disk full at start), the rest stay in their files and this journal indexes them later, like
   * its own entries: the service starts, and audit reads wait for them.
   */
  static async open<T>(
    dir: string,
    index: IndexBatch<T>,
    options: AuditJournalOptions = {},
  ): Promise<AuditJournal<T>> {
    const batchEntries = options.indexBatchEntries ?? 5000;
    const left = leftSegments(dir);
    let replayed = 0;
    try {
      for (const n of left) {
        await replaySegment(dir, n, index, batchEntries);
        replayed++;
      }
    } catch (err) {
      const journal = new AuditJournal(dir, index, (left.at(-1) ?? 0) + 1, options);
      journal.adopt(left.slice(replayed), err);
      return journal;
    }
    return new AuditJournal(dir, index, (left.at(-1) ?? 0) + 1, options);
  }

  /**
   * Moves every complete entry of the journal in `dir` into the store and deletes its segments; returns the last
   * segment number seen. Only for a journal no running process writes to.
   */
  static async replay<T>(dir: string, index: IndexBatch<T>, batchEntries = 5000): Promise<number> {
    const left = leftSegments(dir);
    for (const n of left) await replaySegment(dir, n, index, batchEntries);
    return left.at(-1) ?? 0;
  }

  /** Segments a previous process left that the store refused: indexed from here, deleted once they are. */
  private adopt(numbers: readonly number[], err: unknown): void {
    for (const number of numbers) {
      const entries = readSegment<T>(join(this.dir, segmentName(number)));
      const segment: Segment = {
        number,
        fd: -1,
        bytes: 0,
        allocated: 0,
        unindexed: entries.length,
        closed: true,
      };
      this.segments.set(number, segment);
      for (const entry of entries) this.toIndex.push({ entry, segment });
      this.written += entries.length;
    }
    this.indexError = err;
    this.startIndexing();
  }

  /** Resolves once the entry is written to the journal file (handed to the OS), or rejects if it could not be. */
  append(entry: T): Promise<void> {
    if (this.closed) return Promise.reject(new Error('audit journal is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ entry, resolve, reject });
      if (!this.writing) {
        this.writing = true;
        setImmediate(() => this.writeQueued());
      }
    });
  }

  /**
   * Resolves once every entry appended so far is in the store (what reads of the audit log wait for); rejects
   * with the store's error while it refuses them (they stay queued and are tried again).
   */
  async indexed(): Promise<void> {
    // Only what was appended before this call: under steady load the journal is never empty.
    const target = this.written + this.queue.length;
    if (this.settled >= target) return;
    if (this.indexError !== undefined) throw this.indexError;
    await new Promise<void>((resolve, reject) => this.waiters.push({ target, resolve, reject }));
  }

  /**
   * The store takes writes again: a refused batch is tried now rather than at its next retry, and readers wait
   * for it instead of being told of the old error.
   */
  storeWritable(): void {
    if (this.retryNow === undefined) return;
    this.indexError = undefined;
    this.retryNow();
  }

  /** `count` more entries reached the store (or were never written): wake the readers waiting for them. */
  private settle(count: number): void {
    this.settled += count;
    const ready = this.waiters.filter((w) => w.target <= this.settled);
    this.waiters = this.waiters.filter((w) => w.target > this.settled);
    for (const w of ready) w.resolve();
  }

  private failWaiters(err: unknown): void {
    const waiting = this.waiters;
    this.waiters = [];
    for (const w of waiting) w.reject(err);
  }

  /** Writes and indexes what is pending, then removes the journal: a clean stop leaves nothing to replay. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearTimeout(this.syncTimer);
    // A batch the store refused stays in its segment (retire keeps it) for the next start to replay; one being
    // written is waited for (the store closes after this).
    await this.indexed().catch(() => undefined);
    this.indexStopped = true;
    this.retryNow?.();
    await this.indexing;
    await this.preparingSpare;
    this.dropSpare();
    closeSync(this.current.fd);
    this.current.closed = true;
    for (const s of [...this.segments.values()]) this.retire(s);
  }

  /**
   * One write for everything queued since the last one (the rest of this event-loop turn): synchronous, because
   * handing a few kilobytes to the page cache costs less than a thread-pool round trip, and it keeps the order.
   */
  private writeQueued(): void {
    const batch = this.queue;
    this.queue = [];
    this.writing = false;
    let text = '';
    for (const p of batch) text += `${JSON.stringify(p.entry)}\n`;
    const segment = this.current;
    const bytes = Buffer.from(text, 'utf8');
    try {
      for (let offset = 0; offset < bytes.length;)
        offset += writeSync(segment.fd, bytes, offset, bytes.length - offset, segment.bytes + offset);
      segment.bytes += bytes.length;
    } catch (err) {
      // Disk full past the reserve: wipe the partial batch (never acknowledged, so never replayed), in space the
      // file already has, and give back what the write added; the next write starts at the same place.
      try {
        writeZeros(segment.fd, segment.bytes, Math.min(segment.bytes + bytes.length, segment.allocated));
        ftruncateSync(segment.fd, Math.max(segment.bytes, segment.allocated));
      } catch {
        // a torn line is skipped at replay
      }
      for (const p of batch) p.reject(err);
      this.written += batch.length;
      this.settle(batch.length);
      return;
    }
    this.written += batch.length;
    segment.unindexed += batch.length;
    this.unsynced = true;
    this.armSync();
    for (const p of batch) {
      this.toIndex.push({ entry: p.entry, segment });
      p.resolve();
    }
    if (segment.bytes >= this.segmentBytes) this.rotate();
    this.startIndexing();
  }

  private armSync(): void {
    if (this.syncTimer !== undefined || this.closed) return;
    this.syncTimer = setTimeout(() => {
      this.syncTimer = undefined;
      this.sync();
    }, this.syncEveryMs);
    this.syncTimer.unref();
  }

  private sync(): void {
    if (!this.unsynced || this.current.closed) return;
    this.unsynced = false;
    fdatasync(this.current.fd, () => undefined);
  }

  /** The first segment, written out in advance when the disk has room; without (a start on a full disk) it grows as written. */
  private openSegment(first: number): Segment {
    let number = first;
    let fd: number | undefined;
    while (fd === undefined) {
      try {
        fd = openSync(join(this.dir, segmentName(number)), 'wx', fileMode);
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
        number++; // a file appeared since the listing (the spare of a journal killed while writing it)
      }
    }
    const segment: Segment = { number, fd, bytes: 0, allocated: 0, unindexed: 0, closed: false };
    try {
      writeZeros(fd, 0, this.segmentBytes + this.reserveBytes);
      segment.allocated = this.segmentBytes + this.reserveBytes;
    } catch {
      try {
        ftruncateSync(fd, 0);
      } catch {
        // zeros past the entries are skipped at replay
      }
    }
    this.segments.set(number, segment);
    return segment;
  }

  /**
   * The next segment, written out in the background (the thread pool, not the event loop) while this one fills,
   * when the disk has room for it; a rotation waits for it, writing into the current segment's reserve meanwhile.
   */
  private prepareSpare(): void {
    if (this.spare !== undefined || this.preparingSpare !== undefined || this.closed) return;
    const bytes = this.segmentBytes + this.reserveBytes;
    if (freeBytes(this.dir) < bytes) return; // tried again at the next rotation
    const number = this.current.number + 1;
    const file = join(this.dir, segmentName(number));
    this.preparingSpare = (async () => {
      const fd = await openAsync(file, 'wx', fileMode);
      try {
        for (let at = 0; at < bytes;)
          at += (await writeAsync(fd, zeros, 0, Math.min(zeros.length, bytes - at), at)).bytesWritten;
      } catch {
        closeSync(fd);
        unlinkSync(file);
        return;
      }
      this.spare = { number, fd, bytes: 0, allocated: bytes, unindexed: 0, closed: false };
    })()
      .catch(() => undefined) // no file now: tried again at the next rotation
      .finally(() => {
        this.preparingSpare = undefined;
        if (this.closed) this.dropSpare();
      });
  }

  private dropSpare(): void {
    const spare = this.spare;
    if (spare === undefined) return;
    this.spare = undefined;
    closeSync(spare.fd);
    unlinkSync(join(this.dir, segmentName(spare.number)));
  }

  private rotate(): void {
    let next = this.spare;
    const old = this.current;
    if (next === undefined) {
      // Meanwhile this one takes the writes, into its reserve; with the reserve used up (or none: a start on a
      // full disk), a new segment now, if there is room for one.
      const room = freeBytes(this.dir) >= this.segmentBytes + this.reserveBytes;
      if (old.bytes < old.allocated || this.preparingSpare !== undefined || !room) {
        this.prepareSpare();
        return;
      }
      try {
        next = this.openSegment(old.number + 1);
      } catch {
        return; // no new file now (no descriptors): keep appending to this one, try again next write
      }
    }
    this.spare = undefined;
    this.segments.set(next.number, next);
    this.current = next;
    old.closed = true;
    // The old segment's last writes may not be synced yet (sync() only covers the current one): sync, then close.
    this.unsynced = false;
    fdatasync(old.fd, () => close(old.fd, () => undefined));
    this.retire(old);
    this.prepareSpare();
  }

  /** A closed segment whose entries are all durable in the store is no longer needed. */
  private retire(segment: Segment): void {
    if (!segment.closed || segment.unindexed > 0) return;
    this.segments.delete(segment.number);
    try {
      unlinkSync(join(this.dir, segmentName(segment.number)));
    } catch {
      // left behind: a later start replays it again, idempotently
    }
  }

  private startIndexing(): void {
    if (this.indexing !== undefined || this.toIndex.length === 0 || this.indexStopped) return;
    this.indexing = this.indexPending().finally(() => {
      this.indexing = undefined;
      this.startIndexing();
    });
  }

  private async indexPending(): Promise<void> {
    while (this.toIndex.length > 0) {
      const batch = this.toIndex.slice(0, this.indexBatchEntries);
      try {
        await this.index(batch.map((b) => b.entry));
        this.indexError = undefined;
      } catch (err) {
        // The store refused the batch (disk full): the entries stay queued and in their segment (a restart would
        // replay them); readers learn of the error now rather than wait, and the batch is tried again later.
        this.indexError = err;
        this.failWaiters(err);
        if (this.closed) return; // what is left stays in the segments for the next start
        await new Promise<void>((resolve) => {
          this.retryNow = resolve;
          this.retryTimer = setTimeout(resolve, this.indexRetryMs);
          this.retryTimer.unref();
        });
        clearTimeout(this.retryTimer);
        this.retryNow = undefined;
        if (this.closed) return;
        continue;
      }
      this.toIndex.splice(0, batch.length);
      for (const b of batch) {
        b.segment.unindexed--;
        this.retire(b.segment);
      }
      this.settle(batch.length);
    }
  }
}
