import { describe, expect, it } from 'vitest';
import { exceedsStructuralChars } from './json-body.ts';

describe('exceedsStructuralChars', () => {
  it('counts { [ , : outside strings only', () => {
    expect(exceedsStructuralChars('{"a":[1,2]}', 4)).toBe(false);
    expect(exceedsStructuralChars('{"a":[1,2,3]}', 4)).toBe(true);
    expect(exceedsStructuralChars(`{"a":"${'{[,:'.repeat(1000)}"}`, 2)).toBe(false);
  });

  it('skips escaped quotes inside strings', () => {
    expect(exceedsStructuralChars('{"a":"x\\",,,,,,\\\\"}', 2)).toBe(false);
    expect(exceedsStructuralChars('{"a":"x\\\\",1,2,3}', 2)).toBe(true);
  });

  it('stops at the limit on a hostile body and passes an unterminated string to JSON.parse', () => {
    expect(exceedsStructuralChars(`[${'{},'.repeat(2_000_000)}{}]`)).toBe(true);
    expect(exceedsStructuralChars('{"a": "unterminated')).toBe(false);
  });
});
