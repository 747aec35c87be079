import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Validator } from '@seriousme/openapi-schema-validator';
import createClient from 'openapi-fetch';
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { citizen, enrolmentJson, liveCaptureJson } from '../app/records-fixtures.ts';
import type { RunningService } from '../service.ts';
import { startTestService } from '../test/service-harness.ts';

let service: RunningService;
let base: string;
let doc: any;
const dir = mkdtempSync(join(tmpdir(), 'sinhtrac-openapi-'));

beforeAll(async () => {
  service = await startTestService();
  base = `http://127.0.0.1:${service.httpPort}`;
  doc = await (await fetch(`${base}/openapi.json`)).json();
});

afterAll(async () => {
  await service?.close();
  rmSync(dir, { recursive: true, force: true });
});

const operations = (): Array<[string, string, any]> =>
  Object.entries(doc.paths).flatMap(([path, item]: [string, any]) =>
    Object.entries(item).map(([method, op]) => [path, method, op] as [string, string, any]),
  );

describe('the OpenAPI document', () => {
  it('is valid OpenAPI 3.1 by the standard schema', async () => {
    expect(doc.openapi).toBe('3.1.0');
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it('names every message, with required fields and the proto comments as descriptions', () => {
    const schemas = doc.components.schemas;
    expect(Object.keys(schemas)).toEqual(
      expect.arrayContaining([
        'VerifyRequest',
        'VerifyResponse',
        'FingerSample',
        'CreateRecordRequest',
        'Error',
      ]),
    );
    expect(schemas.CreateRecordRequest.required).toEqual(['cccd', 'face']);
    expect(schemas.CompareFacesRequest.required).toEqual(['a', 'b']);
    expect(schemas.VerifyRequest.properties.target_fmr.description).toMatch(/service default/);
    expect(schemas.VerifyResponse.properties.decision.$ref).toBe('#/components/schemas/Decision');
    expect(JSON.stringify(schemas)).not.toContain('"title"');
    expect(schemas.Decision ?? schemas.VerifyResponse.properties.decision).toBeDefined();
  });

  it('gives every route its error responses with the one error schema, and documents health, metrics, audit limit, NDJSON', () => {
    for (const [path, method, op] of operations()) {
      if (!path.startsWith('/v1/')) continue;
      for (const code of ['400', '401', '403', '429', '503']) {
        expect(op.responses[code]?.content['application/json'].schema, `${method} ${path} ${code}`).toEqual({
          $ref: '#/components/schemas/Error',
        });
      }
    }
    expect(doc.paths['/v1/records'].post.responses['409']).toBeDefined();
    expect(doc.paths['/v1/records/{cccd}:verify'].post.responses['422']).toBeDefined();
    expect(doc.paths['/v1/faces:compare'].post.responses['415']).toBeDefined();
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(['/healthz', '/readyz', '/metrics']));
    const limit = doc.paths['/v1/records/{cccd}/audit'].get.parameters.find((p: any) => p.name === 'limit');
    expect(limit.schema).toMatchObject({ type: 'integer', minimum: 1, maximum: 1000 });
    const batch = doc.paths['/v1/verify:batch'].post;
    expect(batch.requestBody.content['application/x-ndjson'].schema.$ref).toBe(
      '#/components/schemas/VerifyBatchItem',
    );
    expect(batch.responses['200'].content['application/x-ndjson']).toBeDefined();
  });

  it('generates a TypeScript client that type-checks and calls every route', async () => {
    const types = astToString(await openapiTS(doc));
    writeFileSync(join(dir, 'schema.ts'), types);
    const openapiFetch = fileURLToPath(new URL('../../node_modules/openapi-fetch', import.meta.url));
    // The client an integrator would write against the generated types: one call per route.
    writeFileSync(
      join(dir, 'client.ts'),
      `import type createClient from 'openapi-fetch';
import type { paths } from './schema.ts';
type Client = ReturnType<typeof createClient<paths>>;
export async function callEveryRoute(client: Client, cccd: string, enrol: any, live: any): Promise<Record<string, number>> {
  const s: Record<string, number> = {};
  s.healthz = (await client.GET('/healthz')).response.status;
  s.readyz = (await client.GET('/readyz')).response.status;
  s.metrics = (await client.GET('/metrics', { parseAs: 'text' })).response.status;
  s.create = (await client.POST('/v1/records', { body: enrol })).response.status;
  s.get = (await client.GET('/v1/records/{cccd}', { params: { path: { cccd } } })).response.status;
  s.replace = (await client.PUT('/v1/records/{cccd}', { params: { path: { cccd } }, body: { ...enrol, cccd } })).response.status;
  s.verify = (await client.POST('/v1/records/{cccd}:verify', { params: { path: { cccd } }, body: live })).response.status;
  s.audit = (await client.GET('/v1/records/{cccd}/audit', { params: { path: { cccd }, query: { limit: 10 } } })).response.status;
  s.batch = (await client.POST('/v1/verify:batch', {
    body: { id: 'item-1', cccd, face: live.face },
    bodySerializer: (item) => JSON.stringify(item) + '\\n',
    headers: { 'content-type': 'application/x-ndjson' },
    parseAs: 'text',
  })).response.status;
  s.compareFaces = (await client.POST('/v1/faces:compare', { body: { a: enrol.face, b: live.face } })).response.status;
  s.compareFingers = (await client.POST('/v1/fingers:compare', { body: { probe: live.fingers, reference: enrol.fingers } })).response.status;
  const noImage = await client.POST('/v1/faces:extract', { body: { image: '' } });
  s.extractFace = noImage.response.status;
  if (noImage.error) s.extractFaceErrorIsTyped = noImage.error.error.reason.length > 0 ? 1 : 0;
  s.extractFinger = (await client.POST('/v1/fingers:extract', { body: {} })).response.status;
  s.delete = (await client.DELETE('/v1/records/{cccd}', { params: { path: { cccd } } })).response.status;
  return s;
}
`,
    );
    const program = ts.createProgram([join(dir, 'client.ts')], {
      strict: true,
      noEmit: true,
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.NodeNext,
      moduleResolution: ts.ModuleResolutionKind.NodeNext,
      allowImportingTsExtensions: true,
      skipLibCheck: true,
      types: [],
      paths: { 'openapi-fetch': [openapiFetch] },
    });
    const diagnostics = ts
      .getPreEmitDiagnostics(program)
      .map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);

    const { callEveryRoute } = await import(join(dir, 'client.ts'));
    const alice = citizen(1);
    const cccd = '001190000123';
    const statuses = await callEveryRoute(
      createClient({ baseUrl: base }),
      cccd,
      enrolmentJson(alice, cccd),
      liveCaptureJson(alice),
    );
    expect(statuses).toEqual({
      healthz: 200,
      readyz: 200,
      metrics: 200,
      create: 201,
      get: 200,
      replace: 200,
      verify: 200,
      audit: 200,
      batch: 200,
      compareFaces: 200,
      compareFingers: 200,
      extractFace: 400,
      extractFaceErrorIsTyped: 1,
      extractFinger: 400,
      delete: 200,
    });
  });
});
