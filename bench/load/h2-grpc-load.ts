import { connect, constants, type ClientHttp2Session } from 'node:http2';
import { codecOf, packageName, reflection } from '../../server/contract.ts';
import { closedLoop } from './grpc-load.ts';
import type { GrpcLoadOptions, LoadResult } from './grpc-load.ts';

/**
 * Closed-loop unary gRPC load over plain node:http2: the request is encoded once and each call is one HTTP/2
 * stream (headers, one length-prefixed message, trailers with grpc-status). It does what a gRPC load tool such as
 * ghz does, at a fraction of a grpc-js client's CPU per call, so that on a shared 2-core machine more of the CPU
 * goes to the server being measured. The answer's status is checked; its body is not decoded.
 */
export async function h2GrpcUnaryLoad(options: GrpcLoadOptions, onTick: () => void): Promise<LoadResult> {
  const { address, service, method, concurrency, durationS } = options;
  const rpc = reflection.lookupService(`${packageName}.${service}`).methods[method];
  if (!rpc) throw new Error(`no method ${service}.${method}`);
  const codec = codecOf(rpc.resolvedRequestType?.fullName ?? rpc.requestType);
  const message = codec.encode(codec.fromObject(options.request() as Record<string, unknown>)).finish();
  const frame = Buffer.allocUnsafe(5 + message.length);
  frame.writeUInt8(0, 0); // not compressed
  frame.writeUInt32BE(message.length, 1);
  frame.set(message, 5);
  const headers = {
    [constants.HTTP2_HEADER_METHOD]: 'POST',
    [constants.HTTP2_HEADER_PATH]: `/${packageName}.${service}/${method}`,
    [constants.HTTP2_HEADER_CONTENT_TYPE]: 'application/grpc',
    te: 'trailers',
  };
  const sessions: ClientHttp2Session[] = await Promise.all(
    Array.from(
      { length: Math.max(1, options.channels ?? 1) },
      () =>
        new Promise<ClientHttp2Session>((resolve, reject) => {
          const session = connect(`http://${address}`);
          session.once('connect', () => resolve(session));
          // Before connecting: fail the run; after: the calls on it end without a status and count as errors.
          session.on('error', reject);
        }),
    ),
  );

  const call = (session: ClientHttp2Session): Promise<string> =>
    new Promise((resolve) => {
      const stream = session.request(headers, { endStream: false });
      let status = '';
      stream.on('response', (h) => {
        // A trailers-only answer (an error) carries grpc-status in the headers.
        if (h['grpc-status'] !== undefined) status = String(h['grpc-status']);
      });
      stream.on('trailers', (t) => (status = String(t['grpc-status'] ?? status)));
      stream.on('data', () => undefined);
      stream.on('close', () => resolve(status || 'NO_STATUS'));
      stream.on('error', () => undefined);
      stream.end(frame);
    });

  const result = await closedLoop(
    sessions,
    concurrency,
    durationS,
    async (session) => {
      const status = await call(session);
      return status === '0' ? undefined : status;
    },
    onTick,
  );
  for (const s of sessions) s.close();
  return result;
}
