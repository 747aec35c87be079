import Fastify, { LogController, type FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { isValidRequestId } from '../app/context.ts';
import type { Application } from '../app/index.ts';
import type { ServiceMetrics } from '../metrics.ts';
import type { TlsConfig } from '../tls.ts';
import { uuidV7 } from '../uuid-v7.ts';
import { facesRoutes } from './faces.ts';
import { fingersRoutes } from './fingers.ts';
import { healthRoutes } from './health.ts';
import { recordsRoutes } from './records.ts';
import { batchRoutes } from './batch.ts';
import { exceedsStructuralChars, tooComplex } from './json-body.ts';
import { completeOpenApi, type OpenApiDocument } from './openapi.ts';
import { bodyTimeout } from './body-timeout.ts';
import { clientError, frameworkError, notFoundWith, sendError } from './error-replies.ts';
import { RouteHints } from './route-hints.ts';

export interface HttpOptions {
  bodyLimitBytes: number;
  logLevel: string;
  logRequests: boolean;
  /** Time a client has to send its request headers (Node answers 408). */
  headersTimeoutMs: number;
  /** Time a client has to send a whole request body (408); streamed batch bodies bound each line instead. */
  requestTimeoutMs: number;
  /** HTTPS, and with a client CA mutual TLS (the client certificate names the caller). */
  tls?: TlsConfig | undefined;
}

export async function buildHttpServer(
  app: Application,
  metrics: ServiceMetrics,
  options: HttpOptions,
): Promise<FastifyInstance> {
  const tls = options.tls;
  // Node checks the headers deadline every connectionsCheckingInterval (30 s by default, longer than the deadline).
  const serverTimeouts = {
    headersTimeout: options.headersTimeoutMs,
    connectionsCheckingInterval: Math.min(1_000, options.headersTimeoutMs),
  };
  const fastify = Fastify({
    ...(tls
      ? {
          https: {
            cert: tls.certPem,
            key: tls.keyPem,
            ...(tls.clientCaPem && { ca: tls.clientCaPem, requestCert: true, rejectUnauthorized: true }),
            ...serverTimeouts,
          },
        }
      : { http: serverTimeouts }),
    bodyLimit: options.bodyLimitBytes,
    // Unique across restarts and processes (a counter restarting at req-1 repeated ids in the audit).
    genReqId: () => uuidV7(),
    // Requests carry biometric bytes: log the route and outcome, never bodies or headers.
    logger: {
      level: options.logLevel,
      serializers: { req: (r) => ({ method: r.method, url: r.url, id: r.id }) },
    },
    ajv: { customOptions: { coerceTypes: false, removeAdditional: false, allErrors: false } },
    // Per-request access lines cost more than a template verify at load; metrics count requests instead.
    logController: new LogController({ disableRequestLogging: !options.logRequests }),
    frameworkErrors: frameworkError,
    clientErrorHandler: clientError,
  });
  bodyTimeout(fastify, options.requestTimeoutMs);

  // The structural count before JSON.parse (json-body.ts), then fastify's own parser (prototype poisoning refused).
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser('application/json');
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (req, body, done) => {
    if (exceedsStructuralChars(body as string)) done(tooComplex(), undefined);
    else parseJson(req, body as string, done);
  });
  // The client's id when it sent a usable one, else the service's: the id the audit and the logs know the call by.
  fastify.addHook('onSend', async (req, reply) => {
    const sent = req.headers['x-request-id'];
    const clientId = Array.isArray(sent) ? sent[0] : sent;
    reply.header('x-request-id', clientId !== undefined && isValidRequestId(clientId) ? clientId : req.id);
  });
  fastify.addHook('onResponse', async (req, reply) => {
    const operation = req.routeOptions.schema?.operationId ?? req.routeOptions.url ?? 'unknown';
    metrics.observe('http', String(operation), String(reply.statusCode), reply.elapsedTime / 1000);
  });

  fastify.setErrorHandler((err, _req, reply) => sendError(reply, err));
  const routeHints = new RouteHints();
  routeHints.watch(fastify);
  fastify.setNotFoundHandler(notFoundWith(routeHints));

  await fastify.register(swagger, {
    transformObject: (documentObject) =>
      completeOpenApi((documentObject as { openapiObject: OpenApiDocument }).openapiObject),
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'sinhtrac',
        description:
          '1:1 biometric verification (portrait and fingerprints) against CCCD records. Bytes are base64.',
        version: 'v1',
      },
    },
  });
  await fastify.register(swaggerUi, { routePrefix: '/docs' });
  fastify.get('/openapi.json', { schema: { hide: true } }, async () => fastify.swagger());

  await fastify.register(healthRoutes(app, metrics));
  await fastify.register(facesRoutes(app));
  await fastify.register(fingersRoutes(app));
  await fastify.register(recordsRoutes(app));
  await fastify.register(batchRoutes(app));
  return fastify;
}
