/**
 * Embedded default backend on LMDB (npm `lmdb`). Why LMDB: a copy-on-write B+tree whose commits switch a meta page
 * atomically, so a `kill -9` or power loss leaves the last committed state and never a half-written record, with no
 * recovery step at start; reads are zero-copy from a memory map (microseconds), writes are batched per event turn
 * off the main thread, and lmdb-js ships prebuilt binaries (no compiler needed) and is actively maintained.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { open, type Database, type RootDatabase } from 'lmdb';
import type { AuditEntry } from './audit-entry.ts';
import type { RecordBackend } from './backend.ts';
import type { SealedRecord } from './sealed-record.ts';

type AuditKey = [string, number, number];

export class LmdbBackend implements RecordBackend {
  readonly kind = 'lmdb';
  private readonly root: RootDatabase;
  private readonly records: Database<SealedRecord, string>;
  private readonly audit: Database<AuditEntry, AuditKey>;
  private readonly settings: Database<Buffer, string>;
  /** Tie-breaker for audit entries appended in the same millisecond. */
  private auditSeq = 0;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.root = open({ path: join(dataDir, 'records.mdb'), maxDbs: 8 });
    this.records = this.root.openDB<SealedRecord, string>({
      name: 'records',
      sharedStructuresKey: Symbol.for('s'),
    });
    this.audit = this.root.openDB<AuditEntry, AuditKey>({
      name: 'audit',
      sharedStructuresKey: Symbol.for('s'),
    });
    this.settings = this.root.openDB<Buffer, string>({ name: 'settings', encoding: 'binary' });
  }

  async get(cccd: string): Promise<SealedRecord | undefined> {
    return this.records.get(cccd);
  }

  create(record: SealedRecord): Promise<boolean> {
    return this.records.ifNoExists(record.meta.cccd, () => {
      void this.records.put(record.meta.cccd, record);
    });
  }

  replace(record: SealedRecord): Promise<boolean> {
    return this.records.transaction(() => {
      if (!this.records.doesExist(record.meta.cccd)) return false;
      void this.records.put(record.meta.cccd, record);
      return true;
    });
  }

  delete(cccd: string): Promise<boolean> {
    return this.records.transaction(() => {
      if (!this.records.doesExist(cccd)) return false;
      void this.records.remove(cccd);
      return true;
    });
  }

  async putMany(records: readonly SealedRecord[]): Promise<void> {
    await this.records.transaction(() => {
      for (const r of records) void this.records.put(r.meta.cccd, r);
    });
  }

  async count(): Promise<number> {
    return (this.records.getStats() as { entryCount: number }).entryCount;
  }

  async appendAudit(entry: AuditEntry): Promise<void> {
    this.auditSeq = (this.auditSeq + 1) % 1_000_000;
    await this.audit.put([entry.cccd, Date.parse(entry.at), this.auditSeq], entry);
  }

  async auditFor(cccd: string, limit: number): Promise<AuditEntry[]> {
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

  async putSettingIfAbsent(name: string, value: Uint8Array): Promise<Uint8Array> {
    await this.settings.ifNoExists(name, () => {
      void this.settings.put(name, Buffer.from(value));
    });
    return this.settings.get(name) as Buffer;
  }

  async close(): Promise<void> {
    await this.root.close();
  }
}
