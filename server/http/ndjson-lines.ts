/**
 * Lines of an NDJSON body with a bound on each: a line over `maxLineBytes` is reported by its length and its bytes
 * are dropped as they arrive, never buffered (readline kept a whole line: 300 MB of one line held 1.6 GB, 600 MiB
 * threw RangeError and killed the process). Each line must arrive within `lineTimeoutMs` of being asked for; the
 * clock only runs while the batch waits for input, so a client reading results slowly is not cut off.
 */
import type { Readable } from 'node:stream';

export type NdjsonLine = { lineNo: number; text: string } | { lineNo: number; tooLongBytes: number };

export class LineTimeoutError extends Error {
  override readonly name = 'LineTimeoutError';
  constructor(
    readonly lineNo: number,
    readonly timeoutMs: number,
  ) {
    super(`line ${lineNo} did not arrive within ${timeoutMs} ms`);
  }
}

const newline = 0x0a;
const empty: Buffer = Buffer.alloc(0);

export async function* boundedLines(
  input: Readable,
  maxLineBytes: number,
  lineTimeoutMs: number,
): AsyncGenerator<NdjsonLine> {
  const chunks = input[Symbol.asyncIterator]() as AsyncIterator<Buffer>;
  let parts: Buffer[] = [];
  let size = 0;
  // Bytes of the current line once it is known to be too long (its bytes are no longer kept).
  let tooLong: number | undefined;
  let lineNo = 1;
  let rest: Buffer = empty;

  const nextChunk = async (deadlineMs: number): Promise<IteratorResult<Buffer>> => {
    const next = chunks.next();
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new LineTimeoutError(lineNo, lineTimeoutMs)), deadlineMs - Date.now());
    });
    try {
      return await Promise.race([next, expired]);
    } catch (err) {
      next.catch(() => undefined); // settles when the body is destroyed
      throw err;
    } finally {
      clearTimeout(timer);
    }
  };

  const take = (): NdjsonLine => {
    const line: NdjsonLine =
      tooLong !== undefined
        ? { lineNo, tooLongBytes: tooLong }
        : { lineNo, text: Buffer.concat(parts, size).toString('utf8').replace(/\r$/, '') };
    parts = [];
    size = 0;
    tooLong = undefined;
    lineNo++;
    return line;
  };

  try {
    let deadlineMs = Date.now() + lineTimeoutMs;
    for (;;) {
      if (rest.length === 0) {
        const next = await nextChunk(deadlineMs);
        if (next.done) break;
        rest = Buffer.isBuffer(next.value) ? next.value : Buffer.from(next.value);
        continue;
      }
      const at = rest.indexOf(newline);
      const piece = at === -1 ? rest : rest.subarray(0, at);
      if (tooLong === undefined && size + piece.length <= maxLineBytes) {
        parts.push(piece);
        size += piece.length;
      } else {
        tooLong = (tooLong ?? size) + piece.length;
        parts = [];
        size = 0;
      }
      if (at === -1) {
        rest = empty;
        continue;
      }
      rest = rest.subarray(at + 1);
      yield take();
      deadlineMs = Date.now() + lineTimeoutMs;
    }
    if (size > 0 || tooLong !== undefined) yield take();
  } finally {
    await chunks.return?.();
  }
}
