import { describe, expect, it } from 'vitest';
import { reflection, v1 } from '../contract.ts';
import { AppError } from '../errors.ts';
import { checkLimitsCoverRequests, maxWireFieldsPerMessage, requestMessageTypes } from '../request-limits.ts';
import { scanRequestBytes } from './wire-scan.ts';

const type = (name: string) => reflection.lookupType(`sinhtrac.v1.${name}`);

function refusal(name: string, bytes: Uint8Array): AppError | undefined {
  try {
    scanRequestBytes(type(name), bytes);
    return undefined;
  } catch (err) {
    return err as AppError;
  }
}

describe('request limits', () => {
  it('bound every repeated field of every request message', () => {
    expect(() => checkLimitsCoverRequests()).not.toThrow();
    const names = requestMessageTypes().map((t) => t.name);
    expect(names).toEqual(
      expect.arrayContaining(['CompareFingersRequest', 'FingerSample', 'VerifyBatchItem']),
    );
  });
});

describe('scanRequestBytes', () => {
  it('passes what the encoder writes for a full request', () => {
    const fingers = Array.from({ length: 10 }, (_, i) => ({ position: i + 1, template: new Uint8Array(40) }));
    const bytes = v1.VerifyRequest.encode({
      cccd: '001190000123',
      face: { image: new Uint8Array(9) },
      fingers,
      target_fmr: 1e-4,
      level: 2,
    }).finish();
    expect(refusal('VerifyRequest', bytes)).toBeUndefined();
  });

  it('refuses the 11th item of a repeated field, naming it', () => {
    const bytes = v1.CompareFingersRequest.encode({ probe: [{}], reference: Array(11).fill({}) }).finish();
    expect(refusal('CompareFingersRequest', bytes)).toMatchObject({
      reason: 'TOO_MANY_ITEMS',
      field: 'reference',
    });
  });

  it('refuses a uint32 varint over 32 bits, and names the nested field', () => {
    const bytes = Buffer.from([0x1a, 6, 0x08, 0x80, 0x80, 0x80, 0x80, 0x10]); // fingers[0].position = 2^32
    expect(refusal('VerifyRequest', bytes)).toMatchObject({
      reason: 'INVALID_FIELD',
      field: 'fingers[0].position',
    });
  });

  it('refuses truncated bytes, unknown wire types and too many fields as INVALID_MESSAGE', () => {
    expect(refusal('GetRecordRequest', Buffer.from([0x0a, 5, 0x30]))?.reason).toBe('INVALID_MESSAGE');
    expect(refusal('GetRecordRequest', Buffer.from([0x0b]))?.reason).toBe('INVALID_MESSAGE');
    expect(refusal('GetRecordRequest', Buffer.from([0x80]))?.reason).toBe('INVALID_MESSAGE');
    const many = Buffer.alloc((maxWireFieldsPerMessage + 1) * 2);
    for (let i = 0; i < many.length; i += 2) many[i] = 0x0a; // cccd = "" again and again
    expect(refusal('GetRecordRequest', many)?.reason).toBe('INVALID_MESSAGE');
  });

  it('skips unknown fields of every wire type', () => {
    const bytes = Buffer.from([0x78, 1, 0x79, 1, 2, 3, 4, 5, 6, 7, 8, 0x7a, 1, 9, 0x7d, 1, 2, 3, 4]);
    expect(refusal('GetRecordRequest', bytes)).toBeUndefined();
  });
});
