import type { FastifyInstance, FastifyRequest } from 'fastify';
import { codecOf, packageName, reflection } from '../contract.ts';
import type { TLSSocket } from 'node:tls';
import { callerOf, credentialsOf, newCallContext, type CallContext } from '../app/context.ts';
import { invalidArgument } from '../errors.ts';
import { jsonSchemaOf } from './json-schema.ts';
import { undecodableBodyError } from './malformed-bytes.ts';

export interface RpcRoute<Req, Res> {
  method: 'POST' | 'PUT' | 'GET' | 'DELETE';
  url: string;
  /** The gRPC method this route transcodes, e.g. "CompareFaces". */
  operation: string;
  summary: string;
  tags: string[];
  /** sinhtrac.v1 message names of the JSON body and the JSON answer. */
  request?: string;
  response: string;
  status?: number;
  /** Fields that come from the URL rather than the body (e.g. {cccd}). */
  fromParams?: (params: Record<string, string>) => Record<string, unknown>;
  handler: (req: Req, ctx: CallContext, http: FastifyRequest) => Promise<Res>;
}

const toJsonOptions = { bytes: String, longs: Number, enums: String, defaults: true, arrays: true } as const;

/** Subject CN of each TLS connection's verified client certificate: parsed once per connection, not per request. */
const certificateNames = new WeakMap<object, unknown>();

function certificateName(req: FastifyRequest): unknown {
  const socket = req.raw.socket as Partial<TLSSocket>;
  if (socket.authorized !== true || socket.getPeerCertificate === undefined) return undefined;
  if (!certificateNames.has(socket)) certificateNames.set(socket, socket.getPeerCertificate().subject?.CN);
  return certificateNames.get(socket);
}

/**
 * Caller (client certificate under mutual TLS, then the x-caller-id the kiosk forwards) and request id; never
 * derived from the body.
 */
export function httpCallContext(req: FastifyRequest): CallContext {
  const header = (name: string): string | undefined => {
    const v = req.headers[name];
    return Array.isArray(v) ? v[0] : v;
  };
  const timeoutMs = Number(header('x-timeout-ms'));
  const name = certificateName(req);
  const forwarded = header('x-caller-id');
  return newCallContext(
    callerOf(name, forwarded),
    header('x-request-id') ?? req.id,
    timeoutMs > 0 ? Date.now() + timeoutMs : undefined,
    // Checked by server/app/authorise.ts for every operation of both transports.
    credentialsOf(name, header('authorization'), forwarded),
  );
}

/**
 * A JSON route that transcodes one RPC (gRPC-transcoding style): JSON -> message -> application -> message -> JSON.
 * The body schema is generated from the proto, so validation and the OpenAPI document come from one source.
 */
export function rpcRoute<Req, Res>(fastify: FastifyInstance, route: RpcRoute<Req, Res>): void {
  const requestCodec = route.request ? codecOf(route.request) : undefined;
  const requestType = route.request ? reflection.lookupType(`${packageName}.${route.request}`) : undefined;
  const responseCodec = codecOf(route.response);
  fastify.route({
    method: route.method,
    url: route.url,
    schema: {
      summary: route.summary,
      tags: route.tags,
      operationId: route.operation,
      ...(route.request && route.method !== 'GET' && route.method !== 'DELETE'
        ? { body: jsonSchemaOf(route.request) }
        : {}),
      response: { [route.status ?? 200]: jsonSchemaOf(route.response) },
    },
    handler: async (httpReq, reply) => {
      const ctx = httpCallContext(httpReq);
      const body = (httpReq.body ?? {}) as Record<string, unknown>;
      const fromUrl = route.fromParams?.(httpReq.params as Record<string, string>) ?? {};
      for (const [name, value] of Object.entries(fromUrl)) {
        // The URL names the resource; a body that names another one is a mistake, not an override.
        if (name in body && body[name] !== value) {
          throw invalidArgument('FIELD_MISMATCH', `body ${name} differs from the one in the URL`, name);
        }
      }
      const fields = { ...body, ...fromUrl };
      let message: Req;
      try {
        message = (requestCodec ? requestCodec.fromObject(fields) : fields) as Req;
      } catch (err) {
        // protobufjs refuses malformed base64 here; name the field rather than fail as a 500.
        throw undecodableBodyError(requestType!, fields, err);
      }
      const result = await route.handler(message, ctx, httpReq);
      reply.code(route.status ?? 200);
      return responseCodec.toObject(
        responseCodec.fromObject(result as Record<string, unknown>),
        toJsonOptions,
      );
    },
  });
}
