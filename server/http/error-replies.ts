/**
 * Every refusal fastify or Node's HTTP parser makes before a route runs (bad JSON, wrong content type, an
 * over-long path parameter, bad percent-encoding, a slow or oversized header, a body that trickles in) answered in
 * the service's error model: `{ error: { code, reason, message, field? } }`. Messages never repeat the URL, a
 * header or the body back: a path of 100 kB would otherwise come back whole, and a body may be biometric bytes.
 */
import type { Socket } from 'node:net';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { AppError, invalidArgument, toAppError } from '../errors.ts';
import { BodyTimeoutError } from './body-timeout.ts';
import type { RouteHints } from './route-hints.ts';
import { schemaErrorOf } from './validation-errors.ts';

/** Fastify errors that are the caller's fault, mapped to a reason code. */
function requestErrorOf(err: FastifyError): AppError | undefined {
  if (err.validation) return schemaErrorOf(err.validation[0], `request ${err.message}`);
  if (err instanceof AppError) return err;
  switch (err.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return invalidArgument('BODY_TOO_LARGE', 'request body is larger than the service accepts');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return invalidArgument('INVALID_BODY', 'empty body with content-type application/json');
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return invalidArgument('INVALID_BODY', 'body length does not match content-length');
  }
  if (err instanceof SyntaxError || err.statusCode === 400) {
    // JSON.parse names a snippet of the body; the caller has the body, the position is enough.
    const at = /position (\d+)/.exec(err.message)?.[1];
    return invalidArgument('INVALID_JSON', `body is not valid JSON${at ? ` (at position ${at})` : ''}`);
  }
  return undefined;
}

/**
 * The error reply; `status` overrides the kind's where HTTP has a more exact one (408 for a slow body, 414 for an
 * over-long path), which the kinds both transports share do not distinguish.
 */
export function sendError(reply: FastifyReply, err: unknown, status?: number): void {
  if ((err as FastifyError | null)?.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE')
    return unsupportedMediaType(reply);
  const appErr = requestErrorOf(err as FastifyError) ?? toAppError(err);
  if (appErr.kind === 'INTERNAL') reply.log.error({ err }, 'internal error');
  if (err instanceof BodyTimeoutError) {
    // The rest of the body is never read: close the connection rather than drain a trickle.
    reply.header('connection', 'close');
    status ??= err.statusCode;
  }
  reply.code(status ?? appErr.httpStatus).send({ error: appErr.toJSON() });
}

/** Body types a route may read; each route's plugin registers the parsers it takes (batch.ts adds NDJSON). */
const bodyTypes = ['application/x-ndjson', 'application/json'];

/** A body in a type the route does not read (or none declared): 415, naming the types it takes. */
function unsupportedMediaType(reply: FastifyReply): void {
  // reply.server is the route's own plugin context: it knows the parsers that route was given.
  const accepted = bodyTypes.filter((t) => reply.server.hasContentTypeParser(t));
  reply.header('accept-post', accepted.join(', '));
  sendError(
    reply,
    invalidArgument(
      'UNSUPPORTED_MEDIA_TYPE',
      `the body must be sent as ${accepted.join(' or ')} (content-type header); bytes inside it are base64`,
    ),
    415,
  );
}

/** Refusals of the router, before any route (fastify's `frameworkErrors`). */
export function frameworkError(err: FastifyError, _req: FastifyRequest, reply: FastifyReply): void {
  switch (err.code) {
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return sendError(
        reply,
        invalidArgument('URI_TOO_LONG', 'a path parameter is longer than any valid value'),
        414,
      );
    case 'FST_ERR_BAD_URL':
      return sendError(reply, invalidArgument('INVALID_URL', 'the path holds malformed percent-encoding'));
    default:
      return sendError(reply, err);
  }
}

/** No route took the request: 405 with `Allow` when the path takes other methods, else 404 with a hint if any. */
export function notFoundWith(hints: RouteHints) {
  return function notFound(req: FastifyRequest, reply: FastifyReply): void {
    const path = req.url.split('?')[0] ?? '';
    const hint = hints.hintFor(req.method, path);
    if (hint?.allow) {
      reply.header('allow', hint.allow.join(', '));
      reply.code(405).send({
        error: {
          code: 'NOT_FOUND',
          reason: 'METHOD_NOT_ALLOWED',
          message: `this path takes ${hint.allow.join(', ')}, not ${req.method}`,
        },
      });
      return;
    }
    const near = hint?.didYouMean ? `; did you mean ${hint.didYouMean}?` : '';
    reply.code(404).send({
      error: { code: 'NOT_FOUND', reason: 'NO_ROUTE', message: `no ${req.method} route at this path${near}` },
    });
  };
}

/** Node's own refusals (headers too slow or too large, unparsable HTTP): fastify's `clientErrorHandler`. */
export function clientError(err: NodeJS.ErrnoException, socket: Socket): void {
  if (err.code === 'ECONNRESET' || socket.destroyed) return;
  const [status, text, error] =
    err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
      ? [
          408,
          'Request Timeout',
          new AppError('DEADLINE_EXCEEDED', 'REQUEST_TIMEOUT', 'request headers too slow'),
        ]
      : err.code === 'HPE_HEADER_OVERFLOW'
        ? [
            431,
            'Request Header Fields Too Large',
            invalidArgument('HEADERS_TOO_LARGE', 'request headers too large'),
          ]
        : [400, 'Bad Request', invalidArgument('INVALID_REQUEST', 'malformed HTTP request')];
  const body = JSON.stringify({ error: error.toJSON() });
  if (socket.writable) {
    socket.write(
      `HTTP/1.1 ${status} ${text}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
        `Connection: close\r\n\r\n${body}`,
    );
  }
  socket.destroy();
}
