/**
 * AES-256 keys from SINHTRAC_KEY_FILE: one base64 key per line, the first seals new records, the others stay
 * readable (rotation: prepend a new key, keep the old lines until every record is re-sealed).
 */
import { createHash, randomBytes } from 'node:crypto';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const keyBytes = 32;

export class KeyRing {
  private readonly keysById = new Map<string, Buffer>();
  readonly currentKeyId: string;

  constructor(keys: readonly Buffer[]) {
    if (keys.length === 0) throw new StoreKeyError('key file holds no key');
    for (const key of keys) {
      if (key.length !== keyBytes)
        throw new StoreKeyError(`every key must be ${keyBytes} bytes, got ${key.length}`);
      this.keysById.set(keyIdOf(key), key);
    }
    this.currentKeyId = keyIdOf(keys[0] as Buffer);
  }

  keyFor(keyId: string): Buffer | undefined {
    return this.keysById.get(keyId);
  }

  get keyIds(): string[] {
    return [...this.keysById.keys()];
  }
}

/** A key problem the operator must fix (wrong or missing key file); never silently recovered. */
export class StoreKeyError extends Error {
  override readonly name = 'StoreKeyError';
}

/** Public fingerprint of a key: stored with each record, reveals nothing about the key. */
export function keyIdOf(key: Buffer): string {
  return createHash('sha256').update('sinhtrac-key-id').update(key).digest('hex').slice(0, 16);
}

/** Loads the key file, creating it (mode 0600, never overwriting) when it does not exist. */
export function loadOrCreateKeyRing(path: string): KeyRing {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    mkdirSync(dirname(path), { recursive: true });
    try {
      writeFileSync(path, `${randomBytes(keyBytes).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (raced) {
      if ((raced as NodeJS.ErrnoException).code !== 'EEXIST') throw raced;
    }
    text = readFileSync(path, 'utf8');
  }
  if ((statSync(path).mode & 0o077) !== 0) chmodSync(path, 0o600);
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
  return new KeyRing(lines.map((l) => Buffer.from(l, 'base64')));
}
