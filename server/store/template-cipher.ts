/**
 * AES-256-GCM sealing of a record's templates. The CCCD and key id are authenticated data, so a sealed blob moved
 * to another record, or relabelled with another key id, fails to open instead of decrypting.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { type KeyRing, StoreKeyError } from './key-ring.ts';

const nonceBytes = 12;
const tagBytes = 16;

function aadFor(cccd: string, keyId: string): Buffer {
  return Buffer.from(`sinhtrac-record-v1|${cccd}|${keyId}`, 'utf8');
}

export function seal(ring: KeyRing, cccd: string, plaintext: Uint8Array): { keyId: string; sealed: Buffer } {
  const keyId = ring.currentKeyId;
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv('aes-256-gcm', ring.keyFor(keyId) as Buffer, nonce);
  cipher.setAAD(aadFor(cccd, keyId));
  const body = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { keyId, sealed: Buffer.concat([nonce, cipher.getAuthTag(), body]) };
}

export function open(ring: KeyRing, cccd: string, keyId: string, sealed: Uint8Array): Buffer {
  const key = ring.keyFor(keyId);
  if (key === undefined) {
    throw new StoreKeyError(
      `record ${cccd} was sealed with key id ${keyId}, which is not in the key file (loaded: ${ring.keyIds.join(', ')})`,
    );
  }
  if (sealed.byteLength < nonceBytes + tagBytes)
    throw new StoreKeyError(`record ${cccd}: sealed templates truncated`);
  const buf = Buffer.from(sealed.buffer, sealed.byteOffset, sealed.byteLength);
  const decipher = createDecipheriv('aes-256-gcm', key, buf.subarray(0, nonceBytes));
  decipher.setAAD(aadFor(cccd, keyId));
  decipher.setAuthTag(buf.subarray(nonceBytes, nonceBytes + tagBytes));
  try {
    return Buffer.concat([decipher.update(buf.subarray(nonceBytes + tagBytes)), decipher.final()]);
  } catch {
    throw new StoreKeyError(`record ${cccd}: templates fail authentication (wrong key file or altered data)`);
  }
}
