/**
 * Opens the configured store: PostgreSQL when SINHTRAC_STORE is a postgres:// URL, else the embedded LMDB store in
 * SINHTRAC_DATA (default ./data). The key comes from SINHTRAC_KEY_FILE (default <data>/key), created on first start.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { intFrom } from '../env.ts';
import type { RecordBackend } from './backend.ts';
import { loadOrCreateKeyRing, StoreKeyError } from './key-ring.ts';
import { LmdbBackend } from './lmdb-backend.ts';
import { PostgresBackend } from './postgres-backend.ts';
import { RecordCache } from './record-cache.ts';
import { RecordStore } from './record-store.ts';

/** How long a cached record is served before the store is read again (another instance may have replaced it). */
const defaultCacheMaxAgeMs = 30_000;

export interface StoreConfig {
  /** "" or "lmdb" = embedded; "postgres://..." = PostgreSQL. */
  store: string;
  dataDir: string;
  keyFile: string;
  /** PostgreSQL schema (default "sinhtrac"). */
  pgSchema?: string;
  pgPoolSize?: number;
  /** Opened records kept in memory for repeated verifies (0 = off) and how long an entry may be served. */
  cacheEntries?: number;
  cacheMaxAgeMs?: number;
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
    keyFile: resolve(env.SINHTRAC_KEY_FILE || join(dataDir, 'key')),
    pgSchema: env.SINHTRAC_PG_SCHEMA || undefined,
    cacheEntries: intFrom(env, 'SINHTRAC_RECORD_CACHE', 10_000),
    cacheMaxAgeMs: defaultCacheMaxAgeMs,
    // Set by the cluster primary (server/cluster.ts) for each process it starts; not a user setting.
    ...(env.SINHTRAC_PROCESS_INDEX
      ? { auditJournal: env.SINHTRAC_PROCESS_INDEX, replayOtherJournals: false }
      : {}),
  };
}

export async function openStore(config: StoreConfig): Promise<RecordStore> {
  const backend = await openBackend(config);
  try {
    if (!existsSync(config.keyFile) && (await backend.getSetting('key-check')) !== undefined) {
      throw new StoreKeyError(
        `key file ${config.keyFile} is missing but the store already holds sealed records: restore the key file`,
      );
    }
    const cache = new RecordCache(config.cacheEntries ?? 0, config.cacheMaxAgeMs ?? defaultCacheMaxAgeMs);
    const store = new RecordStore(backend, loadOrCreateKeyRing(config.keyFile), cache);
    await store.checkKey();
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
