// Issue 14 items 6 and 8d: refusals made before a route runs (router, body parser, Node's HTTP parser) answer in
// the error model with a reason code, and never send the URL, a header or the body back.
import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunningService } from '../service.ts';
import { startTestService } from '../test/service-harness.ts';

let service: RunningService;
let base: string;

beforeAll(async () => {
  service = await startTestService({ httpHeadersTimeoutMs: 500 });
  base = `http://127.0.0.1:${service.httpPort}`;
});

afterAll(async () => {
  await service?.close();
});

async function get(path: string, init?: RequestInit): Promise<{ status: number; text: string; json: any }> {
  const res = await fetch(`${base}${path}`, init);
  const text = await res.text();
  return { status: res.status, text, json: JSON.parse(text) };
}

/** Sends raw bytes on a new connection and reads until the server closes it. */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = net.connect(service.httpPort, '127.0.0.1', () => socket.write(request));
    socket.on('data', (d) => (answer += d.toString()));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

const marker = 'zq'.repeat(150);

describe('router refusals', () => {
  it('answers an over-long path parameter with 414 URI_TOO_LONG, without the URL', async () => {
    const res = await get(`/v1/records/${marker}`);
    expect(res.status).toBe(414);
    expect(res.json.error).toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'URI_TOO_LONG' });
    expect(res.text).not.toContain('zqzq');
  });

  it('answers malformed percent-encoding with 400 INVALID_URL, without the URL', async () => {
    const res = await get(`/v1/records/%E0%A4%A${marker}`);
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'INVALID_URL' });
    expect(res.text).not.toContain('zqzq');
  });

  it('answers an unknown path with NO_ROUTE, without the URL', async () => {
    const res = await get(`/v2/${marker}`);
    expect(res.status).toBe(404);
    expect(res.json.error).toMatchObject({ code: 'NOT_FOUND', reason: 'NO_ROUTE' });
    expect(res.text).not.toContain('zqzq');
  });
});

