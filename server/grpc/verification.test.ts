import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as grpc from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { protoPath as healthProtoPath } from 'grpc-health-check';
import type { RunningService } from '../service.ts';
import { startTestService } from '../test/service-harness.ts';
import { serviceDefinition } from './definitions.ts';
import { faceless, portrait, sample1Faces } from '../../fixtures/portraits.ts';

let service: RunningService;
let client: grpc.Client & Record<string, any>;
let address: string;

function call<Res>(method: string, req: unknown, options: grpc.CallOptions = {}): Promise<Res> {
  return new Promise((resolve, reject) => {
    client[method](req, new grpc.Metadata(), options, (err: grpc.ServiceError | null, res: Res) =>
      err ? reject(err) : resolve(res),
    );
  });
}

beforeAll(async () => {
  service = await startTestService();
  address = `127.0.0.1:${service.grpcPort}`;
  const Client = grpc.makeGenericClientConstructor(serviceDefinition('Verification'), 'Verification');
  client = new Client(address, grpc.credentials.createInsecure()) as grpc.Client & Record<string, any>;
});

afterAll(async () => {
  client?.close();
  await service?.close();
});

describe('gRPC sinhtrac.v1.Verification', () => {
  it('answers the standard health check as SERVING', async () => {
    const pkg = grpc.loadPackageDefinition(loadSync(healthProtoPath, { enums: String })) as any;
    const health = new pkg.grpc.health.v1.Health(address, grpc.credentials.createInsecure());
    const res = await new Promise<any>((resolve, reject) =>
      health.Check({ service: 'sinhtrac.v1.Verification' }, (err: Error | null, r: unknown) =>
        err ? reject(err) : resolve(r),
      ),
    );
    health.close();
    expect(res.status).toBe('SERVING');
  });

  it('lists its services through server reflection', async () => {
    const reflectionProto = loadSync('grpc/reflection/v1alpha/reflection.proto', {
      keepCase: true,
      includeDirs: [new URL('../../node_modules/@grpc/reflection/build/proto', import.meta.url).pathname],
    });
    const pkg = grpc.loadPackageDefinition(reflectionProto) as any;
    const reflection = new pkg.grpc.reflection.v1alpha.ServerReflection(
      address,
      grpc.credentials.createInsecure(),
    );
    const names = await new Promise<string[]>((resolve, reject) => {
      const stream = reflection.ServerReflectionInfo();
      stream.on('data', (msg: any) => {
        resolve(msg.list_services_response.service.map((s: { name: string }) => s.name));
        stream.end();
      });
      stream.on('error', reject);
      stream.write({ list_services: '' });
    });
    reflection.close();
    expect(names).toContain('sinhtrac.v1.Verification');
    expect(names).toContain('sinhtrac.v1.Records');
    expect(names).toContain('grpc.health.v1.Health');
  });

  it('CompareFaces orders same-person above different-person', async () => {
    const a = await portrait(1, sample1Faces.middle);
    const aAgain = await portrait(1, sample1Faces.middle, { margin: 2.5, shiftX: -0.1, outputSidePx: 320 });
    const other = await portrait(1, sample1Faces.right);
    const same = await call<any>('CompareFaces', { a: { image: a }, b: { image: aAgain } });
    const diff = await call<any>('CompareFaces', { a: { image: a }, b: { image: other } });
    expect(same.match).toBe(true);
    expect(diff.match).toBe(false);
    expect(same.score).toBeGreaterThan(diff.score);
    expect(same.faces).toHaveLength(2);
  });

  it('ExtractFaceTemplate returns template bytes usable in CompareFaces', async () => {
    const res = await call<any>('ExtractFaceTemplate', { image: await portrait(1, sample1Faces.left) });
    expect(res.template.length).toBeGreaterThan(100);
    const cmp = await call<any>('CompareFaces', {
      a: { template: res.template },
      b: { image: await portrait(1, sample1Faces.left, { margin: 1.6 }) },
    });
    expect(cmp.match).toBe(true);
  });

  it('bad input -> INVALID_ARGUMENT with the reason in trailing metadata', async () => {
    const err = await call('ExtractFaceTemplate', { image: await faceless() }).catch(
      (e: grpc.ServiceError) => e,
    );
    expect((err as grpc.ServiceError).code).toBe(grpc.status.INVALID_ARGUMENT);
    expect((err as grpc.ServiceError).metadata.get('sinhtrac-reason')).toEqual(['NO_FACE']);
    const missing = await call('CompareFaces', { a: {} }).catch((e: grpc.ServiceError) => e);
    expect((missing as grpc.ServiceError).code).toBe(grpc.status.INVALID_ARGUMENT);
    expect((missing as grpc.ServiceError).details).toMatch(/MISSING_FIELD/);
  });

  it('honours deadlines', async () => {
    const image = await portrait(1, sample1Faces.middle);
    const err = await call('ExtractFaceTemplate', { image }, { deadline: Date.now() + 1 }).catch(
      (e: grpc.ServiceError) => e,
    );
    expect((err as grpc.ServiceError).code).toBe(grpc.status.DEADLINE_EXCEEDED);
    // The service is still healthy afterwards.
    const ok = await call<any>('ExtractFaceTemplate', { image });
    expect(ok.template.length).toBeGreaterThan(0);
  });
});
