/**
 * The OpenAPI 3.1 document as an integrator needs it, completed from what the routes declare: every message a named
 * schema under `components.schemas` (from the proto, with its field comments as descriptions and its `required`
 * fields), the one error schema on every error response, the batch route's NDJSON bodies, the health and metrics
 * routes, and the audit's `limit`. The routes keep validating with their inline schemas; only the document changes.
 */
import protobuf from 'protobufjs';
import { packageName, reflection } from '../contract.ts';
import { maxAuditLimit } from '../app/audit.ts';
import { jsonSchemaOf } from './json-schema.ts';

type Json = Record<string, unknown>;

interface Operation extends Json {
  parameters?: unknown[];
  responses?: Record<string, Json>;
}

/** The parts of an OpenAPI document this module reads; the rest passes through. */
export interface OpenApiDocument extends Json {
  paths?: Record<string, Record<string, Operation>>;
  components?: Json & { schemas?: Json };
}

const schemaRef = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });

/**
 * Fields a request must carry, from the contract: a field comment that starts with "required". The application
 * refuses a request without them (400 MISSING_FIELD); the document says so up front.
 */
function requiredFieldsOf(messageName: string): string[] {
  const type = reflection.lookup(`${packageName}.${messageName}`);
  if (!(type instanceof protobuf.Type)) return [];
  return type.fieldsArray.filter((f) => /^required\b/i.test(f.comment ?? '')).map((f) => f.name);
}

/** A message's or an enum's own comment in the contract. */
function messageComment(messageName: string): string | undefined {
  const type = reflection.lookup(`${packageName}.${messageName}`);
  return type?.comment ?? undefined;
}

/** Replaces every titled (message) schema by a reference to its component, hoisting it there once. */
function hoist(schema: unknown, components: Json): unknown {
  if (Array.isArray(schema)) return schema.map((s) => hoist(s, components));
  if (schema === null || typeof schema !== 'object') return schema;
  const out: Json = {};
  for (const [k, v] of Object.entries(schema as Json)) out[k] = hoist(v, components);
  const title = (schema as Json).title;
  if (typeof title !== 'string') return out;
  // A field's comment rides beside the reference; the component describes the message itself.
  const { title: _title, description: fieldDescription, ...rest } = out;
  if (components[title] === undefined) {
    const required = requiredFieldsOf(title);
    const description = messageComment(title);
    components[title] = {
      ...rest,
      ...(description ? { description } : {}),
      ...(required.length > 0 ? { required } : {}),
    };
  }
  return fieldDescription ? { ...schemaRef(title), description: fieldDescription } : schemaRef(title);
}

const errorSchema: Json = {
  type: 'object',
  required: ['error'],
  description: 'Every refusal, on every route: the same body. gRPC carries the reason and field in trailers.',
  properties: {
    error: {
      type: 'object',
      required: ['code', 'reason', 'message'],
      properties: {
        code: {
          type: 'string',
          description: 'The status in gRPC terms',
          enum: [
            'INVALID_ARGUMENT',
            'UNAUTHENTICATED',
            'PERMISSION_DENIED',
            'NOT_FOUND',
            'ALREADY_EXISTS',
            'FAILED_PRECONDITION',
            'RESOURCE_EXHAUSTED',
            'RATE_LIMITED',
            'DEADLINE_EXCEEDED',
            'UNAVAILABLE',
            'INTERNAL',
          ],
        },
        reason: {
          type: 'string',
          description:
            'Machine reason code to branch on (INVALID_IMAGE, NO_FACE, INVALID_CCCD, CCCD_LOCKED, ...)',
          pattern: '^[A-Z][A-Z0-9_]*$',
        },
        message: { type: 'string', description: 'A sentence for people; never biometric data' },
        field: { type: 'string', description: 'The offending field, e.g. fingers[1].position' },
      },
    },
  },
  examples: [
    {
      error: {
        code: 'INVALID_ARGUMENT',
        reason: 'INVALID_CCCD',
        message: 'a CCCD number has 12 digits',
        field: 'cccd',
      },
    },
  ],
};

const errorResponses: Record<string, string> = {
  '400': 'Bad input: the reason code and the field say what to fix',
  '401': 'An access policy is configured and the call carries no valid certificate or token',
  '403': "The caller's roles do not allow this operation",
  '404': 'No record for the CCCD number (record routes), or no such route',
  '409': 'A record for the CCCD number exists already (create)',
  '415': 'The body is not application/json (application/x-ndjson for the batch route)',
  '422': 'The record cannot be verified as asked (e.g. too few enrolled fingers for level 2)',
  '429': "A caller's attempt limit or a CCCD's lockout (RATE_LIMITED, CCCD_LOCKED); see Retry-After",
  '503': 'Overloaded (OVERLOADED, see Retry-After) or the store cannot take writes',
};

