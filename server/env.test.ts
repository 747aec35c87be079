import { describe, expect, it } from 'vitest';
import { intFrom } from './env.ts';

describe('intFrom', () => {
  it('takes the default when unset or empty, and the value when in range', () => {
    expect(intFrom({}, 'N', 7)).toBe(7);
    expect(intFrom({ N: '' }, 'N', 7)).toBe(7);
    expect(intFrom({ N: '3' }, 'N', 7, 1, 10)).toBe(3);
  });

  it('names the setting and its range when the value is not an integer in range', () => {
    expect(() => intFrom({ N: 'x' }, 'N', 7)).toThrow('N must be an integer >= 0, got x');
    expect(() => intFrom({ N: '0' }, 'N', 7, 1)).toThrow('N must be an integer >= 1, got 0');
    expect(() => intFrom({ N: '11' }, 'N', 7, 1, 10)).toThrow('N must be an integer 1-10, got 11');
    expect(() => intFrom({ N: '2.5' }, 'N', 7, 1, 10)).toThrow('N must be an integer 1-10, got 2.5');
  });
});