describe('messages a newcomer can act on', () => {
  const post = (path: string, body: unknown) =>
    get(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    });

  it('names a property the request does not define', async () => {
    const res = await post('/v1/faces:extract', { imagee: 'AAAA' });
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ reason: 'INVALID_FIELD', field: 'imagee' });
    expect(res.json.error.message).toMatch(/^imagee is not a field of this request/);
  });

  it('says "expected base64" and names the field for malformed bytes, nested ones included', async () => {
    const face = await post('/v1/faces:extract', { image: '@@ not base64 !!' });
    expect(face.json.error).toMatchObject({ reason: 'INVALID_FIELD', field: 'image' });
    expect(face.json.error.message).toContain('expected base64');
    const fingers = await post('/v1/fingers:compare', {
      probe: [
        { position: 2, template: 'AAAA' },
        { position: 7, template: '%%%' },
      ],
      reference: [],
    });
    expect(fingers.json.error).toMatchObject({ reason: 'INVALID_FIELD', field: 'probe[1].template' });
    expect(fingers.json.error.message).toContain('expected base64');
  });

  it('names the malformed bytes field of a batch item', async () => {
    const res = await fetch(`${base}/v1/verify:batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson' },
      body: `${JSON.stringify({ id: 'a', cccd: '001190000123', face: { template: '***' } })}\n`,
    });
    const line = JSON.parse((await res.text()).trim().split('\n')[0]!);
    expect(line.error).toMatchObject({ reason: 'INVALID_FIELD', field: 'face.template' });
    expect(line.error.message).toContain('expected base64');
  });
});

describe('near-miss routes', () => {
  it('points a slash before a custom method to the colon form, without the URL', async () => {
    const res = await get('/v1/records/001190000123/verify', { method: 'POST' });
    expect(res.status).toBe(404);
    expect(res.json.error.reason).toBe('NO_ROUTE');
    expect(res.json.error.message).toContain('did you mean POST /v1/records/{cccd}:verify?');
    expect(res.text).not.toContain('001190000123');
  });

  it.each([
    ['/v1/faces/compare', 'POST', 'POST /v1/faces:compare'],
    ['/v1/records/', 'POST', 'POST /v1/records'],
    ['/V1/Fingers:Extract', 'POST', 'POST /v1/fingers:extract'],
    ['/records/001190000123/audit', 'GET', 'GET /v1/records/{cccd}/audit'],
  ])('hints %s (%s) at %s', async (path, method, route) => {
    const res = await get(path, { method });
    expect(res.status).toBe(404);
    expect(res.json.error.message).toContain(`did you mean ${route}?`);
  });

  it('answers a known path with the wrong method with 405 and Allow', async () => {
    const res = await fetch(`${base}/v1/faces:compare`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect(((await res.json()) as any).error).toMatchObject({ reason: 'METHOD_NOT_ALLOWED' });
    const records = await fetch(`${base}/v1/records/001190000123`, { method: 'POST' });
    expect(records.status).toBe(405);
    expect(records.headers.get('allow')).toBe('DELETE, GET, PUT');
  });

  it('gives no hint when nothing is near', async () => {
    const res = await get('/v2/nothing/here');
    expect(res.status).toBe(404);
    expect(res.json.error.message).not.toContain('did you mean');
  });
});

describe('body parser refusals', () => {
  const post = (body: string, type = 'application/json') =>
    get('/v1/fingers:compare', { method: 'POST', headers: { 'content-type': type }, body });

  it('answers bad JSON with INVALID_JSON, without the body', async () => {
    const res = await post(`{"probe": [${marker}`);
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'INVALID_JSON' });
    expect(res.text).not.toContain('zqzq');
  });

  it('answers a wrong content type with 415 naming the accepted type, without the header', async () => {
    const res = await post('<probe/>', `application/${marker}`);
    expect(res.status).toBe(415);
    expect(res.json.error).toMatchObject({ code: 'INVALID_ARGUMENT', reason: 'UNSUPPORTED_MEDIA_TYPE' });
    expect(res.json.error.message).toContain('application/json');
    expect(res.json.error.message).not.toContain('ndjson');
    expect(res.text).not.toContain('zqzq');
  });

  it('answers a body without a content type with 415 too', async () => {
    const res = await fetch(`${base}/v1/fingers:compare`, {
      method: 'POST',
      body: new Uint8Array([123, 125]),
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as any).error.reason).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('names both types the batch route reads', async () => {
    const res = await get('/v1/verify:batch', {
      method: 'POST',
      headers: { 'content-type': 'text/csv' },
      body: 'a,b\n',
    });
    expect(res.status).toBe(415);
    expect(res.json.error.message).toContain('application/x-ndjson');
    expect(res.json.error.message).toContain('application/json');
  });
});

describe("Node's HTTP parser refusals", () => {
  it('answers headers over 16 kB with 431 HEADERS_TOO_LARGE', async () => {
    const answer = await raw(`GET /healthz HTTP/1.1\r\nhost: x\r\nx-big: ${'a'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1.1 431 /);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)).error.reason).toBe('HEADERS_TOO_LARGE');
  });

  it('answers headers that never end with 408 REQUEST_TIMEOUT', async () => {
    const answer = await raw('GET /healthz HTTP/1.1\r\nhost: x\r\n');
    expect(answer).toMatch(/^HTTP\/1.1 408 /);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)).error.reason).toBe('REQUEST_TIMEOUT');
  });

  it('answers a malformed request line with 400 INVALID_REQUEST', async () => {
    const answer = await raw('GET\0 / HTTP/1.1\r\n\r\n');
    expect(answer).toMatch(/^HTTP\/1.1 400 /);
    expect(JSON.parse(answer.slice(answer.indexOf('\r\n\r\n') + 4)).error.reason).toBe('INVALID_REQUEST');
  });
});

describe('GET /v1/records/{cccd}/audit?limit', () => {
  it.each(['4294967297', '-1', 'abc', '1.5'])('refuses limit=%s with INVALID_FIELD limit', async (limit) => {
    const res = await get(`/v1/records/001190000123/audit?limit=${limit}`);
    expect(res.status).toBe(400);
    expect(res.json.error).toMatchObject({ reason: 'INVALID_FIELD', field: 'limit' });
  });

  it('takes a limit in range', async () => {
    expect((await get('/v1/records/001190000123/audit?limit=5')).status).toBe(200);
  });
});
