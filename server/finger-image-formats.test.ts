/**
 * Every route that takes a fingerprint image reads a 24-bit Windows BMP as it reads the PNG of the same picture
 * (format sniffed from the bytes), over HTTP and gRPC; a malformed BMP is a 400 / INVALID_ARGUMENT with the reason.
 */
import * as grpc from '@grpc/grpc-js';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeBmp } from '../fixtures/bmp.ts';
import { generateFingerImpression } from '../fixtures/synth/index.ts';
import { citizen } from './app/records-fixtures.ts';
import { serviceDefinition } from './grpc/definitions.ts';
import type { RunningService } from './service.ts';
import { startTestService } from './test/service-harness.ts';

let service: RunningService;
let base: string;
const clients: Record<string, grpc.Client & Record<string, any>> = {};

// synthetic prints with a full set of minutiae (fixtures/synth), so a verification can reach MATCH
const prints = [2, 7].map((position, k) => ({ position, image: generateFingerImpression(300 + k, 0) }));
const pngs: Buffer[] = [];
/** 24-bit bottom-up BITMAPINFOHEADER at 500 dpi (19685 pixels per metre), as Windows scanner SDKs write it. */
const bmps = prints.map(({ image: p }) =>
  Buffer.from(writeBmp(p.pixels, p.width, p.height, { bits: 24, pixelsPerMetre: 19685 })),
);
const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
const person = citizen(31);
const cccd = '001190000777';

