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

/**
 * Loads the key file, creating it (mode 0600 in a 0700 directory, never overwriting) when it does not exist. A key
 * file others can read is made owner-only, with a warning naming it and its mode: the key may have been copied, so
 * the operator should consider a rotation (README: Encryption and keys). Chosen over refusing to start (ssh-style)
 * because the service is an identity check in front of people: tightening stops further exposure at once, and a
 * refusal would turn a file-mode slip into an outage.
 */
export function loadOrCreateKeyRing(
  path: string,
  warn: (message: string) => void = () => undefined,
): KeyRing {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
    mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
    try {
      writeFileSync(path, `${randomBytes(keyBytes).toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    } catch (raced) {
      if ((raced as NodeJS.ErrnoException).code !== 'EEXIST') throw raced;
    }
    text = readFileSync(path, 'utf8');
  }
  const mode = statSync(path).mode & 0o777;
  if ((mode & 0o077) !== 0) {
    chmodSync(path, 0o600);
    warn(
      `key file ${path} had mode ${mode.toString(8).padStart(4, '0')} (readable or writable by others); set to 0600. ` +
        'Anyone who could read it may hold the key: consider rotating it (README: Encryption and keys)',
    );
  }
  const lines = text
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l.length > 0 && !l.startsWith('#'));
  return new KeyRing(lines.map((l) => Buffer.from(l, 'base64')));
}
