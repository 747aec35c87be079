/**
 * A request body must arrive whole within `timeoutMs` of its headers. Node's own `requestTimeout` would do this for
 * every route, but it would also cut a long streamed batch (whose body is read only as fast as items are verified;
 * its lines have their own timeout, ndjson-lines.ts), and fastify turns it off; without a bound, a client sending
 * one byte a second holds its connection and its buffered bytes for as long as it likes.
 */
import { PassThrough, type Readable } from 'node:stream';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError } from '../errors.ts';

/** A body that did not arrive in time: HTTP 408 (statusCode, which fastify's body reader keeps). */
export class BodyTimeoutError extends AppError {
  readonly statusCode = 408;
  constructor(timeoutMs: number) {
    super('DEADLINE_EXCEEDED', 'REQUEST_TIMEOUT', `request body did not arrive within ${timeoutMs} ms`);
  }
}

/** Route `config` of routes that stream their body and bound it themselves. */
export const streamedBody = { streamedBody: true } as const;

const isStreamed = (req: FastifyRequest): boolean =>
  (req.routeOptions.config as { streamedBody?: boolean } | undefined)?.streamedBody === true;

export function bodyTimeout(fastify: FastifyInstance, timeoutMs: number): void {
  fastify.addHook('preParsing', async (req, _reply, payload: Readable) => {
    if (req.raw.complete || isStreamed(req)) return payload;
    const timed = new PassThrough();
    const timer = setTimeout(() => {
      payload.unpipe(timed);
      // The body reader answers this error (error-replies.ts); the connection closes after the answer.
      timed.destroy(new BodyTimeoutError(timeoutMs));
    }, timeoutMs);
    const clear = () => clearTimeout(timer);
    payload.once('end', clear).once('close', clear);
    payload.once('error', (err) => timed.destroy(err));
    timed.once('close', clear);
    return payload.pipe(timed);
  });
}
