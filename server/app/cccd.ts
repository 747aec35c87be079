/**
 * The 12-digit CCCD personal identification number (Circular 07/2016/TT-BCA, article 7): province of birth
 * registration, sex and century, two-digit birth year, then a 6-digit random serial. Records are keyed by it.
 */
import { readFileSync } from 'node:fs';
import { InputError } from '../../engine/errors.ts';
import { cccdProvincesFile } from '../../engine/repo-paths.ts';

export type Sex = 'male' | 'female';

export interface CccdFacts {
  cccd: string;
  provinceCode: string;
  province: string;
  sex: Sex;
  birthYear: number;
}

interface ProvinceFile {
  source: string;
  provinces: Record<string, string>;
}

const provinceFile = JSON.parse(readFileSync(cccdProvincesFile, 'utf8')) as ProvinceFile;
const provinceByCode = new Map(Object.entries(provinceFile.provinces));

export type CccdCheck = { ok: true; facts: CccdFacts } | { ok: false; reason: string };

/** Decodes a CCCD number; `nowYear` is a parameter so the "born in the future" rule is testable. */
export function checkCccd(value: unknown, nowYear = new Date().getUTCFullYear()): CccdCheck {
  if (typeof value !== 'string') return { ok: false, reason: 'CCCD number must be a string of 12 digits' };
  if (!/^\d{12}$/.test(value)) {
    return { ok: false, reason: `CCCD number must be exactly 12 digits, got ${describeShape(value)}` };
  }
  const provinceCode = value.slice(0, 3);
  const province = provinceByCode.get(provinceCode);
  if (province === undefined) {
    return { ok: false, reason: `CCCD province code ${provinceCode} is not in the official list` };
  }
  const sexCenturyCode = Number(value[3]);
  // 4th digit: even = male, odd = female; pairs 0/1..6/7 are 1900s..2200s, 8/9 the 1800s.
  const centuryStartYear = sexCenturyCode >= 8 ? 1800 : 1900 + 100 * Math.floor(sexCenturyCode / 2);
  const birthYear = centuryStartYear + Number(value.slice(4, 6));
  if (birthYear > nowYear) {
    return { ok: false, reason: `CCCD birth year ${birthYear} (digits 4-6) is in the future` };
  }
  return {
    ok: true,
    facts: {
      cccd: value,
      provinceCode,
      province,
      sex: sexCenturyCode % 2 === 0 ? 'male' : 'female',
      birthYear,
    },
  };
}

/** Throws INVALID_CCCD with the reason, for transports that map InputError to 400. */
export function parseCccd(value: unknown, field = 'cccd'): CccdFacts {
  const check = checkCccd(value);
  if (!check.ok) throw new InputError('INVALID_CCCD', check.reason, field);
  return check.facts;
}

/** Never echo a whole wrong value back (it may be someone's ID): say its length and whether it is all digits. */
function describeShape(value: string): string {
  const digitsOnly = /^\d*$/.test(value);
  return `${value.length} ${digitsOnly ? 'digits' : 'characters (not all digits)'}`;
}
