/**
 * Issue 17, single face and orientation over HTTP: a second face of comparable size is MULTIPLE_FACES (reported by
 * extraction, RECAPTURE in a Verify), a small bystander is not; a portrait sent upside down is turned and matches.
 */
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { portrait, sample1Faces } from '../fixtures/portraits.ts';
import { citizen } from './app/records-fixtures.ts';
import type { RunningService } from './service.ts';
import { startTestService } from './test/service-harness.ts';

let service: RunningService;
let base: string;

async function post(path: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-caller-id': 'kiosk-3' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
const alice = citizen(1);
const aliceId = '001190000123';
let subject: Buffer;

/** Two portraits side by side on one canvas; the second `secondSidePx` wide, in the top-right corner. */
async function composite(first: Buffer, second: Buffer, secondSidePx: number): Promise<Buffer> {
  const small = await sharp(second).resize(secondSidePx, secondSidePx).toBuffer();
  return sharp({ create: { width: 760, height: 380, channels: 3, background: '#7a7a7a' } })
    .composite([
      { input: first, left: 200, top: 10 },
      { input: small, left: 760 - secondSidePx - 4, top: 4 },
    ])
    .jpeg({ quality: 90 })
    .toBuffer();
}

const liveWithFace = (image: Buffer) => ({
  face: { image: b64(image) },
  fingers: alice.liveFingers.map((f) => ({ position: f.position, template: b64(f.template) })),
});

beforeAll(async () => {
  service = await startTestService();
  base = `http://127.0.0.1:${service.httpPort}`;
  subject = await portrait(1, sample1Faces.middle);
  const created = await post('/v1/records', {
    cccd: aliceId,
    face: { image: b64(subject) },
    fingers: alice.enrolFingers.map((f) => ({ position: f.position, template: b64(f.template) })),
  });
  expect(created.status).toBe(201);
});

afterAll(async () => {
  await service?.close();
});

describe('one face per capture', () => {
  it('a second face of comparable size: extraction reports MULTIPLE_FACES and a Verify is RECAPTURE', async () => {
    const two = await composite(subject, await portrait(1, sample1Faces.left), 300);
    const extracted = await post('/v1/faces:extract', { image: b64(two) });
    expect(extracted.status).toBe(200);
    expect(extracted.json.face.faces_detected).toBe(2);
    expect(extracted.json.face.capture_reasons).toEqual(['MULTIPLE_FACES']);

    const verified = await post(`/v1/records/${aliceId}:verify`, liveWithFace(two));
    expect(verified.status).toBe(200);
    expect(verified.json).toMatchObject({ decision: 'RECAPTURE', reasons: ['MULTIPLE_FACES'] });
    expect(verified.json.face.info.capture_reasons).toEqual(['MULTIPLE_FACES']);
  });

  it('a small bystander is reported but no reason to retake: the subject is decided on', async () => {
    const withBystander = await composite(subject, await portrait(1, sample1Faces.left), 110);
    const extracted = await post('/v1/faces:extract', { image: b64(withBystander) });
    expect(extracted.json.face.faces_detected).toBe(2);
    expect(extracted.json.face.capture_reasons ?? []).toEqual([]);
    const verified = await post(`/v1/records/${aliceId}:verify`, liveWithFace(withBystander));
    expect(verified.json).toMatchObject({ decision: 'MATCH', reasons: [] });
  });

  it('a portrait sent upside down is turned back and matches, with the turn reported', async () => {
    const upsideDown = await sharp(subject).rotate(180).jpeg({ quality: 90 }).toBuffer();
    const verified = await post(`/v1/records/${aliceId}:verify`, liveWithFace(upsideDown));
    expect(verified.json).toMatchObject({ decision: 'MATCH', reasons: [] });
    expect(verified.json.face.info.rotation_degrees).toBe(180);
  });
});
