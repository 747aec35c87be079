import { Metadata, status, type handleUnaryCall, type ServerUnaryCall } from '@grpc/grpc-js';
import {
  callerOf,
  credentialsOf,
  isValidRequestId,
  newCallContext,
  type CallContext,
} from '../app/context.ts';
import { toAppError } from '../errors.ts';
import type { ServiceMetrics } from '../metrics.ts';
import { uuidV7 } from '../uuid-v7.ts';

function first(metadata: Metadata, key: string): string | undefined {
  const v = metadata.get(key)[0];
  return v === undefined ? undefined : String(v);
}

type CallLike = Pick<ServerUnaryCall<unknown, unknown>, 'metadata' | 'getDeadline' | 'getAuthContext'>;

/** Caller (client certificate under mutual TLS, then x-caller-id), request id and deadline of a gRPC call. */
export function grpcCallContext(call: CallLike): CallContext {
  const deadline = call.getDeadline();
  const deadlineMs =
    deadline instanceof Date
      ? deadline.getTime()
      : typeof deadline === 'number' && Number.isFinite(deadline)
        ? deadline
        : undefined;
  // Under TLS, grpc-js reports the peer certificate only once the handshake verified it.
  const name = call.getAuthContext().sslPeerCertificate?.subject?.CN;
  const forwarded = first(call.metadata, 'x-caller-id');
  return newCallContext(
    callerOf(name, forwarded),
    first(call.metadata, 'x-request-id'),
    deadlineMs,
    // Checked by server/app/authorise.ts for every operation of both transports.
    credentialsOf(name, first(call.metadata, 'authorization'), forwarded),
  );
}

/**
 * Initial metadata echoing the call's request id (the client's when usable, else the service's UUIDv7), so a
 * client can quote the id the audit knows its call by.
 */
export function requestIdMetadata(requestId: string): Metadata {
  const metadata = new Metadata();
  metadata.set('x-request-id', isValidRequestId(requestId) ? requestId : uuidV7());
  return metadata;
}

/** The status's name (OK, INVALID_ARGUMENT, ...), as metrics label it: never a bare number. */
export function grpcStatusName(code: number): string {
  return status[code] ?? `UNKNOWN_${code}`;
}

/** gRPC status with the reason code (and offending field) in trailing metadata, so clients can branch on it. */
export function grpcErrorOf(err: unknown): { code: number; details: string; metadata: Metadata } {
  const appErr = toAppError(err);
  const metadata = new Metadata();
  metadata.set('sinhtrac-reason', appErr.reason);
  if (appErr.field) metadata.set('sinhtrac-field', appErr.field);
  return { code: appErr.grpcStatus, details: `${appErr.reason}: ${appErr.message}`, metadata };
}

/** Adapts an application function to a grpc-js unary handler, with metrics and status mapping. */
export function unary<Req, Res>(
  operation: string,
  metrics: ServiceMetrics,
  fn: (req: Req, ctx: CallContext) => Promise<Res>,
): handleUnaryCall<Req, Res> {
  return (call, callback) => {
    const started = performance.now();
    const ctx = grpcCallContext(call);
    call.sendMetadata(requestIdMetadata(ctx.requestId));
    fn(call.request, ctx).then(
      (res) => {
        metrics.observe('grpc', operation, 'OK', (performance.now() - started) / 1000);
        callback(null, res);
      },
      (err: unknown) => {
        const e = grpcErrorOf(err);
        metrics.observe('grpc', operation, grpcStatusName(e.code), (performance.now() - started) / 1000);
        if (e.code === 13) console.error(`grpc ${operation} internal error:`, err);
        callback(e);
      },
    );
  };
}
