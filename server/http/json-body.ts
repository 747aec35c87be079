/**
 * JSON bodies (and batch lines) parsed only after a structural count: JSON.parse of 2.1 M empty objects (6.3 MB)
 * holds the event loop for seconds before a schema's `maxItems` could refuse the array, so the text is first
 * counted for `{ [ , :` outside strings (server/request-limits.ts). Strings are skipped with indexOf, so a body of
 * base64 images costs a few jumps, and a hostile one stops at the limit.
 */
import { invalidArgument, type AppError } from '../errors.ts';
import { maxJsonStructuralChars } from '../request-limits.ts';

const quote = 0x22;
const backslash = 0x5c;
const structural = new Set([0x7b /* { */, 0x5b /* [ */, 0x2c /* , */, 0x3a /* : */]);

/** Whether `text` holds more than `limit` structural characters outside strings. */
export function exceedsStructuralChars(text: string, limit = maxJsonStructuralChars): boolean {
  let count = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === quote) {
      // To the closing quote: one not preceded by an odd run of backslashes.
      let j = text.indexOf('"', i + 1);
      while (j !== -1) {
        let k = j - 1;
        while (text.charCodeAt(k) === backslash) k--;
        if ((j - 1 - k) % 2 === 0) break;
        j = text.indexOf('"', j + 1);
      }
      if (j === -1) return false; // unterminated: JSON.parse names the error
      i = j;
    } else if (structural.has(c) && ++count > limit) return true;
  }
  return false;
}

export function tooComplex(limit = maxJsonStructuralChars): AppError {
  return invalidArgument(
    'TOO_MANY_ITEMS',
    `JSON holds more than ${limit} objects, arrays, members or elements; no request needs that many`,
  );
}
