/**
 * The store the application uses: plain records in, plain records out. Templates are sealed with the key ring
 * before they reach a backend and opened after; metadata reads never touch the key.
 */
import { AppError } from '../errors.ts';
import { type AuditEntry, newAuditId } from './audit-entry.ts';
import { type RecordBackend, revisionOf, type StorageFailure } from './backend.ts';
import { type KeyRing, StoreKeyError } from './key-ring.ts';
import { type BiometricRecord, metaOf, type RecordMeta } from './record.ts';
import { RecordCache } from './record-cache.ts';
import type { SealedRecord } from './sealed-record.ts';
import { open, seal } from './template-cipher.ts';
import { decodeTemplates, encodeTemplates } from './template-payload.ts';

const keyCheckSetting = 'key-check';
const keyCheckCccd = 'key-check';
const keyCheckPlaintext = Buffer.from('sinhtrac key check v1');
/** While the store refuses writes, a small write is tried this often; the first that succeeds makes it ready. */
const defaultProbeEveryMs = 1000;

/** Whether the store takes writes: readiness (/readyz, gRPC health) follows it. */
export interface StoreHealth {
  ready: boolean;
  failure?: StorageFailure;
}

export class RecordStore {
  private failure: StorageFailure | undefined;
  private probeTimer: NodeJS.Timeout | undefined;
  /** The probe write in flight, if any: close waits for it (the backend must not close under it). */
  private probing: Promise<void> | undefined;
  private readonly healthListeners: ((health: StoreHealth) => void)[] = [];
  private closed = false;

  constructor(
    readonly backend: RecordBackend,
    private readonly ring: KeyRing,
    private readonly cache = new RecordCache(0),
    private readonly probeEveryMs = defaultProbeEveryMs,
  ) {}

  get health(): StoreHealth {
    return this.failure === undefined ? { ready: true } : { ready: false, failure: this.failure };
  }

  /** Called on every change of `health` (not ready after a storage failure, ready again once a probe succeeds). */
  onHealthChange(listener: (health: StoreHealth) => void): void {
    this.healthListeners.push(listener);
  }

  /**
   * Runs one backend call. A storage failure (disk full, database unreachable) becomes a 503 with its reason,
   * marks the store not ready and starts probing; anything else is passed on as it is. Record writes are refused
   * at once while the store is not ready; reads are tried (they work on a full disk), and so are decisions' audit
   * entries, which go to a journal with space set aside (audit-journal.ts) and fail on their own when it has none.
   */
  private async guarded<T>(call: () => Promise<T>, kind: 'read' | 'write' | 'audit'): Promise<T> {
    if (kind === 'write' && this.failure !== undefined) throw unavailable(this.failure);
    try {
      return await call();
    } catch (err) {
      const failure = this.backend.storageFailure(err);
      if (failure === undefined) throw err;
      if (kind !== 'read') this.failed(failure);
      throw unavailable(failure);
    }
  }

  /**
   * At open: a store whose disk is full (or whose database refuses writes) starts not ready, serving reads, and
   * becomes ready by itself once a probe write succeeds.
   */
  async checkWritable(): Promise<void> {
    try {
      await this.backend.probeWrite();
    } catch (err) {
      const failure = this.backend.storageFailure(err);
      if (failure === undefined) throw err;
      this.failed(failure);
    }
  }

  private failed(failure: StorageFailure): void {
    const first = this.failure === undefined;
    this.failure = failure;
    if (first) {
      console.error(
        `store: ${failure.reason}: ${failure.message} (not ready; a small write is tried every ` +
          `${this.probeEveryMs} ms, ready again once one succeeds)`,
      );
      this.notifyHealth();
    }
    this.scheduleProbe();
  }

  private scheduleProbe(): void {
    if (this.probeTimer !== undefined || this.closed) return;
    this.probeTimer = setTimeout(() => {
      this.probing = this.backend.probeWrite().then(
        () => {
          this.probeTimer = undefined;
          if (this.failure === undefined || this.closed) return;
          console.error('store: writes succeed again; ready');
          this.failure = undefined;
          this.notifyHealth();
        },
        () => {
          this.probeTimer = undefined;
          this.scheduleProbe();
        },
      );
    }, this.probeEveryMs);
    this.probeTimer.unref();
  }

