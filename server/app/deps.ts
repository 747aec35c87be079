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
}
