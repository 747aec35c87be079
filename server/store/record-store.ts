/**
 * The store the application uses: plain records in, plain records out. Templates are sealed with the key ring
 * before they reach a backend and opened after; metadata reads never touch the key.
 */
import type { AuditEntry } from './audit-entry.ts';
import type { RecordBackend } from './backend.ts';
import { type KeyRing, StoreKeyError } from './key-ring.ts';
import { type BiometricRecord, metaOf, type RecordMeta } from './record.ts';
import { RecordCache } from './record-cache.ts';
import type { SealedRecord } from './sealed-record.ts';
import { open, seal } from './template-cipher.ts';
import { decodeTemplates, encodeTemplates } from './template-payload.ts';

const keyCheckSetting = 'key-check';
const keyCheckCccd = 'key-check';
const keyCheckPlaintext = Buffer.from('sinhtrac key check v1');

export class RecordStore {
  constructor(
    readonly backend: RecordBackend,
    private readonly ring: KeyRing,
    private readonly cache = new RecordCache(0, 0),
  ) {}

  /** Refuses a key ring that cannot open what this store was sealed with: fail at start, never overwrite. */
  async checkKey(): Promise<void> {
    const { keyId, sealed } = seal(this.ring, keyCheckCccd, keyCheckPlaintext);
    const stored = await this.backend.putSettingIfAbsent(keyCheckSetting, encodeKeyCheck(keyId, sealed));
    const check = decodeKeyCheck(stored);
    try {
      open(this.ring, keyCheckCccd, check.keyId, check.sealed);
    } catch (err) {
      throw new StoreKeyError(
        `the key file does not hold the key this store was sealed with (key id ${check.keyId}): ${(err as Error).message}`,
      );
    }
  }

  async get(cccd: string): Promise<BiometricRecord | undefined> {
    const cached = this.cache.get(cccd);
    if (cached !== undefined) return cached;
    const stored = await this.backend.get(cccd);
    if (stored === undefined) return undefined;
    const record = this.unseal(stored);
    this.cache.set(record);
    return record;
  }

  async getMeta(cccd: string): Promise<RecordMeta | undefined> {
    return (await this.backend.get(cccd))?.meta;
  }

  create(record: BiometricRecord): Promise<boolean> {
    this.cache.invalidate(record.cccd);
    return this.backend.create(this.sealRecord(record));
  }

  async replace(record: BiometricRecord): Promise<boolean> {
    this.cache.invalidate(record.cccd);
    try {
      return await this.backend.replace(this.sealRecord(record));
    } finally {
      this.cache.invalidate(record.cccd); // a get that raced the write may have cached the old version
    }
  }

  async delete(cccd: string): Promise<boolean> {
    this.cache.invalidate(cccd);
    try {
      return await this.backend.delete(cccd);
    } finally {
      this.cache.invalidate(cccd);
    }
  }

  async putMany(records: readonly BiometricRecord[]): Promise<void> {
    await this.backend.putMany(records.map((r) => this.sealRecord(r)));
    for (const r of records) this.cache.invalidate(r.cccd);
  }

  count(): Promise<number> {
    return this.backend.count();
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
        if (await this.backend.replace(this.sealRecord(this.unseal(stored)))) resealed++;
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

  appendAudit(entry: AuditEntry): Promise<void> {
    return this.backend.appendAudit(entry);
  }

  auditFor(cccd: string, limit = 100): Promise<AuditEntry[]> {
    return this.backend.auditFor(cccd, limit);
  }

  close(): Promise<void> {
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

function encodeKeyCheck(keyId: string, sealed: Buffer): Buffer {
  return Buffer.concat([Buffer.from(`${keyId}|`, 'latin1'), sealed]);
}

function decodeKeyCheck(stored: Uint8Array): { keyId: string; sealed: Buffer } {
  const buf = Buffer.from(stored.buffer, stored.byteOffset, stored.byteLength);
  const bar = buf.indexOf(0x7c);
  return { keyId: buf.subarray(0, bar).toString('latin1'), sealed: buf.subarray(bar + 1) };
}
