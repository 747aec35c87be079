/**
 * Opens the configured store: PostgreSQL when SINHTRAC_STORE is a postgres:// URL, else the embedded LMDB store in
 * SINHTRAC_DATA (default ./data). The key comes from SINHTRAC_KEY_FILE (default ./keys/store.key, outside the data
 * directory so that a copy of the data carries no key), created on first start.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { intFrom } from '../env.ts';
import type { RecordBackend } from './backend.ts';
import { loadOrCreateKeyRing, StoreKeyError } from './key-ring.ts';
import { LmdbBackend } from './lmdb-backend.ts';
import { PostgresBackend } from './postgres-backend.ts';
import { RecordCache } from './record-cache.ts';
import { RecordStore } from './record-store.ts';

/** Default key file: beside, not inside, the data directory (a backup of the data must not carry its key). */
export const defaultKeyFile = './keys/store.key';

export interface StoreConfig {
  /** "" or "lmdb" = embedded; "postgres://..." = PostgreSQL. */
  store: string;
  dataDir: string;
  keyFile: string;
  /** PostgreSQL schema (default "sinhtrac"). */
  pgSchema?: string;
  pgPoolSize?: number;
  /** Opened records kept in memory for repeated verifies (0 = off); each is checked against the store's revision. */
  cacheEntries?: number;
  /** Said at open: the key file in use is the legacy `<data>/key`. */
  keyFileWarning?: string;
  /**
   * Embedded store shared by several processes (SINHTRAC_PROCESSES): this process's audit journal name, and
   * whether to replay the others' journals at open (only the cluster primary, before it starts the processes).
   */
  auditJournal?: string;
  replayOtherJournals?: boolean;
}

export function storeConfigFromEnv(env: NodeJS.ProcessEnv = process.env): StoreConfig {
  const dataDir = resolve(env.SINHTRAC_DATA || './data');
  return {
    store: env.SINHTRAC_STORE ?? '',
    dataDir,
    ...keyFileOf(env.SINHTRAC_KEY_FILE, dataDir),
    pgSchema: env.SINHTRAC_PG_SCHEMA || undefined,
    cacheEntries: intFrom(env, 'SINHTRAC_RECORD_CACHE', 10_000),
    // Set by the cluster primary (server/cluster.ts) for each process it starts; not a user setting.
    ...(env.SINHTRAC_PROCESS_INDEX
      ? { auditJournal: env.SINHTRAC_PROCESS_INDEX, replayOtherJournals: false }
      : {}),
  };
}

/**
 * SINHTRAC_KEY_FILE when set; else ./keys/store.key, unless only the key file of earlier versions, `<data>/key`,
 * exists: a deployment that has one keeps working (with a warning saying how to move it).
 */
export function keyFileOf(
  configured: string | undefined,
  dataDir: string,
): { keyFile: string; keyFileWarning?: string } {
  if (configured) return { keyFile: resolve(configured) };
  const keyFile = resolve(defaultKeyFile);
  const legacy = join(dataDir, 'key');
  if (existsSync(keyFile) || !existsSync(legacy)) return { keyFile };
  return {
    keyFile: legacy,
    keyFileWarning:
      `using the key file ${legacy}, inside the data directory: a copy of the data carries its key. Move it out ` +
      `(stop the service; mkdir -m 700 ${dirname(keyFile)}; mv ${legacy} ${keyFile}) or set SINHTRAC_KEY_FILE`,
  };
}

/** `warn` says what the operator should fix but the store can live with (legacy key file, loose modes). */
export async function openStore(
  config: StoreConfig,
  warn: (message: string) => void = (m) => console.warn(`store: ${m}`),
): Promise<RecordStore> {
  if (config.keyFileWarning !== undefined) warn(config.keyFileWarning);
  const backend = await openBackend(config);
  try {
    if (!existsSync(config.keyFile) && (await backend.getSetting('key-check')) !== undefined) {
      throw new StoreKeyError(
        `key file ${config.keyFile} is missing but the store already holds sealed records: restore the key file`,
      );
    }
    const cache = new RecordCache(config.cacheEntries ?? 0);
    const store = new RecordStore(backend, loadOrCreateKeyRing(config.keyFile, warn), cache);
    await store.checkKey();
    await store.checkWritable();
    return store;
  } catch (err) {
    await backend.close();
    throw err;
  }
}

async function openBackend(config: StoreConfig): Promise<RecordBackend> {
  if (/^postgres(ql)?:\/\//.test(config.store)) {
    return PostgresBackend.connect({
      connectionString: config.store,
      schema: config.pgSchema,
      poolSize: config.pgPoolSize,
    });
  }
  if (config.store !== '' && config.store !== 'lmdb') {
    throw new Error(`SINHTRAC_STORE must be empty, "lmdb" or a postgres:// URL`);
  }
  return LmdbBackend.open(config.dataDir, config.auditJournal, config.replayOtherJournals);
}
