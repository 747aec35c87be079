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

/** An audit entry's own id: a UUIDv7, like the request ids the service gives calls that bring none. */
export { uuidV7 as newAuditId } from '../uuid-v7.ts';
