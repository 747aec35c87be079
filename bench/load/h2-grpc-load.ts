import { connect, constants, type ClientHttp2Session } from 'node:http2';
import { codecOf, packageName, reflection } from '../../server/contract.ts';
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

  const latenciesMs: number[] = [];
  const errorCodes: Record<string, number> = {};
  let errors = 0;
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  const endAt = started + durationS * 1000;
  const caller = async (k: number): Promise<void> => {
    const session = sessions[k % sessions.length]!;
    while (performance.now() < endAt) {
      const t0 = performance.now();
      const status = await call(session);
      latenciesMs.push(performance.now() - t0);
      if (status !== '0') {
        errors++;
        errorCodes[status] = (errorCodes[status] ?? 0) + 1;
      }
      onTick();
    }
  };
  await Promise.all(Array.from({ length: concurrency }, (_, k) => caller(k)));
  const durationMs = performance.now() - started;
  const cpu = process.cpuUsage(cpuBefore);
  for (const s of sessions) s.close();
  return {
    requests: latenciesMs.length,
    errors,
    latenciesMs,
    durationS: durationMs / 1000,
    errorCodes,
    clientCpuS: (cpu.user + cpu.system) / 1e6,
  };
}
