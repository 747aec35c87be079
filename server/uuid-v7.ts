import { randomBytes } from 'node:crypto';

let lastIdMs = 0;
let idCounter = 0;

/**
 * A UUIDv7 (RFC 9562): 48-bit Unix milliseconds, then 12 bits used as a counter within the millisecond (so ids one
 * process makes are strictly increasing even when the clock stalls or steps back), then 62 random bits, which keep
 * ids of different processes and restarts apart.
 */
export function uuidV7(nowMs = Date.now()): string {
  if (nowMs > lastIdMs) {
    lastIdMs = nowMs;
    idCounter = randomBytes(2).readUInt16BE(0) & 0x3ff; // random start, room to count before the ms overflows
  } else if (++idCounter > 0xfff) {
    lastIdMs++;
    idCounter = 0;
  }
  const b = randomBytes(16);
  b.writeUIntBE(lastIdMs, 0, 6);
  b[6] = 0x70 | (idCounter >> 8);
  b[7] = idCounter & 0xff;
  b[8] = 0x80 | ((b[8] as number) & 0x3f);
  const hex = b.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
