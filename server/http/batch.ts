/**
 * POST /v1/verify:batch: NDJSON in (one VerifyBatchItem per line), NDJSON out (one VerifyBatchResult per line, in
 * order). The body is streamed both ways: lines are parsed as they arrive and results written as they are ready,
 * with the socket's backpressure reaching the batch through the async iterators.
 */
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { BatchEntry } from '../app/batch.ts';
import type { Application } from '../app/index.ts';
import { codecOf, packageName, reflection } from '../contract.ts';
import { AppError, invalidArgument } from '../errors.ts';
import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import { exceedsStructuralChars, tooComplex } from './json-body.ts';
import { jsonSchemaOf } from './json-schema.ts';
import { undecodableBodyError } from './malformed-bytes.ts';
import { streamedBody } from './body-timeout.ts';
import { boundedLines, LineTimeoutError } from './ndjson-lines.ts';
import { httpCallContext } from './rpc-route.ts';
import { schemaErrorOf, type SchemaError } from './validation-errors.ts';

type VerifyBatchItem = sinhtrac.v1.VerifyBatchItem.$Properties;

const ndjson = 'application/x-ndjson';
const itemCodec = codecOf('VerifyBatchItem');
const itemType = reflection.lookupType(`${packageName}.VerifyBatchItem`);
const resultCodec = codecOf('VerifyBatchResult');
const toJsonOptions = { bytes: String, longs: Number, enums: String, defaults: true, arrays: true } as const;

interface LineLimits {
  maxLineBytes: number;
  lineTimeoutMs: number;
  validate: (json: unknown) => AppError | undefined;
}

const idOf = (json: unknown): string | undefined =>
  typeof (json as { id?: unknown } | null)?.id === 'string' ? (json as { id: string }).id : undefined;

/**
 * Each line is bounded in bytes (ndjson-lines.ts) and in structure (json-body.ts) before JSON.parse, and checked
 * against the same generated schema as the unary routes (no type coercion: `level: "1"` is refused) before the
 * codec, which would wrap numbers and stringify arrays.
 */
async function* entriesOf(
  body: Readable,
  limits: LineLimits,
  timedOut: () => void,
): AsyncGenerator<BatchEntry> {
  try {
    for await (const line of boundedLines(body, limits.maxLineBytes, limits.lineTimeoutMs)) {
      const { lineNo } = line;
      if ('tooLongBytes' in line) {
        yield {
          error: invalidArgument(
            'LINE_TOO_LONG',
            `line ${lineNo}: ${line.tooLongBytes} bytes; a line holds at most ${limits.maxLineBytes}`,
          ),
        };
        continue;
      }
      if (line.text.trim() === '') continue;
      if (exceedsStructuralChars(line.text)) {
        const e = tooComplex();
        yield { error: invalidArgument(e.reason, `line ${lineNo}: ${e.message}`) };
        continue;
      }
      let json: unknown;
      try {
        json = JSON.parse(line.text);
      } catch (err) {
        yield { error: invalidArgument('INVALID_JSON', `line ${lineNo}: ${(err as Error).message}`) };
        continue;
      }
      const id = idOf(json);
      if (json === null || typeof json !== 'object' || Array.isArray(json)) {
        yield {
          error: invalidArgument('INVALID_FIELD', `line ${lineNo}: an item must be a JSON object`),
          id,
        };
        continue;
      }
      const invalid = limits.validate(json);
      if (invalid) {
        yield {
          error: new AppError(
            invalid.kind,
            invalid.reason,
            `line ${lineNo}: ${invalid.message}`,
            invalid.field,
          ),
          id,
        };
        continue;
      }
      try {
        yield { item: itemCodec.fromObject(json as Record<string, unknown>) as VerifyBatchItem };
      } catch (err) {
        yield { error: undecodableBodyError(itemType, json, err, `line ${lineNo}: `), id };
      }
    }
  } catch (err) {
    if (!(err instanceof LineTimeoutError)) throw err;
    // The answer so far is sent; the connection closes after it (the body will not be read further).
    timedOut();
    yield { error: new AppError('DEADLINE_EXCEEDED', 'REQUEST_TIMEOUT', err.message) };
  }
}

export function batchRoutes(app: Application) {
  return async function batch(fastify: FastifyInstance): Promise<void> {
    // The request body stays a stream: it is never buffered whole.
    fastify.addContentTypeParser(ndjson, (_req, payload, done) => done(null, payload));
    const url = '/v1/verify::batch';
    const itemSchema = jsonSchemaOf('VerifyBatchItem');
    type Validate = ((json: unknown) => boolean) & { errors?: SchemaError[] | null };
    let validateItem: Validate | undefined;
    const config = app.deps.config;
    const limits: LineLimits = {
      maxLineBytes: config.batchMaxLineBytes,
      lineTimeoutMs: config.httpRequestTimeoutMs,
      validate: (json) => {
        // Fastify's own validator (the unary routes' ajv options), compiled on first use: the instance is ready.
        validateItem ??= fastify.validatorCompiler!({
          schema: itemSchema,
          method: 'POST',
          url,
          httpPart: 'body',
        }) as Validate;
        if (validateItem(json)) return undefined;
        const first = validateItem.errors?.[0];
        return schemaErrorOf(
          first,
          `item${first?.instancePath.replaceAll('/', '.') ?? ''} ${first?.message ?? 'is invalid'}`,
        );
      },
    };
    fastify.route({
      method: 'POST',
      url,
      // The body streams for as long as the batch runs: each line has its own timeout instead (body-timeout.ts).
      config: streamedBody,
      schema: {
        summary:
          'Verify many records: NDJSON VerifyBatchItem lines in, NDJSON VerifyBatchResult lines out, in order',
        tags: ['records'],
        operationId: 'VerifyBatch',
        consumes: [ndjson],
        produces: [ndjson],
        // No query parameters; declaring the (open) schema gives this plugin the validator compiler the lines use.
        querystring: { type: 'object' },
      },
      handler: async (req, reply) => {
        if (!(req.body instanceof Readable)) {
          throw invalidArgument('INVALID_BODY', `send the batch as ${ndjson}, one item per line`);
        }
        const ctx = httpCallContext(req);
        // Past a line timeout the rest of the body is never read: the connection closes once the answer is sent.
        const closeAfter = () => (reply.raw.shouldKeepAlive = false);
        const results = app.verifyBatch(entriesOf(req.body, limits, closeAfter), ctx);
        async function* lines(): AsyncGenerator<string> {
          for await (const r of results) {
            const json = resultCodec.toObject(
              resultCodec.fromObject(r as Record<string, unknown>),
              toJsonOptions,
            );
            // Exactly one of result / error per line.
            if (json.result === null) delete json.result;
            if (json.error === null) delete json.error;
            yield `${JSON.stringify(json)}\n`;
          }
        }
        reply.type(ndjson);
        return reply.send(Readable.from(lines()));
      },
    });
  };
}
