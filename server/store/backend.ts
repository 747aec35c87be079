import type { AuditEntry } from './audit-entry.ts';
import type { SealedRecord } from './sealed-record.ts';

/**
 * The one small interface both backends implement. Writes are atomic per record (a record is never half-written)
 * and durable once the returned promise resolves.
 */
export interface RecordBackend {
  readonly kind: 'lmdb' | 'postgres';
  get(cccd: string): Promise<SealedRecord | undefined>;
  /** false when the CCCD is already enrolled (nothing written). */
  create(record: SealedRecord): Promise<boolean>;
  /** false when the CCCD is not enrolled (nothing written). */
  replace(record: SealedRecord): Promise<boolean>;
  delete(cccd: string): Promise<boolean>;
  /** Bulk load (upsert): one transaction per call. */
  putMany(records: readonly SealedRecord[]): Promise<void>;
  count(): Promise<number>;
  /** Records in CCCD order after `afterCccd` (exclusive), at most `limit`: walks the whole store page by page. */
  scan(afterCccd: string, limit: number): Promise<SealedRecord[]>;
  appendAudit(entry: AuditEntry): Promise<void>;
  /** Newest first. */
  auditFor(cccd: string, limit: number): Promise<AuditEntry[]>;
  /** Small named settings (the key check); `putSettingIfAbsent` returns the value that is stored afterwards. */
  getSetting(name: string): Promise<Uint8Array | undefined>;
  putSettingIfAbsent(name: string, value: Uint8Array): Promise<Uint8Array>;
  putSetting(name: string, value: Uint8Array): Promise<void>;
  close(): Promise<void>;
}