  private notifyHealth(): void {
    const health = this.health;
    for (const listener of this.healthListeners) listener(health);
  }

  /** Refuses a key ring that cannot open what this store was sealed with: fail at start, never overwrite. */
  async checkKey(): Promise<void> {
    // Read first: an existing store is checked without a write (it may be opened on a full disk).
    let stored = await this.backend.getSetting(keyCheckSetting);
    if (stored === undefined) {
      const { keyId, sealed } = seal(this.ring, keyCheckCccd, keyCheckPlaintext);
      stored = await this.backend.putSettingIfAbsent(keyCheckSetting, encodeKeyCheck(keyId, sealed));
    }
    const check = decodeKeyCheck(stored);
    try {
      open(this.ring, keyCheckCccd, check.keyId, check.sealed);
    } catch (err) {
      throw new StoreKeyError(
        `the key file does not hold the key this store was sealed with (key id ${check.keyId}): ${(err as Error).message}`,
      );
    }
  }

  /**
   * The record as stored now. A cached record is served only if the stored revision is still the one it was read
   * at (one small read), so a write committed by any process or node sharing the store, once answered, is seen by
   * every verify that starts after; the check costs far less than the read, decryption and preparation it saves.
   */
  async get(cccd: string): Promise<BiometricRecord | undefined> {
    const cached = this.cache.get(cccd);
    if (cached !== undefined) {
      if ((await this.guarded(() => this.backend.revision(cccd), 'read')) === cached.revision)
        return cached.record;
      this.cache.invalidate(cccd);
    }
    const stored = await this.guarded(() => this.backend.get(cccd), 'read');
    if (stored === undefined) return undefined;
    const record = this.unseal(stored);
    // A write racing this read is caught by the next get's revision check.
    this.cache.set(record, revisionOf(stored.sealed));
    return record;
  }

  async getMeta(cccd: string): Promise<RecordMeta | undefined> {
    return (await this.guarded(() => this.backend.get(cccd), 'read'))?.meta;
  }

  /**
   * Creates the record and writes its audit entry in the same transaction; resolves to the metadata written, or
   * undefined when the CCCD is already enrolled (nothing written, nothing audited).
   */
  async create(record: BiometricRecord, audit: AuditEntry): Promise<RecordMeta | undefined> {
    const sealed = this.sealRecord(record);
    const created = await this.guarded(() => this.backend.create(sealed, withId(audit)), 'write');
    return created ? sealed.meta : undefined;
  }

  /** Like create; undefined when the CCCD is not enrolled (a DELETE came first). */
  async replace(record: BiometricRecord, audit: AuditEntry): Promise<RecordMeta | undefined> {
    const sealed = this.sealRecord(record);
    try {
      const replaced = await this.guarded(() => this.backend.replace(sealed, withId(audit)), 'write');
      return replaced ? sealed.meta : undefined;
    } finally {
      this.cache.invalidate(record.cccd); // memory only: correctness comes from the revision check
    }
  }

  async delete(cccd: string, audit: AuditEntry): Promise<boolean> {
    try {
      return await this.guarded(() => this.backend.delete(cccd, withId(audit)), 'write');
    } finally {
      this.cache.invalidate(cccd);
    }
  }

  async putMany(records: readonly BiometricRecord[]): Promise<void> {
    await this.guarded(() => this.backend.putMany(records.map((r) => this.sealRecord(r))), 'write');
    for (const r of records) this.cache.invalidate(r.cccd);
  }

  count(): Promise<number> {
    return this.guarded(() => this.backend.count(), 'read');
  }

  /** Every record, opened, in CCCD order (pages of `pageSize`). */
  async *all(pageSize = 500): AsyncGenerator<BiometricRecord> {
    for await (const page of this.sealedPages(pageSize)) {
      for (const stored of page) yield this.unseal(stored);
    }
  }

