import { intFrom } from '../env.ts';
import { storeConfigFromEnv, type StoreConfig } from '../store/open-store.ts';

/** Settings of the records, verify and batch operations (environment, with defaults that `npm start` uses). */
export interface RecordsConfig {
  store: StoreConfig;
  /** Assurance level when a Verify request does not name one. */
  defaultLevel: 1 | 2;
  /** Level 2: usable fingers needed besides the face. */
  minFingers: number;
  /** Batch items verified concurrently; more input is not read until results are taken (backpressure). */
  batchMaxInFlight: number;
  auditDefaultLimit: number;
}

export function recordsConfigFromEnv(env: NodeJS.ProcessEnv = process.env): RecordsConfig {
  return {
    store: storeConfigFromEnv(env),
    defaultLevel: intFrom(env, 'SINHTRAC_LEVEL', 2, 1, 2) as 1 | 2,
    minFingers: intFrom(env, 'SINHTRAC_MIN_FINGERS', 2, 1, 10),
    batchMaxInFlight: intFrom(env, 'SINHTRAC_BATCH_IN_FLIGHT', 8, 1, 1024),
    auditDefaultLimit: 100,
  };
}
