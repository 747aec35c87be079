import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, enrolmentJson } from '../app/records-fixtures.ts';
import type { RunningService } from '../service.ts';
import { startTestService } from '../test/service-harness.ts';

let service: RunningService;
let base: string;

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${base}${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

beforeAll(async () => {
  service = await startTestService();
  base = `http://127.0.0.1:${service.httpPort}`;
});

afterAll(async () => {
  await service?.close();
});

describe('PUT /v1/records/{cccd} replaces the whole record', () => {
  const alice = citizen(1);
  const cccd = '001190000123';

  it('refuses a replace without fingers of a record that has them, and keeps the fingers', async () => {
    expect((await call('POST', '/v1/records', enrolmentJson(alice, cccd))).status).toBe(201);
    const { fingers: _dropped, ...faceOnly } = enrolmentJson(alice, cccd);
    const refused = await call('PUT', `/v1/records/${cccd}`, faceOnly);
    expect(refused.status).toBe(400);
    expect(refused.json.error).toMatchObject({ reason: 'FINGERS_REQUIRED', field: 'fingers' });
    const kept = await call('GET', `/v1/records/${cccd}`);
    expect(kept.json.fingers).toHaveLength(alice.enrolFingers.length);
    expect((await call('PUT', `/v1/records/${cccd}`, enrolmentJson(alice, cccd))).status).toBe(200);
  });

  it('refuses a body CCCD that differs from the URL, on PUT and on verify', async () => {
    const other = '079203000456';
    const put = await call('PUT', `/v1/records/${cccd}`, enrolmentJson(alice, other));
    expect(put.status).toBe(400);
    expect(put.json.error).toMatchObject({ reason: 'FIELD_MISMATCH', field: 'cccd' });
    const verify = await call('POST', `/v1/records/${cccd}:verify`, { cccd: other, face: {} });
    expect(verify.status).toBe(400);
    expect(verify.json.error).toMatchObject({ reason: 'FIELD_MISMATCH', field: 'cccd' });
  });
});
