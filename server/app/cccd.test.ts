import { describe, expect, it } from 'vitest';
import { InputError } from '../../engine/errors.ts';
import { checkCccd, parseCccd } from './cccd.ts';

describe('CCCD number', () => {
  it('decodes province, sex and birth year', () => {
    expect(parseCccd('001203012345')).toEqual({
      cccd: '001203012345',
      provinceCode: '001',
      province: 'Hà Nội',
      sex: 'male',
      birthYear: 2003,
    });
    const hcm = parseCccd('079185000001');
    expect([hcm.province, hcm.sex, hcm.birthYear]).toEqual(['Hồ Chí Minh', 'female', 1985]);
    expect(parseCccd('096899000001').birthYear).toBe(1899);
    expect(parseCccd('096999000001').sex).toBe('female');
  });

  it('knows exactly the 63 official province codes', () => {
    let known = 0;
    for (let code = 0; code < 1000; code++) {
      const id = `${String(code).padStart(3, '0')}190000001`;
      if (checkCccd(id).ok) known++;
    }
    expect(known).toBe(63);
    expect(checkCccd('003190000001')).toEqual({
      ok: false,
      reason: 'CCCD province code 003 is not in the official list',
    });
  });

  it('rejects wrong shapes with a reason that does not echo the value', () => {
    for (const bad of ['00120301234', '0012030123456', '00120301234a', '', ' 001203012345']) {
      const check = checkCccd(bad);
      expect(check.ok).toBe(false);
      if (!check.ok) {
        expect(check.reason).toMatch(/12 digits/);
        if (bad.length > 0) expect(check.reason).not.toContain(bad.trim());
      }
    }
    expect(checkCccd(1203012345).ok).toBe(false);
    expect(checkCccd(undefined).ok).toBe(false);
  });

  it('rejects a birth year in the future', () => {
    expect(checkCccd('001425000001', 2026)).toEqual({
      ok: false,
      reason: 'CCCD birth year 2125 (digits 4-6) is in the future',
    });
    expect(checkCccd('001327000001', 2026).ok).toBe(false);
    expect(checkCccd('001326000001', 2026).ok).toBe(true);
    expect(checkCccd('001499000001', 2026).ok).toBe(false);
  });

  it('parseCccd throws INVALID_CCCD naming the field', () => {
    try {
      parseCccd('12345', 'items[3].cccd');
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(InputError);
      expect((err as InputError).code).toBe('INVALID_CCCD');
      expect((err as InputError).field).toBe('items[3].cccd');
    }
  });
});
