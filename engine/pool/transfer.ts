/**
 * Bytes ready to move to a worker without a structured-clone copy: a view that owns its whole ArrayBuffer is
 * transferred as is (the caller's view is detached); a slice of a larger or shared buffer is copied once.
 */
export function movable(bytes: Uint8Array): { view: Uint8Array; transfer: ArrayBuffer } {
  const buffer = bytes.buffer;
  if (buffer instanceof ArrayBuffer && bytes.byteOffset === 0 && bytes.byteLength === buffer.byteLength) {
    return { view: bytes, transfer: buffer };
  }
  const copy = new Uint8Array(bytes.byteLength);
  copy.set(bytes);
  return { view: copy, transfer: copy.buffer };
}
