import type { BiometricPool } from '../../engine/pool/index.ts';
import type { ServiceConfig } from '../config.ts';

/** What the application functions need from the process: built once in server/service.ts. */
export interface AppDeps {
  pool: BiometricPool;
  config: ServiceConfig;
}
