/**
 * POST /v1/verify:batch: NDJSON in (one VerifyBatchItem per line), NDJSON out (one VerifyBatchResult per line, in
 * order). The body is streamed both ways: lines are parsed as they arrive and results written as they are ready,
 * with the socket's backpressure reaching the batch through the async iterators.
 */
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import type { BatchEntry } from '../app/batch.ts';
import type { Application } from '../app/index.ts';
import { codecOf } from '../contract.ts';
import { invalidArgument } from '../errors.ts';
import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import { httpCallContext } from './rpc-route.ts';

type VerifyBatchItem = sinhtrac.v1.VerifyBatchItem.$Properties;

const ndjson = 'application/x-ndjson';
const itemCodec = codecOf('VerifyBatchItem');
const resultCodec = codecOf('VerifyBatchResult');
const toJsonOptions = { bytes: String, longs: Number, enums: String, defaults: true, arrays: true } as const;

async function* entriesOf(body: Readable): AsyncGenerator<BatchEntry> {
  const lines = createInterface({ input: body, crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    let json: unknown;
    try {
      json = JSON.parse(line);
    } catch (err) {
      yield { error: invalidArgument('INVALID_JSON', `line ${lineNo}: ${(err as Error).message}`) };
      continue;
    }
    const id = typeof (json as { id?: unknown })?.id === 'string' ? (json as { id: string }).id : undefined;
    if (json === null || typeof json !== 'object' || Array.isArray(json)) {
      yield { error: invalidArgument('INVALID_FIELD', `line ${lineNo}: an item must be a JSON object`), id };
      continue;
    }
    try {
      yield { item: itemCodec.fromObject(json as Record<string, unknown>) as VerifyBatchItem };
    } catch (err) {
      yield { error: invalidArgument('INVALID_FIELD', `line ${lineNo}: ${(err as Error).message}`), id };
    }
  }
}

export function batchRoutes(app: Application) {
  return async function batch(fastify: FastifyInstance): Promise<void> {
    // The request body stays a stream: it is never buffered whole.
    fastify.addContentTypeParser(ndjson, (_req, payload, done) => done(null, payload));
    fastify.route({
      method: 'POST',
      url: '/v1/verify::batch',
      schema: {
        summary:
          'Verify many records: NDJSON VerifyBatchItem lines in, NDJSON VerifyBatchResult lines out, in order',
        tags: ['records'],
        operationId: 'VerifyBatch',
        consumes: [ndjson],
        produces: [ndjson],
      },
      handler: async (req, reply) => {
        if (!(req.body instanceof Readable)) {
          throw invalidArgument('INVALID_BODY', `send the batch as ${ndjson}, one item per line`);
        }
        const ctx = httpCallContext(req);
        const results = app.verifyBatch(entriesOf(req.body), ctx);
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
