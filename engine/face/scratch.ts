/**
 * Float buffers for model inputs, borrowed for one run and given back: a face allocated ~1.5 MB of them anew (the
 * detector input alone is 0.9 MB), and V8 paid for that in major GCs. Each call borrows its own buffer, so
 * interleaved extractions on one engine never share one; buffers hold old values and are overwritten in full.
 */
const freeByLength = new Map<number, Float32Array[]>();
/** Kept per length: one per extraction in flight on this thread is plenty. */
const maxFreePerLength = 4;

export function borrowFloats(length: number): Float32Array {
  return freeByLength.get(length)?.pop() ?? new Float32Array(length);
}

export function giveBackFloats(buffer: Float32Array): void {
  let free = freeByLength.get(buffer.length);
  if (free === undefined) {
    free = [];
    freeByLength.set(buffer.length, free);
  }
  if (free.length < maxFreePerLength) free.push(buffer);
}
