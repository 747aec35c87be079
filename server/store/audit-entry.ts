import { randomBytes } from 'node:crypto';

/** One appended decision or record change. Scores and reason codes only: never images or templates. */
export interface AuditEntry {
  /**
   * The entry's own id: a UUIDv7 (time-ordered, unique across processes and restarts). Absent on entries stored
   * before ids existed; `requestId` is the client's and may repeat.
   */
  id?: string;
  at: string;
  caller: string;
  requestId: string;
  cccd: string;
  /** lockout: a CCCD locked for verify after repeated NO_MATCH (server/app/attempt-limits.ts). */
  operation: 'verify' | 'create' | 'replace' | 'delete' | 'lockout' | 'reseal';
  decision?: string;
  score?: number;
  threshold?: number;
  targetFmr?: number;
  faceScore?: number;
  fingerScores?: { position: number; score: number }[];
  reasons?: string[];
  /** Template/model versions that produced the decision. */
  versions?: Record<string, string>;
}

let lastIdMs = 0;
let idCounter = 0;

/**
 * A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then 12 bits used as a counter within the millisecond (so ids one
 * process makes are strictly increasing even when the clock stalls or steps back), then 62 random bits, which keep
 * ids of different processes and restarts apart.
 */
export function newAuditId(nowMs = Date.now()): string {
  if (nowMs > lastIdMs) {
    lastIdMs = nowMs;
    idCounter = randomBytes(2).readUInt16BE(0) & 0x3ff; // random start, room to count before the ms overflows
  } else if (++idCounter > 0xfff) {
    lastIdMs++;
    idCounter = 0;
  }
  const b = randomBytes(16);
  b.writeUIntBE(lastIdMs, 0, 6);
  b[6] = 0x70 | (idCounter >> 8);
  b[7] = idCounter & 0xff;
  b[8] = 0x80 | ((b[8] as number) & 0x3f);
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