/** The error responses an operation can give: record routes add 404/409/422, the others leave them out. */
function errorCodesOf(path: string, method: string): string[] {
  const codes = ['400', '401', '403', '429', '503'];
  if (method !== 'get' && method !== 'delete') codes.push('415');
  if (path.includes('{cccd}')) codes.push('404');
  if (path === '/v1/records' && method === 'post') codes.push('409');
  if (path.endsWith(':verify')) codes.push('422');
  return codes.sort();
}

const ndjson = 'application/x-ndjson';

function batchOperation(existing: Operation): Operation {
  return {
    ...existing,
    description:
      'One VerifyBatchItem per line in, one VerifyBatchResult per line out, in input order; a bad line gets its ' +
      'own error result and the batch goes on. Item ids are echoed, so a broken batch resumes after the last one.',
    parameters: [],
    requestBody: { required: true, content: { [ndjson]: { schema: schemaRef('VerifyBatchItem') } } },
    responses: {
      ...existing.responses,
      '200': {
        description: 'NDJSON: one VerifyBatchResult per input line, in order',
        content: { [ndjson]: { schema: schemaRef('VerifyBatchResult') } },
      },
    },
  };
}

const healthPaths: Record<string, Record<string, Operation>> = {
  '/healthz': {
    get: {
      operationId: 'Healthz',
      summary: 'The process is up',
      tags: ['health'],
      responses: {
        '200': {
          description: 'Up',
          content: {
            'application/json': {
              schema: { type: 'object', required: ['status'], properties: { status: { const: 'ok' } } },
            },
          },
        },
      },
    },
  },
  '/readyz': {
    get: {
      operationId: 'Readyz',
      summary: "Ready once every worker's models are loaded and warm, and the store takes writes",
      tags: ['health'],
      responses: {
        '200': {
          description: 'Ready',
          content: {
            'application/json': {
              schema: { type: 'object', required: ['status'], properties: { status: { const: 'ready' } } },
            },
          },
        },
        '503': {
          description: 'Starting, failed, or not taking writes',
          content: {
            'application/json': {
              schema: {
                type: 'object',
                required: ['status'],
                properties: { status: { type: 'string' }, reason: { type: ['string', 'null'] } },
              },
            },
          },
        },
      },
    },
  },
  '/metrics': {
    get: {
      operationId: 'Metrics',
      summary: 'Prometheus metrics (no personal data in any label)',
      tags: ['health'],
      responses: { '200': { description: 'Prometheus text format', content: { 'text/plain': {} } } },
    },
  },
};

const auditLimit: Json = {
  name: 'limit',
  in: 'query',
  required: false,
  description: `Newest entries to return (default 100, at most ${maxAuditLimit})`,
  schema: { type: 'integer', minimum: 1, maximum: maxAuditLimit, default: 100 },
};

/** Completes the document @fastify/swagger built from the routes (see the module comment). */
export function completeOpenApi(doc: OpenApiDocument): OpenApiDocument {
  const schemas: Json = { ...(doc.components?.schemas ?? {}) };
  const paths: Record<string, Record<string, Operation>> = {};
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    const methods: Record<string, Operation> = {};
    for (const [method, operation] of Object.entries(item)) {
      let op = hoist(operation, schemas) as Operation;
      if (path === '/v1/verify:batch') op = batchOperation(op);
      if (path.endsWith('/audit')) op = { ...op, parameters: [...(op.parameters ?? []), auditLimit] };
      const responses: Record<string, Json> = { ...op.responses };
      for (const [code, description] of Object.entries(responses)) {
        if (code.startsWith('2') && description.description === 'Default Response')
          responses[code] = { ...description, description: 'Success' };
      }
      for (const code of errorCodesOf(path, method)) {
        responses[code] = {
          description: errorResponses[code],
          content: { 'application/json': { schema: schemaRef('Error') } },
        };
      }
      methods[method] = { ...op, responses };
    }
    paths[path] = methods;
  }
  // The batch route validates its lines itself, so its messages come from the contract here.
  for (const name of ['VerifyBatchItem', 'VerifyBatchResult']) hoist(jsonSchemaOf(name), schemas);
  schemas.Error = errorSchema;
  return {
    ...doc,
    openapi: '3.1.0',
    paths: { ...paths, ...healthPaths },
    components: { ...doc.components, schemas },
  };
}
