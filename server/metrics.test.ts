import * as grpc from '@grpc/grpc-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceDefinition } from './grpc/definitions.ts';
import { citizen, enrolmentJson, liveCaptureJson } from './app/records-fixtures.ts';
import type { RunningService } from './service.ts';
import { startTestService } from './test/service-harness.ts';

let service: RunningService;
let base: string;

async function post(path: string, body: unknown): Promise<number> {
  const res = await fetch(`${base}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-caller-id': 'kiosk-1' },
    body: JSON.stringify(body),
  });
  await res.arrayBuffer();
  return res.status;
}

/** The value of one sample of a metric, 0 when the series is absent. */
async function sampleOf(metric: string, labels: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${metric}{${labels}}`));
  return line === undefined ? 0 : Number(line.split(' ').at(-1));
}

const decisionsCounted = (labels: string): Promise<number> => sampleOf('sinhtrac_decisions_total', labels);

beforeAll(async () => {
  service = await startTestService();
  base = `http://127.0.0.1:${service.httpPort}`;
});

afterAll(async () => {
  await service?.close();
});

describe('sinhtrac_decisions_total', () => {
  it('counts each Verify by decision and level, and each comparison', async () => {
    const alice = citizen(1);
    const bob = citizen(2);
    const cccd = '001190000123';
    expect(await post('/v1/records', enrolmentJson(alice, cccd))).toBe(201);

    expect(await post(`/v1/records/${cccd}:verify`, liveCaptureJson(alice))).toBe(200);
    expect(await post(`/v1/records/${cccd}:verify`, liveCaptureJson(alice))).toBe(200);
    expect(await post(`/v1/records/${cccd}:verify`, liveCaptureJson(bob))).toBe(200);
    expect(await decisionsCounted('operation="verify",decision="MATCH",level="2"')).toBe(2);
    expect(await decisionsCounted('operation="verify",decision="NO_MATCH",level="2"')).toBe(1);

    const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');
    const faces = { a: { template: b64(alice.enrolFace) }, b: { template: b64(alice.liveFace) } };
    expect(await post('/v1/faces:compare', faces)).toBe(200);
    expect(await decisionsCounted('operation="compare_faces",decision="MATCH",level=""')).toBe(1);
  });
});

describe('sinhtrac_request_seconds over gRPC', () => {
  it('labels every outcome by the status name, success and error alike', async () => {
    const Client = grpc.makeGenericClientConstructor(serviceDefinition('Verification'), 'Verification');
    const client = new Client(
      `127.0.0.1:${service.grpcPort}`,
      grpc.credentials.createInsecure(),
    ) as grpc.Client & Record<string, any>;
    const call = (method: string, req: unknown): Promise<grpc.ServiceError | null> =>
      new Promise((resolve) => client[method](req, (err: grpc.ServiceError | null) => resolve(err)));
    const refused = await call('CompareFaces', { a: {}, b: {} });
    client.close();
    expect(refused?.code).toBe(grpc.status.INVALID_ARGUMENT);
    const count = 'sinhtrac_request_seconds_count';
    expect(await sampleOf(count, 'transport="grpc",operation="CompareFaces",code="INVALID_ARGUMENT"')).toBe(
      1,
    );
    expect(await sampleOf(count, 'transport="grpc",operation="CompareFaces",code="3"')).toBe(0);
  });
});
