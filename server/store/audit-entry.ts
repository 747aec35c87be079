/** One appended decision or record change. Scores and reason codes only: never images or templates. */
export interface AuditEntry {
  at: string;
  caller: string;
  requestId: string;
  cccd: string;
  /** lockout: a CCCD locked for verify after repeated NO_MATCH (server/app/attempt-limits.ts). */
  operation: 'verify' | 'create' | 'replace' | 'delete' | 'lockout';
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
