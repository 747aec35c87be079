import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../service.ts';
import { startTestService } from '../test/service-harness.ts';
import {
  declaredHugePng,
  faceless,
  onePixelPng,
  portrait,
  sample1Faces,
  truncatedJpeg,
} from '../../fixtures/portraits.ts';

let service: RunningService;
let base: string;

async function post(path: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

const b64 = (b: Buffer): string => b.toString('base64');

beforeAll(async () => {
  service = await startTestService();
  base = `http://127.0.0.1:${service.httpPort}`;
});

afterAll(async () => {
  await service?.close();
});

describe('HTTP health and docs', () => {
  it('is up and ready once the workers are warm', async () => {
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('serves an OpenAPI document listing the face routes, and the docs UI', async () => {
    const doc = (await (await fetch(`${base}/openapi.json`)).json()) as any;
    expect(doc.openapi).toMatch(/^3\./);
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(['/v1/faces:compare', '/v1/faces:extract']),
    );
    const compare = doc.paths['/v1/faces:compare'].post;
    const request = compare.requestBody.content['application/json'].schema.$ref.split('/').at(-1);
    expect(doc.components.schemas[request].properties.a).toBeDefined();
    expect((await fetch(`${base}/docs/`)).status).toBe(200);
  });

  it('exposes Prometheus metrics', async () => {
    const text = await (await fetch(`${base}/metrics`)).text();
    expect(text).toContain('sinhtrac_pool_queue_size');
  });
});

describe('POST /v1/faces:compare', () => {
  it('matches two captures of one person and rejects two different people', async () => {
    const a = await portrait(1, sample1Faces.middle);
    const aAgain = await portrait(1, sample1Faces.middle, {
      margin: 2.6,
      shiftX: 0.15,
      shiftY: -0.1,
      outputSidePx: 300,
    });
    const other = await portrait(1, sample1Faces.left);

    const same = await post('/v1/faces:compare', { a: { image: b64(a) }, b: { image: b64(aAgain) } });
    expect(same.status).toBe(200);
    const diff = await post('/v1/faces:compare', { a: { image: b64(a) }, b: { image: b64(other) } });
    expect(diff.status).toBe(200);

    expect(same.json.match).toBe(true);
    expect(diff.json.match).toBe(false);
    expect(same.json.score).toBeGreaterThan(diff.json.score);
    expect(same.json.threshold).toBeGreaterThan(diff.json.score);
    expect(same.json.target_fmr).toBeGreaterThan(0);
    expect(same.json.faces).toHaveLength(2);
    expect(same.json.faces[0].faces_detected).toBe(1);
    expect(same.json.faces[0].landmarks).toHaveLength(5);
    expect(same.json.faces[0].quality.inter_eye_distance_px).toBeGreaterThan(10);
  });

  it('compares a portrait with a stored template made by faces:extract', async () => {
    const a = await portrait(1, sample1Faces.right);
    const extracted = await post('/v1/faces:extract', { image: b64(a) });
    expect(extracted.status).toBe(200);
    expect(extracted.json.template.length).toBeGreaterThan(100);
    expect(extracted.json.template_version).toMatch(/^face-v/);

    const probe = await portrait(1, sample1Faces.right, { margin: 1.7, outputSidePx: 280 });
    const cmp = await post('/v1/faces:compare', {
      a: { template: extracted.json.template },
      b: { image: b64(probe) },
    });
    expect(cmp.status).toBe(200);
    expect(cmp.json.match).toBe(true);
    expect(cmp.json.faces[0].from_template).toBe(true);
  });

  it('reports the other faces of a group photo', async () => {
    const group = await portrait(
      1,
      { x: 417, y: 216, width: 1261, height: 500 },
      { margin: 1.1, outputSidePx: 1200 },
    );
    const res = await post('/v1/faces:extract', { image: b64(group) });
    expect(res.status).toBe(200);
    expect(res.json.face.faces_detected).toBeGreaterThanOrEqual(2);
    expect(res.json.other_faces.length).toBe(res.json.face.faces_detected - 1);
  });
});

describe('bad input gets 400 with a reason, and the worker survives', () => {
  const cases: Array<[string, () => Promise<unknown>, string]> = [
    [
      'non-image bytes',
      async () => ({ image: b64(Buffer.from('definitely not an image, just text')) }),
      'INVALID_IMAGE',
    ],
    ['a truncated JPEG', async () => ({ image: b64(await truncatedJpeg()) }), 'INVALID_IMAGE'],
    ['a 1x1 image', async () => ({ image: b64(await onePixelPng()) }), 'IMAGE_TOO_SMALL'],
    ['a 20000x20000 image', async () => ({ image: b64(await declaredHugePng()) }), 'IMAGE_TOO_LARGE'],
    ['an image without a face', async () => ({ image: b64(await faceless()) }), 'NO_FACE'],
    ['a missing image', async () => ({}), 'MISSING_FIELD'],
    ['a number where base64 is expected', async () => ({ image: 12345 }), 'INVALID_FIELD'],
    ['an unknown field', async () => ({ image: 'AAAA', colour: 'red' }), 'INVALID_FIELD'],
  ];
  for (const [name, body, reason] of cases) {
    it(`faces:extract with ${name} -> ${reason}`, async () => {
      const res = await post('/v1/faces:extract', await body());
      expect(res.status).toBe(400);
      expect(res.json.error.code).toBe('INVALID_ARGUMENT');
      expect(res.json.error.reason).toBe(reason);
      expect(res.json.error.message.length).toBeGreaterThan(5);
    });
  }

  it('malformed JSON -> 400', async () => {
    const res = await post('/v1/faces:compare', '{"a": {"image": ');
    expect(res.status).toBe(400);
    expect(res.json.error.reason).toBe('INVALID_JSON');
  });

  it('a compare with one side missing names the side', async () => {
    const res = await post('/v1/faces:compare', { a: { image: b64(await portrait(1, sample1Faces.left)) } });
    expect(res.status).toBe(400);
    expect(res.json.error.reason).toBe('MISSING_FIELD');
    expect(res.json.error.field).toBe('b');
  });

  it('a corrupt template -> INVALID_TEMPLATE', async () => {
    const res = await post('/v1/faces:compare', {
      a: { template: b64(Buffer.from('not a template at all')) },
      b: { template: b64(Buffer.from('not a template at all')) },
    });
    expect(res.status).toBe(400);
    expect(res.json.error.reason).toBe('INVALID_TEMPLATE');
    expect(res.json.error.field).toBe('a.template');
  });

  it('still serves after all of the above', async () => {
    const res = await post('/v1/faces:extract', { image: b64(await portrait(1, sample1Faces.left)) });
    expect(res.status).toBe(200);
    expect((await fetch(`${base}/readyz`)).status).toBe(200);
  });
});
