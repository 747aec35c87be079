import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, describe, expect, it } from 'vitest';
import { citizen, enrolmentJson, liveCaptureJson } from './app/records-fixtures.ts';
import { serviceDefinition } from './grpc/definitions.ts';
import type { RunningService } from './service.ts';
import { startTestService } from './test/service-harness.ts';

const uuidV7Pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
const dataDir = mkdtempSync(join(tmpdir(), 'sinhtrac-request-ids-'));
const storeOverride = { store: '', dataDir, keyFile: join(dataDir, 'key') };

async function startOnSharedStore(): Promise<RunningService> {
  const { loadConfig } = await import('./config.ts');
  const defaults = loadConfig({});
  return startTestService({ records: { ...defaults.records, store: storeOverride } });
}

async function post(base: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
  return { status: res.status, id: res.headers.get('x-request-id'), json: (await res.json()) as any };
}

afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('request ids', () => {
  it('are UUIDv7, echoed, unique across a restart on one store; a client id is kept and echoed', async () => {
    const cccd = '001190000123';
    const alice = citizen(1);
    const first = await startOnSharedStore();
    const base1 = `http://127.0.0.1:${first.httpPort}`;
    const created = await post(base1, '/v1/records', enrolmentJson(alice, cccd));
    expect(created.status).toBe(201);
    const v1 = await post(base1, `/v1/records/${cccd}:verify`, liveCaptureJson(alice));
    const v2 = await post(base1, `/v1/records/${cccd}:verify`, liveCaptureJson(alice), {
      'x-request-id': 'kiosk-7:0001',
    });
    const bad = await post(base1, `/v1/records/${cccd}:verify`, liveCaptureJson(alice), {
      'x-request-id': 'has space',
    });
    await first.close();

    const second = await startOnSharedStore();
    const base2 = `http://127.0.0.1:${second.httpPort}`;
    const v3 = await post(base2, `/v1/records/${cccd}:verify`, liveCaptureJson(alice));
    const audit = (await (await fetch(`${base2}/v1/records/${cccd}/audit`)).json()) as any;
    await second.close();

    for (const r of [created, v1, v3]) expect(r.id).toMatch(uuidV7Pattern);
    expect(v2.id).toBe('kiosk-7:0001');
    expect(bad.status).toBe(400);
    expect(bad.json.error).toMatchObject({ reason: 'INVALID_REQUEST_ID', field: 'x-request-id' });
    const ids = audit.entries.map((e: any) => e.request_id);
    expect(ids).toHaveLength(4); // create + three verifies; the refused one is not a decision
    expect(new Set(ids).size).toBe(4);
    expect(ids).toEqual(expect.arrayContaining([created.id, v1.id, 'kiosk-7:0001', v3.id]));
  });

  it('are echoed in gRPC initial metadata, refused calls included', async () => {
    const service = await startTestService();
    const Client = grpc.makeGenericClientConstructor(serviceDefinition('Verification'), 'Verification');
    const client = new Client(
      `127.0.0.1:${service.grpcPort}`,
      grpc.credentials.createInsecure(),
    ) as grpc.Client & Record<string, any>;
    const echoed = (metadata: grpc.Metadata): Promise<string> =>
      new Promise((resolve) => {
        const call = client.CompareFaces({ a: {}, b: {} }, metadata, () => {});
        call.on('metadata', (md: grpc.Metadata) => resolve(String(md.get('x-request-id')[0])));
      });
    const own = new grpc.Metadata();
    own.set('x-request-id', 'backend-2:77');
    const [generated, again, kept] = [
      await echoed(new grpc.Metadata()),
      await echoed(new grpc.Metadata()),
      await echoed(own),
    ];
    client.close();
    await service.close();
    expect(generated).toMatch(uuidV7Pattern);
    expect(again).toMatch(uuidV7Pattern);
    expect(again).not.toBe(generated);
    expect(kept).toBe('backend-2:77');
  });
});
