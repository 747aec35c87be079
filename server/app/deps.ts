import type { BiometricPool } from '../../engine/pool/index.ts';
import type { ServiceConfig } from '../config.ts';
import type { RecordStore } from '../store/record-store.ts';
import type { RecordsConfig } from './records-config.ts';

/** What the application functions need from the process: built once in server/service.ts. */
export interface AppDeps {
  pool: BiometricPool;
  config: ServiceConfig;
  store: RecordStore;
  records: RecordsConfig;
  /** Told of every decision made (Verify, CompareFaces, CompareFingers): the service counts them in its metrics. */
  decisions?: DecisionCounter;
}

/** Receives each decision: the operation, its result (MATCH, NO_MATCH, RECAPTURE) and the level ('' if none). */
export interface DecisionCounter {
  count(operation: string, decision: string, level: string): void;
}