  /** The stored (sealed) records, in CCCD order, one page of at most `pageSize` at a time. */
  private async *sealedPages(pageSize: number): AsyncGenerator<SealedRecord[]> {
    let after = '';
    for (;;) {
      const page = await this.backend.scan(after, pageSize);
      if (page.length > 0) yield page;
      const last = page[page.length - 1];
      if (last === undefined || page.length < pageSize) return;
      after = last.meta.cccd;
    }
  }

  /**
   * Key rotation: re-seals every record not sealed with the current key (the first line of the key file). Once it
   * reports 0 left, older key lines can be removed. Records replaced meanwhile are simply re-sealed again.
   */
  async resealWithCurrentKey(pageSize = 500): Promise<{ resealed: number; total: number }> {
    let resealed = 0;
    let total = 0;
    for await (const page of this.sealedPages(pageSize)) {
      const stale = page.filter((s) => s.meta.keyId !== this.ring.currentKeyId);
      total += page.length;
      for (const stored of stale) {
        const audit: AuditEntry = {
          at: new Date().toISOString(),
          caller: 'reseal',
          requestId: '',
          cccd: stored.meta.cccd,
          operation: 'reseal',
          versions: { key: this.ring.currentKeyId },
        };
        if ((await this.replace(this.unseal(stored), audit)) !== undefined) resealed++;
      }
    }
    await this.checkKeyCurrent();
    return { resealed, total };
  }

  /** Re-seals the key check with the current key, so that older keys can leave the key file. */
  private async checkKeyCurrent(): Promise<void> {
    const { keyId, sealed } = seal(this.ring, keyCheckCccd, keyCheckPlaintext);
    await this.backend.putSetting(keyCheckSetting, encodeKeyCheck(keyId, sealed));
  }

  /** A decision's audit entry (not tied to a record change); 503 when it cannot be written (then the decision is not given). */
  appendAudit(entry: AuditEntry): Promise<void> {
    return this.guarded(() => this.backend.appendAudit(withId(entry)), 'audit');
  }

  auditFor(cccd: string, limit = 100): Promise<AuditEntry[]> {
    return this.guarded(() => this.backend.auditFor(cccd, limit), 'read');
  }

  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.probeTimer);
    await this.probing;
    return this.backend.close();
  }

  sealRecord(record: BiometricRecord): SealedRecord {
    const plaintext = encodeTemplates(
      record.faces.map((f) => f.template),
      record.fingers.map((f) => f.template),
    );
    const { keyId, sealed } = seal(this.ring, record.cccd, plaintext);
    return { meta: metaOf(record, keyId), sealed };
  }

  private unseal(stored: SealedRecord): BiometricRecord {
    const { meta } = stored;
    const { faces, fingers } = decodeTemplates(open(this.ring, meta.cccd, meta.keyId, stored.sealed));
    if (faces.length !== meta.faces.length || fingers.length !== meta.fingers.length) {
      throw new StoreKeyError(`record ${meta.cccd}: sealed templates do not match its metadata`);
    }
    return {
      cccd: meta.cccd,
      faces: meta.faces.map((f, i) => ({ version: f.version, template: faces[i] as Uint8Array })),
      fingers: meta.fingers.map((f, i) => ({
        position: f.position,
        format: f.format,
        version: f.version,
        template: fingers[i] as Uint8Array,
      })),
      enrolment: { ...meta.enrolment },
    };
  }
}

/** Every stored entry has its own id; callers may set it (the application does), the store fills it in. */
function withId(entry: AuditEntry): AuditEntry {
  return entry.id === undefined ? { id: newAuditId(), ...entry } : entry;
}

function unavailable(failure: StorageFailure): AppError {
  return new AppError('UNAVAILABLE', failure.reason, failure.message);
}

function encodeKeyCheck(keyId: string, sealed: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${keyId}|`, 'latin1'), sealed]);
}

function decodeKeyCheck(stored: Uint8Array): { keyId: string; sealed: Buffer } {
  const buf = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  const bar = buf.indexOf(0x7c);
  return { keyId: buf.subarray(0, bar).toString('latin1'), sealed: buf.subarray(bar + 1) };
}
