import { describe, expect, it } from 'vitest';
import { wsqStream } from '../native/test/wsq-stream.ts';
import { decodeToGray, extractTemplate } from './index.ts';

async function inputErrorOf(
  p: Promise<unknown>,
): Promise<{ code?: string; message: string; field?: string }> {
  try {
    await p;
  } catch (err) {
    return err as { code?: string; message: string; field?: string };
  }
  throw new Error('expected a rejection');
}

describe('WSQ finger images at intake', () => {
  it('are sniffed from their FF A0 marker and decoded by the core, with the NIST_COM resolution', async () => {
    const image = await decodeToGray(wsqStream({ width: 120, height: 100, shiftTenths: 1005, ppi: 500 }));
    expect([image.width, image.height]).toEqual([120, 100]);
    expect(new Set(image.pixels)).toEqual(new Set([101]));
    expect(image.resolution).toEqual({ xDpi: 500, yDpi: 500 });
  });

  it('reach extraction (a blank WSQ frame is NO_FINGERPRINT, not an unreadable image)', async () => {
    const err = await inputErrorOf(
      extractTemplate(wsqStream({ width: 320, height: 360, shiftTenths: 1275 })),
    );
    expect(err.code).toBe('NO_FINGERPRINT');
  });

  it('refuse a corrupt or oversized WSQ stream as INVALID_IMAGE naming the core status', async () => {
    const bytes = wsqStream({ width: 120, height: 100 });
    const truncated = await inputErrorOf(decodeToGray(bytes.subarray(0, 200)));
    expect([truncated.code, truncated.field]).toEqual(['INVALID_IMAGE', 'image']);
    expect(truncated.message).toMatch(/ST_E_WSQ_/);
    const huge = await inputErrorOf(decodeToGray(wsqStream({ width: 5000, height: 5000 })));
    expect(huge.code).toBe('INVALID_IMAGE');
  });
});
