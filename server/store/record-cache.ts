/**
 * Recently verified records, opened (decrypted) and kept by CCCD, so a kiosk's repeated verifies skip the read,
 * the decryption and the finger matcher's preparation of the stored templates (engine/finger caches prepared forms
 * by template object). Least recently used entries go first; entries expire after `maxAgeMs` so that a record
 * replaced by another instance sharing PostgreSQL is picked up; writes through this process invalidate at once.
 */
import type { BiometricRecord } from './record.ts';

export class RecordCache {
  private readonly entries = new Map<string, { record: BiometricRecord; storedAtMs: number }>();

  constructor(
    readonly maxEntries: number,
    readonly maxAgeMs: number,
  ) {}

  get(cccd: string, nowMs = Date.now()): BiometricRecord | undefined {
    const hit = this.entries.get(cccd);
    if (hit === undefined) return undefined;
    this.entries.delete(cccd);
    if (nowMs - hit.storedAtMs > this.maxAgeMs) return undefined;
    this.entries.set(cccd, hit); // most recently used last
    return hit.record;
  }

  set(record: BiometricRecord, nowMs = Date.now()): void {
    if (this.maxEntries <= 0) return;
    this.entries.delete(record.cccd);
    this.entries.set(record.cccd, { record, storedAtMs: nowMs });
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
