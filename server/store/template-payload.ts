/**
 * Plaintext layout of a record's templates before sealing: v1 = u8 version, u8 faces, (u32 len, bytes)*,
 * u8 fingers, (u32 len, bytes)*. Versions, formats and positions live in the clear metadata, in the same order.
 */
const payloadVersion = 1;

export function encodeTemplates(faces: readonly Uint8Array[], fingers: readonly Uint8Array[]): Buffer {
  const size = 3 + [...faces, ...fingers].reduce((n, t) => n + 4 + t.byteLength, 0);
  const out = Buffer.allocUnsafe(size);
  let at = out.writeUInt8(payloadVersion, 0);
  for (const group of [faces, fingers]) {
    at = out.writeUInt8(group.length, at);
    for (const t of group) {
      at = out.writeUInt32LE(t.byteLength, at);
      out.set(t, at);
      at += t.byteLength;
    }
  }
  return out;
}

export function decodeTemplates(payload: Buffer): { faces: Uint8Array[]; fingers: Uint8Array[] } {
  if (payload.readUInt8(0) !== payloadVersion)
    throw new Error(`unknown template payload version ${payload[0]}`);
  let at = 1;
  const groups: Uint8Array[][] = [];
  for (let g = 0; g < 2; g++) {
    const count = payload.readUInt8(at++);
    const group: Uint8Array[] = [];
    for (let i = 0; i < count; i++) {
      const len = payload.readUInt32LE(at);
      at += 4;
      if (at + len > payload.length) throw new Error('template payload truncated');
      group.push(new Uint8Array(payload.subarray(at, at + len)));
      at += len;
    }
    groups.push(group);
  }
  return { faces: groups[0] ?? [], fingers: groups[1] ?? [] };
}
