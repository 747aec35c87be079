/**
 * Embedded default backend on LMDB (npm `lmdb`). Why LMDB: a copy-on-write B+tree whose commits switch a meta page
 * atomically, so a `kill -9` or power loss leaves the last committed state and never a half-written record, with no
 * recovery step at start; reads are zero-copy from a memory map (microseconds), writes are batched per event turn
 * off the main thread, and lmdb-js ships prebuilt binaries (no compiler needed) and is actively maintained.
 * Audit entries go through a journal first (audit-journal.ts) so that a decision never waits for a commit.
 */
import { existsSync, mkdirSync, readdirSync, realpathSync, rmdirSync } from 'node:fs';
import { join } from 'node:path';
import { open, type Database, type RootDatabase } from 'lmdb';
import type { AuditEntry } from './audit-entry.ts';
import { AuditJournal } from './audit-journal.ts';
import type { RecordBackend } from './backend.ts';
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
  static async open(dataDir: string, journal = '0', replayOthers = true): Promise<LmdbBackend> {
    const backend = new LmdbBackend(dataDir);
    const processIndex = Number(journal);
    if (Number.isSafeInteger(processIndex) && processIndex > 0)
      backend.auditSeqBase = processIndex * auditSeqPerProcess;
    const journals = join(dataDir, 'audit-journal');
    const index = (lines: readonly JournalLine[]) => backend.indexAudit(lines);
    try {
      if (replayOthers && existsSync(journals)) {
        for (const other of readdirSync(journals, { withFileTypes: true })) {
          if (!other.isDirectory() || other.name === journal) continue;
          await AuditJournal.replay(join(journals, other.name), index);
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

  private constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
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
    this.mapFile = realpathSync(join(dataDir, 'records.mdb'));
  }

  async get(cccd: string): Promise<SealedRecord | undefined> {
    this.touchedMap(1);
    const value = this.records.get(cccd);
    return value === undefined ? undefined : decodeRecord(value);
  }

  /** Resolves once the write is on disk: a record acknowledged to a caller survives a power loss. */
  private async durable<T>(write: Promise<T>): Promise<T> {
    const result = await write;
    await this.root.flushed;
    return result;
  }

  create(record: SealedRecord): Promise<boolean> {
    return this.durable(
      this.records.ifNoExists(record.meta.cccd, () => {
        void this.records.put(record.meta.cccd, encodeRecord(record));
      }),
    );
  }

  replace(record: SealedRecord): Promise<boolean> {
    return this.durable(
      this.records.transaction(() => {
        if (!this.records.doesExist(record.meta.cccd)) return false;
        void this.records.put(record.meta.cccd, encodeRecord(record));
        return true;
      }),
    );
  }

  delete(cccd: string): Promise<boolean> {
    return this.durable(
      this.records.transaction(() => {
        if (!this.records.doesExist(cccd)) return false;
        void this.records.remove(cccd);
        return true;
      }),
    );
  }

  async putMany(records: readonly SealedRecord[]): Promise<void> {
    await this.durable(
      this.records.transaction(() => {
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
    this.auditSeq = (this.auditSeq + 1) % auditSeqPerProcess;
    const key: AuditKey = [entry.cccd, Date.parse(entry.at), this.auditSeqBase + this.auditSeq];
    return this.openJournal().append({ key, entry });
  }

  /** One transaction per batch, resolved once flushed: only then may the journal forget the entries. */
  private async indexAudit(lines: readonly JournalLine[]): Promise<void> {
    await this.audit.transaction(() => {
      for (const { key, entry } of lines) void this.audit.put(key, entry);
    });
    await this.root.flushed;
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
    await this.durable(this.settings.put(name, Buffer.from(value)));
  }

  async putSettingIfAbsent(name: string, value: Uint8Array): Promise<Uint8Array> {
    await this.settings.ifNoExists(name, () => {
      void this.settings.put(name, Buffer.from(value));
    });
    return this.settings.get(name) as Buffer;
  }

  async close(): Promise<void> {
    await this.journal?.close();
    await this.root.close();
  }
}
