import type { RecordMeta } from './record.ts';

/** What a backend stores: clear metadata plus the AES-256-GCM sealed templates (nonce | tag | ciphertext). */
export interface SealedRecord {
  meta: RecordMeta;
  sealed: Uint8Array;
}
