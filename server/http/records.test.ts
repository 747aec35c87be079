import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { faceless } from '../../fixtures/portraits.ts';
import { citizen } from '../app/records-fixtures.ts';
import type { RunningService } from '../service.ts';
import { startTestService } from '../test/service-harness.ts';

let service: RunningService;
let base: string;

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers:
      body === undefined
        ? { 'x-caller-id': 'kiosk-7' }
        : { 'content-type': 'application/json', 'x-caller-id': 'kiosk-7' },
    body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
const alice = citizen(1);
const bob = citizen(2);
const aliceId = '001190000123'; // Hà Nội, female, born 1990
const bobId = '079203000456'; // Hồ Chí Minh, male, born 2003

const enrolBody = (c: ReturnType<typeof citizen>, cccd: string) => ({
  cccd,
  face: { template: b64(c.enrolFace) },
  fingers: c.enrolFingers.map((f) => ({
    position: f.position,
    template: b64(f.template),
    format: 'sinhtrac',
  })),
});

const liveBody = (c: ReturnType<typeof citizen>, positions = [2, 7]) => ({
  face: { template: b64(c.liveFace) },
  fingers: c.liveFingers
    .filter((f) => positions.includes(f.position))
    .map((f) => ({ position: f.position, template: b64(f.template) })),
});

beforeAll(async () => {
  service = await startTestService();
  base = `http://127.0.0.1:${service.httpPort}`;
});

afterAll(async () => {
  await service?.close();
});

