/**
 * Embedded default backend on LMDB (npm `lmdb`). Why LMDB: a copy-on-write B+tree whose commits switch a meta page
 * atomically, so a `kill -9` or power loss leaves the last committed state and never a half-written record, with no
 * recovery step at start; reads are zero-copy from a memory map (microseconds), writes are batched per event turn
 * off the main thread, and lmdb-js ships prebuilt binaries (no compiler needed) and is actively maintained.
 * Audit entries go through a journal first (audit-journal.ts) so that a decision never waits for a commit.
 */
import {
  chmodSync,
  existsSync,
  mkdirSync,
  readdirSync,
  realpathSync,
  rmdirSync,
  statfsSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { open, type Database, type RootDatabase } from 'lmdb';
import type { AuditEntry } from './audit-entry.ts';
import { AuditJournal } from './audit-journal.ts';
import { type RecordBackend, revisionBytes, type StorageFailure } from './backend.ts';
import { releaseFileMappings } from './mapped-pages.ts';
import type { RecordMeta } from './record.ts';
import type { SealedRecord } from './sealed-record.ts';

type AuditKey = [string, number, number];
/** An audit entry with its database key, as the journal holds it (the key makes a replay idempotent). */
interface JournalLine {
  key: AuditKey;
  entry: AuditEntry;
}

const structuresKey = Symbol.for('structures');
const pageBytes = 16384;
/** Audit sequence numbers one process uses before wrapping (entries of one CCCD in one millisecond). */
const auditSeqPerProcess = 1_000_000;
/**
 * Map touches (audit entries indexed, records read) between two releases of the map's pages: ~1 KB of map each
 * with random CCCDs, so ~10 MB of RSS at most.
 */
const mapTouchesPerPageRelease = 10_000;
/**
 * After a failed write, the store takes writes again (probeWrite) only once its file system has this much free
 * space: a probe that squeezes into the last free pages would flip readiness back and forth.
 */
const defaultMinFreeBytes = 1024 * 1024;

export interface LmdbOptions {
  minFreeBytes?: number;
}

/** A commit LMDB could not make (disk full, I/O error): `cause` is what LMDB reported. Nothing of it was written. */
export class LmdbCommitError extends Error {
  override readonly name = 'LmdbCommitError';
}

/**
 * lmdb-js rejects every write of a failed commit with "Commit failed" and keeps the cause in a second promise
 * (`commitError`), which rejects too: unobserved, it would be an unhandled rejection (the process would exit).
 */
async function commitFailure(err: unknown): Promise<unknown> {
  const pending = (err as { commitError?: unknown } | null)?.commitError;
  if (!(pending instanceof Promise)) return err;
  const cause = await pending.then(
    () => err,
    (c: unknown) => c,
  );
  return new LmdbCommitError(`LMDB commit failed: ${(cause as Error)?.message ?? String(cause)}`, { cause });
}

function observeCommit(root: RootDatabase): void {
  void root.committed.then(undefined, () => undefined); // each write's own caller gets the failure
}

/** The error a write refused for want of space carries (probe, index), so that storageFailure names it STORE_FULL. */
function noSpace(message: string): Error {
  return Object.assign(new Error(message), { code: 'ENOSPC' });
}

/** Owner-only: the data holds the biometric templates (sealed) and who verified when. */
export function ownerOnlyDir(dir: string): void {
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  if ((statSync(dir).mode & 0o077) !== 0) chmodSync(dir, 0o700);
}

/** Stored value: u32 LE metadata length, metadata JSON, sealed templates. One value per record: one atomic put. */
function encodeRecord(record: SealedRecord): Buffer {
  const meta = Buffer.from(JSON.stringify(record.meta), 'utf8');
  const out = Buffer.allocUnsafe(4 + meta.length + record.sealed.byteLength);
  out.writeUInt32LE(meta.length, 0);
  meta.copy(out, 4);
  out.set(record.sealed, 4 + meta.length);
  return out;
}

function decodeRecord(value: Buffer): SealedRecord {
  const metaBytes = value.readUInt32LE(0);
  return {
    meta: JSON.parse(value.toString('utf8', 4, 4 + metaBytes)) as RecordMeta,
    // Copy: LMDB may reuse the buffer it returned once the read transaction moves on.
    sealed: Uint8Array.prototype.slice.call(value, 4 + metaBytes),
  };
}

export class LmdbBackend implements RecordBackend {
  readonly kind = 'lmdb';
  private readonly root: RootDatabase;
  private readonly records: Database<Buffer, string>;
  private readonly audit: Database<AuditEntry, AuditKey>;
  private readonly settings: Database<Buffer, string>;
  /** Tie-breaker for audit entries appended in the same millisecond. */
  private auditSeq = 0;
  /**
   * Processes sharing the store (SINHTRAC_PROCESSES) each count audit entries from their own base, so two of them
   * logging the same CCCD in the same millisecond never write the same key (one entry would overwrite the other).
   */
  private auditSeqBase = 0;
  private journal: AuditJournal<JournalLine> | undefined;
  private readonly mapFile: string;
  private mapTouchesSinceRelease = 0;

  /**
   * Opens the store and replays audit entries a crashed process journaled but had not indexed yet: its own journal
   * (`journal`, one per process sharing the store), and the other processes' too when `replayOthers` (only safe
   * when no other process has the store open).
   */
  static async open(
    dataDir: string,
    journal = '0',
    replayOthers = true,
    options: LmdbOptions = {},
  ): Promise<LmdbBackend> {
    const backend = new LmdbBackend(dataDir, options.minFreeBytes ?? defaultMinFreeBytes);
    const processIndex = Number(journal);
    if (Number.isSafeInteger(processIndex) && processIndex > 0)
      backend.auditSeqBase = processIndex * auditSeqPerProcess;
    const journals = join(dataDir, 'audit-journal');
    const index = (lines: readonly JournalLine[]) => backend.indexAudit(lines);
    try {
      if (replayOthers && existsSync(journals)) {
        for (const other of readdirSync(journals, { withFileTypes: true })) {
          if (!other.isDirectory() || other.name === journal) continue;
          try {
            await AuditJournal.replay(join(journals, other.name), index);
          } catch (err) {
            if (backend.storageFailure(err) === undefined) throw err;
            // Disk full at start: left for the next start with room (or the process of that number) to replay.
            console.error(`store: audit journal ${other.name} not replayed yet: ${(err as Error).message}`);
            continue;
          }
          rmdirSync(join(journals, other.name));
        }
      }
      backend.journal = await AuditJournal.open<JournalLine>(join(journals, journal), index);
    } catch (err) {
      await backend.root.close();
      throw err;
    }
    return backend;
  }

  private constructor(
    private readonly dataDir: string,
    private readonly minFreeBytes: number,
  ) {
    ownerOnlyDir(dataDir);
    // 16 KiB pages: ~1.5 KB records fit several per leaf (4 KiB pages held one each: 3.6 KB/record measured).
    // separateFlushed: writes resolve at commit (visible, and kept by the OS page cache through a process kill);
    // record changes then also wait for the flush to disk, audit appends do not (see README: durability).
    this.root = open({
      path: join(dataDir, 'records.mdb'),
      maxDbs: 8,
      pageSize: pageBytes,
      separateFlushed: true,
    });
    this.records = this.root.openDB<Buffer, string>({ name: 'records', encoding: 'binary' });
    this.audit = this.root.openDB<AuditEntry, AuditKey>({
      name: 'audit',
      sharedStructuresKey: structuresKey,
    });
    this.settings = this.root.openDB<Buffer, string>({ name: 'settings', encoding: 'binary' });
    // lmdb-js starts each event turn's batch with a write whose promise nobody holds: when that batch's commit
    // fails (disk full) the promise rejects unobserved and Node ends the process. The batch starts right after
    // the 'beforecommit' callbacks of the same task, so a microtask queued from one sees its commit promise.
    this.root.on('beforecommit', () => queueMicrotask(() => observeCommit(this.root)));
    // LMDB creates its files 0644 (umask permitting): the data directory is 0700 already, the files follow.
    for (const file of ['records.mdb', 'records.mdb-lock']) chmodSync(join(dataDir, file), 0o600);
    this.mapFile = realpathSync(join(dataDir, 'records.mdb'));
  }

  /**
   * lmdb-js keeps one read snapshot until a timer of the next event-loop turn; a commit another process made in
   * between (a DELETE already answered) would not be seen. Reads that decide what a verify compares against start
   * a fresh snapshot (a reset and renew of the read transaction: microseconds).
   */
  private freshSnapshot(): void {
    this.records.resetReadTxn();
  }

  async get(cccd: string): Promise<SealedRecord | undefined> {
    this.touchedMap(1);
    this.freshSnapshot();
    const value = this.records.get(cccd);
    return value === undefined ? undefined : decodeRecord(value);
  }

  /** The nonce at the start of the sealed templates, read in place (no copy of the record, no JSON). */
  async revision(cccd: string): Promise<string | undefined> {
    this.freshSnapshot();
    const value = this.records.getBinaryFast(cccd) as Buffer | undefined;
    if (value === undefined) return undefined;
    const start = 4 + value.readUInt32LE(0);
    return value.toString('hex', start, start + revisionBytes);
  }

  /**
   * Resolves once the write is on disk: a record acknowledged to a caller survives a power loss. A commit that
   * fails rejects with an LmdbCommitError naming LMDB's cause (and nothing of the transaction is stored).
   */
  private async durable<T>(write: Promise<T>): Promise<T> {
    try {
      const result = await write;
      await this.root.flushed;
      return result;
    } catch (err) {
      throw await commitFailure(err);
    }
  }

  /** The audit entry of a record change is written in the change's own transaction, not through the journal. */
  private putChangeAudit(entry: AuditEntry): void {
    void this.audit.put(this.nextAuditKey(entry), entry);
  }

  create(record: SealedRecord, audit: AuditEntry): Promise<boolean> {
    return this.durable(
      this.root.transaction(() => {
        if (this.records.doesExist(record.meta.cccd)) return false;
        void this.records.put(record.meta.cccd, encodeRecord(record));
        this.putChangeAudit(audit);
        return true;
      }),
    );
  }

  replace(record: SealedRecord, audit: AuditEntry): Promise<boolean> {
    return this.durable(
      this.root.transaction(() => {
        if (!this.records.doesExist(record.meta.cccd)) return false;
        void this.records.put(record.meta.cccd, encodeRecord(record));
        this.putChangeAudit(audit);
        return true;
      }),
    );
  }

  delete(cccd: string, audit: AuditEntry): Promise<boolean> {
    return this.durable(
      this.root.transaction(() => {
        if (!this.records.doesExist(cccd)) return false;
        void this.records.remove(cccd);
        this.putChangeAudit(audit);
        return true;
      }),
    );
  }

  async putMany(records: readonly SealedRecord[]): Promise<void> {
    await this.durable(
      this.root.transaction(() => {
        for (const r of records) void this.records.put(r.meta.cccd, encodeRecord(r));
      }),
    );
  }

  async count(): Promise<number> {
    return (this.records.getStats() as { entryCount: number }).entryCount;
  }

  async scan(afterCccd: string, limit: number): Promise<SealedRecord[]> {
    const out: SealedRecord[] = [];
    for (const { key, value } of this.records.getRange({ start: afterCccd, limit: limit + 1 })) {
      if (key === afterCccd) continue;
      if (out.length >= limit) break;
      out.push(decodeRecord(value));
    }
    this.touchedMap(out.length);
    return out;
  }

  /** Pages in use by the records database (file size includes free and preallocated space). */
  usedBytes(): number {
    const s = this.records.getStats() as {
      pageSize: number;
      treeBranchPageCount: number;
      treeLeafPageCount: number;
      overflowPages: number;
    };
    return s.pageSize * (s.treeBranchPageCount + s.treeLeafPageCount + s.overflowPages);
  }

  /**
   * Resolves once the entry is in the audit journal (kill -9 safe, like a commit); it reaches the audit database
   * in a later batch, so a decision no longer waits for an LMDB commit.
   */
  appendAudit(entry: AuditEntry): Promise<void> {
    return this.openJournal().append({ key: this.nextAuditKey(entry), entry });
  }

  private nextAuditKey(entry: AuditEntry): AuditKey {
    this.auditSeq = (this.auditSeq + 1) % auditSeqPerProcess;
    return [entry.cccd, Date.parse(entry.at), this.auditSeqBase + this.auditSeq];
  }

  /** One transaction per batch, resolved once flushed: only then may the journal forget the entries. */
  private async indexAudit(lines: readonly JournalLine[]): Promise<void> {
    // Short of space, a commit would fail (and lmdb-js logs every failed one): the journal keeps the entries.
    this.checkFreeSpace();
    await this.durable(
      this.audit.transaction(() => {
        for (const { key, entry } of lines) void this.audit.put(key, entry);
      }),
    );
    this.touchedMap(lines.length);
  }

  /**
   * Every page LMDB reads stays mapped, so RSS would grow with the audit log and with the records read; now and
   * then the mapping is dropped (the pages stay in the page cache and fault back in when read again).
   */
  private touchedMap(touches: number): void {
    this.mapTouchesSinceRelease += touches;
    if (this.mapTouchesSinceRelease < mapTouchesPerPageRelease) return;
    this.mapTouchesSinceRelease = 0;
    releaseFileMappings(this.mapFile);
  }

  private openJournal(): AuditJournal<JournalLine> {
    if (this.journal === undefined) throw new Error('LmdbBackend must be opened with LmdbBackend.open');
    return this.journal;
  }

  async auditFor(cccd: string, limit: number): Promise<AuditEntry[]> {
    await this.openJournal().indexed();
    const range = this.audit.getRange({
      start: [cccd, Number.MAX_SAFE_INTEGER, 0],
      end: [cccd, -1, 0],
      reverse: true,
      limit,
    });
    return [...range].map(({ value }) => value);
  }

  async getSetting(name: string): Promise<Uint8Array | undefined> {
    return this.settings.get(name);
  }

  async putSetting(name: string, value: Uint8Array): Promise<void> {
    await this.durable(
      this.settings.transaction(() => {
        void this.settings.put(name, Buffer.from(value));
      }),
    );
  }

  async putSettingIfAbsent(name: string, value: Uint8Array): Promise<Uint8Array> {
    await this.durable(
      this.settings.transaction(() => {
        if (!this.settings.doesExist(name)) void this.settings.put(name, Buffer.from(value));
      }),
    );
    return this.settings.get(name) as Buffer;
  }

  private freeBytes(): number {
    try {
      const fs = statfsSync(this.dataDir);
      return fs.bavail * fs.bsize;
    } catch {
      return Number.POSITIVE_INFINITY;
    }
  }

  /**
   * Disk full or an I/O error writing the store or the journal. LMDB reports a full tmpfs as EIO, so a failed
   * commit counts as full when the file system is short of space, and as unavailable otherwise.
   */
  storageFailure(err: unknown): StorageFailure | undefined {
    const code = (err as { code?: unknown } | null)?.code;
    const message = (err as Error | null)?.message ?? String(err);
    if (code === 'ENOSPC' || code === 'EDQUOT' || /MDB_MAP_FULL|No space left|quota/i.test(message)) {
      return {
        reason: 'STORE_FULL',
        message: "the store's disk is full: writes are refused until space is freed",
      };
    }
    if (err instanceof LmdbCommitError || code === 'EIO' || code === 'EROFS') {
      return this.freeBytes() < this.minFreeBytes
        ? {
            reason: 'STORE_FULL',
            message: "the store's disk is full: writes are refused until space is freed",
          }
        : { reason: 'STORE_UNAVAILABLE', message: `the store cannot write: ${message}` };
    }
    return undefined;
  }

  private checkFreeSpace(): void {
    const free = this.freeBytes();
    if (free < this.minFreeBytes) throw noSpace(`${free} bytes free, ${this.minFreeBytes} needed`);
  }

  async probeWrite(): Promise<void> {
    this.checkFreeSpace();
    await this.putSetting('write-probe', Buffer.from(new Date().toISOString()));
    this.journal?.storeWritable();
  }

  async close(): Promise<void> {
    await this.journal?.close();
    await this.root.close();
  }
}
