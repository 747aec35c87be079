import type { AuditEntry } from './audit-entry.ts';
import type { SealedRecord } from './sealed-record.ts';

/** Why a backend cannot take writes (or answer at all) for now: the service answers 503 and reports not ready. */
export interface StorageFailure {
  reason: 'STORE_FULL' | 'STORE_UNAVAILABLE';
  message: string;
}

/**
 * The one small interface both backends implement. Writes are atomic per record (a record is never half-written)
 * and durable once the returned promise resolves. A record change and its audit entry commit in one transaction:
 * both or neither.
 */
export interface RecordBackend {
  readonly kind: 'lmdb' | 'postgres';
  get(cccd: string): Promise<SealedRecord | undefined>;
  /**
   * The stored record's revision (see `revisionOf`), read from a fresh snapshot; undefined when not enrolled.
   * What a cached record is checked against before it is served.
   */
  revision(cccd: string): Promise<string | undefined>;
  /** false when the CCCD is already enrolled (nothing written, no audit entry). */
  create(record: SealedRecord, audit: AuditEntry): Promise<boolean>;
  /** false when the CCCD is not enrolled (nothing written, no audit entry). */
  replace(record: SealedRecord, audit: AuditEntry): Promise<boolean>;
  /** false when the CCCD is not enrolled (nothing written, no audit entry). */
  delete(cccd: string, audit: AuditEntry): Promise<boolean>;
  /** Bulk load (upsert, not audited: fixtures and benchmarks): one transaction per call. */
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
  /** The failure an error of this backend stands for, when it is one of storage (full, unreachable), not a bug. */
  storageFailure(err: unknown): StorageFailure | undefined;
  /** Resolves once a small durable write succeeds again (after a storage failure); rejects while it cannot. */
  probeWrite(): Promise<void>;
  close(): Promise<void>;
}

/** Bytes of the AES-GCM nonce that start every sealed value (template-cipher.ts). */
export const revisionBytes = 12;

/**
 * A record's revision is the nonce of its sealed templates: 96 random bits drawn anew by every write (create,
 * replace, bulk load, re-seal), inside the very value written, so it changes in the same transaction as the record
 * by construction and records stored before revisions existed have one too.
 */
export function revisionOf(sealed: Uint8Array): string {
  return Buffer.from(sealed.buffer, sealed.byteOffset, Math.min(revisionBytes, sealed.byteLength)).toString(
    'hex',
  );
}
