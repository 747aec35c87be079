/**
 * Recently verified records, opened (decrypted) and kept by CCCD with the revision they were read at, so a kiosk's
 * repeated verifies skip the decryption and the finger matcher's preparation of the stored templates (engine/finger
 * caches prepared forms by template object). The store serves an entry only after checking that the stored
 * revision is still this one (record-store.ts), so a record replaced or deleted by another process or node is never
 * served from here. Least recently used entries go first.
 */
import type { BiometricRecord } from './record.ts';

export interface CachedRecord {
  record: BiometricRecord;
  revision: string;
}

export class RecordCache {
  private readonly entries = new Map<string, CachedRecord>();

  constructor(readonly maxEntries: number) {}

  get(cccd: string): CachedRecord | undefined {
    const hit = this.entries.get(cccd);
    if (hit === undefined) return undefined;
    this.entries.delete(cccd);
    this.entries.set(cccd, hit); // most recently used last
    return hit;
  }

  set(record: BiometricRecord, revision: string): void {
    if (this.maxEntries <= 0) return;
    this.entries.delete(record.cccd);
    this.entries.set(record.cccd, { record, revision });
    while (this.entries.size > this.maxEntries) {
      const oldest = this.entries.keys().next().value;
      if (oldest === undefined) break;
      this.entries.delete(oldest);
    }
  }

  invalidate(cccd: string): void {
    this.entries.delete(cccd);
  }

  get size(): number {
    return this.entries.size;
  }
}
