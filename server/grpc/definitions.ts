import type { MethodDefinition, ServiceDefinition } from '@grpc/grpc-js';
import type protobuf from 'protobufjs';
import { codecOf, packageName, reflection, type StaticCodec } from '../contract.ts';
import { AppError, invalidArgument } from '../errors.ts';
import { scanRequestBytes } from './wire-scan.ts';

/**
 * A request message that could not be accepted: malformed protobuf or over a limit. The deserializer hands it to
 * the handler instead of throwing, because grpc-js answers a throwing deserializer with INTERNAL and ends a whole
 * VerifyBatch stream on one bad frame; the handler answers it as INVALID_ARGUMENT (or one batch item's error).
 */
export class RefusedMessage {
  constructor(readonly error: AppError) {}
}

/** Scans the wire bytes against the request limits, then decodes; never throws. */
export function decodeRequest(type: protobuf.Type, codec: StaticCodec, bytes: Buffer): unknown {
  try {
    scanRequestBytes(type, bytes);
    return codec.decode(bytes);
  } catch (err) {
    if (err instanceof AppError) return new RefusedMessage(err);
    return new RefusedMessage(
      invalidArgument('INVALID_MESSAGE', `malformed protobuf ${type.name}: ${(err as Error).message}`),
    );
  }
}

/** Wraps an application function so that a refused request answers its error without reaching it. */
export function refusing<Req, Res, Ctx>(
  fn: (req: Req, ctx: Ctx) => Promise<Res>,
): (req: Req | RefusedMessage, ctx: Ctx) => Promise<Res> {
  return async (req, ctx) => {
    if (req instanceof RefusedMessage) throw req.error;
    return fn(req, ctx);
  };
}

/** grpc-js service definition for a sinhtrac.v1 service, serialised by the generated static codecs. */
export function serviceDefinition(serviceName: string): ServiceDefinition {
  const service = reflection.lookupService(`${packageName}.${serviceName}`);
  const definition: Record<string, MethodDefinition<unknown, unknown>> = {};
  for (const method of service.methodsArray) {
    const requestType = method.resolvedRequestType as protobuf.Type;
    const request = codecOf(requestType.fullName);
    const response = codecOf(method.resolvedResponseType?.fullName ?? method.responseType);
    definition[method.name] = {
      path: `/${packageName}.${serviceName}/${method.name}`,
      requestStream: Boolean(method.requestStream),
      responseStream: Boolean(method.responseStream),
      requestSerialize: (m) => Buffer.from(request.encode(m).finish()),
      requestDeserialize: (b) => decodeRequest(requestType, request, b),
      responseSerialize: (m) => Buffer.from(response.encode(m).finish()),
      responseDeserialize: (b) => response.decode(b),
      originalName: method.name,
    };
  }
  return definition;
}
