/**
 * Key rotation, step 2: `node --import tsx server/store/reseal.ts` re-seals every record of the configured store
 * (SINHTRAC_STORE, SINHTRAC_DATA, SINHTRAC_KEY_FILE) with the key on the first line of the key file.
 * Step 1 is prepending a new key to the key file; step 3, once this reports, removing the old lines.
 * Stop the service first when the store is the embedded one (one process per LMDB environment is simplest).
 */
import { openStore, storeConfigFromEnv } from './open-store.ts';

const store = await openStore(storeConfigFromEnv());
try {
  const started = Date.now();
  const { resealed, total } = await store.resealWithCurrentKey();
  console.log(JSON.stringify({ resealed, total, seconds: (Date.now() - started) / 1000 }));
} finally {
  await store.close();
}