describe('records over HTTP', () => {
  it('enrols a record (201), metadata only, and refuses a duplicate (409)', async () => {
    const created = await call('POST', '/v1/records', enrolBody(alice, aliceId));
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      cccd: aliceId,
      province: 'Hà Nội',
      sex: 'female',
      birth_year: 1990,
      enrolled_by: 'kiosk-7',
    });
    expect(created.json.fingers.map((f: any) => f.position)).toEqual([2, 7]);
    expect(JSON.stringify(created.json)).not.toContain(b64(alice.enrolFace).slice(0, 40));
    const dup = await call('POST', '/v1/records', enrolBody(bob, aliceId));
    expect(dup.status).toBe(409);
    expect(dup.json.error.reason).toBe('DUPLICATE_CCCD');
    expect((await call('POST', '/v1/records', enrolBody(bob, bobId))).status).toBe(201);
  });

  it('refuses malformed CCCD numbers with the reason (400) and unknown ones with 404', async () => {
    const bad = await call('POST', '/v1/records', enrolBody(alice, '003190000123'));
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({ reason: 'INVALID_CCCD', field: 'cccd' });
    expect(bad.json.error.message).toMatch(/province code 003/);
    expect((await call('GET', '/v1/records/12345')).json.error.message).toMatch(/12 digits/);
    expect((await call('POST', '/v1/records/001190000999:verify', liveBody(alice))).status).toBe(404);
    expect((await call('GET', '/v1/records/001190000999')).status).toBe(404);
    expect((await call('POST', '/v1/records', { cccd: '001190000777', fingers: [] })).json.error.reason).toBe(
      'MISSING_FIELD',
    );
  });

  it('reads metadata back', async () => {
    const got = await call('GET', `/v1/records/${aliceId}`);
    expect(got.status).toBe(200);
    expect(got.json.faces).toEqual([
      { template_version: 'face-v2/model-1+2', template_bytes: alice.enrolFace.byteLength },
    ]);
    expect(got.json.key_id).toMatch(/^[0-9a-f]{16}$/);
  });

  it('verifies the same citizen as MATCH and another as NO_MATCH', async () => {
    const same = await call('POST', `/v1/records/${aliceId}:verify`, liveBody(alice));
    expect(same.status).toBe(200);
    expect(same.json).toMatchObject({ decision: 'MATCH', reasons: [], level: 2 });
    expect(same.json.score).toBeGreaterThanOrEqual(same.json.threshold);
    expect(same.json.face.match).toBe(true);
    expect(same.json.fingers.map((f: any) => [f.position, f.match])).toEqual([
      [2, true],
      [7, true],
    ]);
    const other = await call('POST', `/v1/records/${aliceId}:verify`, liveBody(bob));
    expect(other.json.decision).toBe('NO_MATCH');
    expect(other.json.reasons).toEqual(['FACE_NO_MATCH', 'FINGERS_NO_MATCH']);
  });

  it('never lets one strong modality make up for the other not matching', async () => {
    const wrongFace = await call('POST', `/v1/records/${aliceId}:verify`, {
      ...liveBody(alice),
      face: liveBody(bob).face,
    });
    expect(wrongFace.json).toMatchObject({ decision: 'NO_MATCH', reasons: ['FACE_NO_MATCH'] });
    const wrongFingers = await call('POST', `/v1/records/${aliceId}:verify`, {
      ...liveBody(alice),
      fingers: liveBody(bob).fingers,
    });
    expect(wrongFingers.json).toMatchObject({ decision: 'NO_MATCH', reasons: ['FINGERS_NO_MATCH'] });
  });

  it('asks for a recapture with reason codes', async () => {
    const oneFinger = await call('POST', `/v1/records/${aliceId}:verify`, liveBody(alice, [2]));
    expect(oneFinger.json).toMatchObject({ decision: 'RECAPTURE', reasons: ['TOO_FEW_FINGERS'] });
    const noFace = await call('POST', `/v1/records/${aliceId}:verify`, { fingers: liveBody(alice).fingers });
    expect(noFace.json).toMatchObject({ decision: 'RECAPTURE', reasons: ['FACE_NOT_CAPTURED'] });
    const notEnrolled = await call('POST', `/v1/records/${aliceId}:verify`, {
      ...liveBody(alice),
      fingers: [{ position: 3, template: b64(alice.liveFingers[0]!.template) }, liveBody(alice).fingers[1]],
    });
    expect(notEnrolled.json).toMatchObject({
      decision: 'RECAPTURE',
      reasons: ['TOO_FEW_FINGERS', 'FINGER_NOT_ENROLLED'],
    });
    const facelessPhoto = await call('POST', `/v1/records/${aliceId}:verify`, {
      ...liveBody(alice),
      face: { image: b64(await faceless()) },
    });
    expect(facelessPhoto.json).toMatchObject({ decision: 'RECAPTURE', reasons: ['NO_FACE'] });
    const blankFinger = await sharp({
      create: { width: 300, height: 300, channels: 3, background: { r: 255, g: 255, b: 255 } },
    })
      .png()
      .toBuffer();
    const blankPress = await call('POST', `/v1/records/${aliceId}:verify`, {
      ...liveBody(alice),
      fingers: [{ position: 2, image: b64(blankFinger) }, liveBody(alice).fingers[1]],
    });
    expect(blankPress.status).toBe(200);
    expect(blankPress.json.decision).toBe('RECAPTURE');
    expect(blankPress.json.reasons).toContain('LOW_FINGER_QUALITY');
  });

  it('answers undecodable finger bytes with 400, not a recapture', async () => {
    const res = await call('POST', `/v1/records/${aliceId}:verify`, {
      face: liveBody(alice).face,
      fingers: [
        { position: 2, image: Buffer.from('not an image at all').toString('base64') },
        liveBody(alice).fingers[1],
      ],
    });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ reason: 'INVALID_IMAGE', field: 'fingers[0].image' });
  });

  it('verifies at level 1 on the face alone', async () => {
    const res = await call('POST', `/v1/records/${aliceId}:verify`, { face: liveBody(alice).face, level: 1 });
    expect(res.json).toMatchObject({ decision: 'MATCH', level: 1, fingers: [] });
  });

  it('keeps an audit of every decision, newest first, without biometric data', async () => {
    const audit = await call('GET', `/v1/records/${aliceId}/audit?limit=50`);
    expect(audit.status).toBe(200);
    const ops = audit.json.entries.map((e: any) => [e.operation, e.decision]);
    expect(ops.at(-1)).toEqual(['create', '']);
    expect(ops[0]).toEqual(['verify', 'MATCH']);
    expect(ops.filter(([op]: string[]) => op === 'verify').length).toBe(10);
    expect(audit.json.entries[0]).toMatchObject({ caller: 'kiosk-7', cccd: aliceId });
    expect(audit.json.entries[0].versions.map((v: any) => v.name)).toContain('face_calibration');
    const text = JSON.stringify(audit.json);
    for (const t of [alice.enrolFace, alice.liveFace, alice.liveFingers[0]!.template]) {
      expect(text).not.toContain(b64(t).slice(0, 40));
    }
  });

  it('replaces and deletes a record', async () => {
    const replaced = await call('PUT', `/v1/records/${bobId}`, {
      ...enrolBody(bob, bobId),
      fingers: enrolBody(bob, bobId).fingers.slice(0, 1),
    });
    expect(replaced.status).toBe(200);
    expect(replaced.json.fingers.map((f: any) => f.position)).toEqual([2]);
    // Level 2 needs two enrolled fingers: a record with one cannot be verified at that level (422, not RECAPTURE).
    const tooFew = await call('POST', `/v1/records/${bobId}:verify`, liveBody(bob));
    expect(tooFew.status).toBe(422);
    expect(tooFew.json.error.reason).toBe('RECORD_HAS_TOO_FEW_FINGERS');
    expect((await call('PUT', '/v1/records/001190000999', enrolBody(bob, '001190000999'))).status).toBe(404);
    expect((await call('DELETE', `/v1/records/${bobId}`)).json).toEqual({ deleted: true });
    expect((await call('DELETE', `/v1/records/${bobId}`)).status).toBe(404);
    expect(
      (await call('GET', `/v1/records/${bobId}/audit`)).json.entries.map((e: any) => e.operation),
    ).toEqual(['delete', 'replace', 'create']);
  });

  it('refuses a batch that is not NDJSON', async () => {
    const res = await call('POST', '/v1/verify:batch', { id: 'a', cccd: aliceId });
    expect(res.status).toBe(400);
    expect(res.json.error.reason).toBe('INVALID_BODY');
  });

  it('verifies a batch as NDJSON in order, bad items answered in place', async () => {
    const lines = [
      JSON.stringify({ id: 'a', cccd: aliceId, ...liveBody(alice) }),
      JSON.stringify({ id: 'b', cccd: '001190000999', ...liveBody(alice) }),
      '{"id": "c", not json',
      JSON.stringify({ id: 'd', cccd: '12', ...liveBody(alice) }),
      JSON.stringify({ id: 'e', cccd: aliceId, ...liveBody(bob) }),
    ];
    const res = await fetch(`${base}/v1/verify:batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: `${lines.join('\n')}\n`,
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/ndjson/);
    const out = (await res.text())
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((r) => [r.index, r.id, r.result?.decision ?? r.error.reason])).toEqual([
      [0, 'a', 'MATCH'],
      [1, 'b', 'RECORD_NOT_FOUND'],
      [2, '', 'INVALID_JSON'],
      [3, 'd', 'INVALID_CCCD'],
      [4, 'e', 'NO_MATCH'],
    ]);
  });
});
