import { readFileSync } from 'node:fs';
import { request } from 'node:https';
import { join } from 'node:path';
import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, enrolmentJson } from './app/records-fixtures.ts';
import { serviceDefinition } from './grpc/definitions.ts';
import type { RunningService } from './service.ts';
import { startTestService } from './test/service-harness.ts';
import { tlsConfigFrom } from './tls.ts';

const dir = join(import.meta.dirname, '..', 'fixtures', 'tls');
const pem = (name: string) => readFileSync(join(dir, `${name}.pem`));
const alice = citizen(31);

let service: RunningService;

beforeAll(async () => {
  service = await startTestService({
    tls: tlsConfigFrom({
      SINHTRAC_TLS_CERT: join(dir, 'server.pem'),
      SINHTRAC_TLS_KEY: join(dir, 'server-key.pem'),
      SINHTRAC_TLS_CLIENT_CA: join(dir, 'ca.pem'),
    }),
  });
});

afterAll(async () => {
  await service?.close();
});

/** CreateRecord over gRPC with a client certificate (or none): the record's enrolled_by is the audited caller. */
function createOverGrpc(client: string | undefined, cccd: string): Promise<{ enrolled_by: string }> {
  const credentials = client
    ? grpc.credentials.createSsl(pem('ca'), pem(`${client}-key`), pem(client))
    : grpc.credentials.createSsl(pem('ca'));
  const Client = grpc.makeGenericClientConstructor(serviceDefinition('Records'), 'Records');
  const stub = new Client(`localhost:${service.grpcPort}`, credentials) as grpc.Client & Record<string, any>;
  const md = new grpc.Metadata();
  md.set('x-caller-id', 'officer-42');
  const c = citizen(31);
  return new Promise<{ enrolled_by: string }>((resolve, reject) => {
    stub.CreateRecord(
      {
        cccd,
        face: { template: c.enrolFace },
        fingers: c.enrolFingers.map((f) => ({ position: f.position, template: f.template })),
      },
      md,
      { deadline: Date.now() + 5_000 },
      (err: grpc.ServiceError | null, res: { enrolled_by: string }) => (err ? reject(err) : resolve(res)),
    );
  }).finally(() => stub.close());
}

function overHttps(
  client: string | undefined,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        host: 'localhost',
        port: service.httpPort,
        method,
        path,
        ca: pem('ca'),
        ...(client && { cert: pem(client), key: pem(`${client}-key`) }),
        headers: { 'content-type': 'application/json', 'x-caller-id': 'officer-42' },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk: Buffer) => (text += chunk.toString()));
        res.on('end', () =>
          resolve({ status: res.statusCode ?? 0, json: text ? JSON.parse(text) : undefined }),
        );
      },
    );
    req.on('error', reject);
    req.end(body === undefined ? undefined : JSON.stringify(body));
  });
}

describe('mutual TLS on both transports', () => {
  it('gRPC: the client certificate names the caller, with the forwarded operator after it', async () => {
    const info = await createOverGrpc('kiosk', '001090000311');
    expect(info.enrolled_by).toBe('kiosk-hn-017/officer-42');
  });

  it('gRPC: a caller without a certificate, or with one from another CA, is refused', async () => {
    await expect(createOverGrpc(undefined, '001090000312')).rejects.toMatchObject({
      code: grpc.status.UNAVAILABLE,
    });
    await expect(createOverGrpc('stranger', '001090000313')).rejects.toMatchObject({
      code: grpc.status.UNAVAILABLE,
    });
  });

  it('HTTPS: the client certificate names the caller', async () => {
    const created = await overHttps('kiosk', 'POST', '/v1/records', enrolmentJson(alice, '001090000314'));
    expect(created.status).toBe(201);
    expect(created.json.enrolled_by).toBe('kiosk-hn-017/officer-42');
  });

  it('HTTPS: a caller without a certificate, or with one from another CA, never reaches a route', async () => {
    await expect(overHttps(undefined, 'GET', '/healthz')).rejects.toThrow();
    await expect(overHttps('stranger', 'GET', '/healthz')).rejects.toThrow();
    expect((await overHttps('kiosk', 'GET', '/healthz')).status).toBe(200);
  });
});

describe('TLS settings', () => {
  it('needs the certificate and key together, and a client CA only with them', () => {
    expect(tlsConfigFrom({})).toBeUndefined();
    expect(() => tlsConfigFrom({ SINHTRAC_TLS_CERT: join(dir, 'server.pem') })).toThrow(/together/);
    expect(() => tlsConfigFrom({ SINHTRAC_TLS_CLIENT_CA: join(dir, 'ca.pem') })).toThrow(/needs/);
    expect(() =>
      tlsConfigFrom({
        SINHTRAC_TLS_CERT: join(dir, 'nope.pem'),
        SINHTRAC_TLS_KEY: join(dir, 'server-key.pem'),
      }),
    ).toThrow(/SINHTRAC_TLS_CERT: cannot read/);
  });
});