async function post(path: string, body: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-caller-id': 'kiosk-3' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

function rpc<Res>(service: 'Verification' | 'Records', method: string, req: unknown): Promise<Res> {
  const md = new grpc.Metadata();
  md.set('x-caller-id', 'kiosk-3');
  return new Promise((resolve, reject) =>
    clients[service]![method](req, md, (err: grpc.ServiceError | null, res: Res) =>
      err ? reject(err) : resolve(res),
    ),
  );
}

const fingersOf = (images: Buffer[], encode: (b: Buffer) => unknown) =>
  prints.map((p, i) => ({ position: p.position, image: encode(images[i]!) }));

beforeAll(async () => {
  for (const { image: p } of prints) {
    pngs.push(
      await sharp(Buffer.from(p.pixels), { raw: { width: p.width, height: p.height, channels: 1 } })
        .png()
        .toBuffer(),
    );
  }
  service = await startTestService();
  base = `http://127.0.0.1:${service.httpPort}`;
  for (const name of ['Verification', 'Records'] as const) {
    const Client = grpc.makeGenericClientConstructor(serviceDefinition(name), name);
    clients[name] = new Client(`127.0.0.1:${service.grpcPort}`, grpc.credentials.createInsecure()) as any;
  }
});

afterAll(async () => {
  for (const c of Object.values(clients)) c.close();
  await service?.close();
});

describe('fingerprint images as BMP on every route', () => {
  it('ExtractFingerTemplate: the BMP gives the PNG template, at the dpi the BMP states (HTTP and gRPC)', async () => {
    const png = await post('/v1/fingers:extract', { image: b64(pngs[0]!) });
    const bmp = await post('/v1/fingers:extract', { image: b64(bmps[0]!) });
    expect([png.status, bmp.status]).toEqual([200, 200]);
    expect(bmp.json.template).toBe(png.json.template);
    expect(png.json).toMatchObject({ dpi: 500, dpi_source: 'default' });
    expect(bmp.json).toMatchObject({ dpi: 500, dpi_source: 'image' });
    const asked = await post('/v1/fingers:extract', { image: b64(bmps[0]!), dpi: 600 });
    expect(asked.json).toMatchObject({ dpi: 600, dpi_source: 'request' });
    const viaGrpc = await rpc<any>('Verification', 'ExtractFingerTemplate', { image: bmps[0] });
    expect(b64(viaGrpc.template)).toBe(png.json.template);
    expect(viaGrpc).toMatchObject({ dpi: 500, dpi_source: 'image' });
  });

  it('CompareFingers: BMP probes score as their PNGs do (HTTP and gRPC)', async () => {
    const templates = await Promise.all(pngs.map((p) => post('/v1/fingers:extract', { image: b64(p) })));
    const reference = templates.map((t, i) => ({ position: prints[i]!.position, template: t.json.template }));
    const withPng = await post('/v1/fingers:compare', { probe: fingersOf(pngs, b64), reference });
    const withBmp = await post('/v1/fingers:compare', { probe: fingersOf(bmps, b64), reference });
    expect(withBmp.status).toBe(200);
    expect(withBmp.json).toEqual(withPng.json);
    expect(withBmp.json.match).toBe(true);
    const viaGrpc = await rpc<any>('Verification', 'CompareFingers', {
      probe: fingersOf(bmps, (b) => b),
      reference: reference.map((r) => ({ ...r, template: Buffer.from(r.template, 'base64') })),
    });
    expect(viaGrpc.score).toBeCloseTo(withPng.json.score, 5);
  });

  it('CreateRecord, Verify and VerifyBatch take BMP fingers (HTTP and gRPC)', async () => {
    const created = await post('/v1/records', {
      cccd,
      face: { template: b64(person.enrolFace) },
      fingers: fingersOf(bmps, b64),
    });
    expect(created.status).toBe(201);
    const live = { face: { template: b64(person.liveFace) } };
    const withPng = await post(`/v1/records/${cccd}:verify`, { ...live, fingers: fingersOf(pngs, b64) });
    const withBmp = await post(`/v1/records/${cccd}:verify`, { ...live, fingers: fingersOf(bmps, b64) });
    expect(withBmp.status).toBe(200);
    expect(withBmp.json.decision).toBe('MATCH');
    expect(withBmp.json.fingers).toEqual(withPng.json.fingers);
    const batch = await fetch(`${base}/v1/verify:batch`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-ndjson', 'x-caller-id': 'kiosk-3' },
      body: `${JSON.stringify({ id: 'b1', cccd, ...live, fingers: fingersOf(bmps, b64) })}\n`,
    });
    const line = JSON.parse((await batch.text()).trim());
    expect(line.result.decision).toBe('MATCH');

    const grpcLive = { face: { template: person.liveFace }, fingers: fingersOf(bmps, (b) => b) };
    await rpc('Records', 'CreateRecord', {
      cccd: '079203000888',
      face: { template: person.enrolFace },
      fingers: grpcLive.fingers,
    });
    const verified = await rpc<any>('Records', 'Verify', { cccd: '079203000888', ...grpcLive });
    expect(verified.fingers.map((f: any) => f.match)).toEqual(withBmp.json.fingers.map((f: any) => f.match));
    const stream = clients.Records!.VerifyBatch(new grpc.Metadata());
    const results: any[] = [];
    const done = new Promise<void>((resolve, reject) => {
      stream.on('data', (r: any) => results.push(r));
      stream.on('end', resolve);
      stream.on('error', reject);
    });
    stream.write({ id: 'g1', cccd: '079203000888', ...grpcLive });
    stream.end();
    await done;
    expect(results[0].result.decision).toBe(verified.decision);
  });

  it('refuses a malformed BMP with the reason and the field (HTTP 400, gRPC INVALID_ARGUMENT)', async () => {
    const lying = Buffer.from(bmps[0]!);
    lying.writeUInt32LE(lying.byteLength + 10, 10); // pixel data offset past the end
    const http = await post('/v1/fingers:compare', {
      probe: [{ position: 2, image: b64(lying) }],
      reference: [
        {
          position: 2,
          template: (await post('/v1/fingers:extract', { image: b64(pngs[0]!) })).json.template,
        },
      ],
    });
    expect(http.status).toBe(400);
    expect(http.json.error).toMatchObject({ reason: 'INVALID_IMAGE', field: 'probe[0].image' });
    expect(http.json.error.message).toMatch(/BMP.*ST_E_IMAGE_TRUNCATED/);
    const err = await rpc('Verification', 'ExtractFingerTemplate', { image: lying.subarray(0, 30) }).then(
      () => undefined,
      (e: grpc.ServiceError) => e,
    );
    expect(err?.code).toBe(grpc.status.INVALID_ARGUMENT);
    expect(err?.details).toMatch(/BMP/);
  });
});
