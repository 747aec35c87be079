import type { MethodDefinition, ServiceDefinition } from '@grpc/grpc-js';
import { codecOf, packageName, reflection } from '../contract.ts';

/** grpc-js service definition for a sinhtrac.v1 service, serialised by the generated static codecs. */
export function serviceDefinition(serviceName: string): ServiceDefinition {
  const service = reflection.lookupService(`${packageName}.${serviceName}`);
  const definition: Record<string, MethodDefinition<unknown, unknown>> = {};
  for (const method of service.methodsArray) {
    const request = codecOf(method.resolvedRequestType?.fullName ?? method.requestType);
    const response = codecOf(method.resolvedResponseType?.fullName ?? method.responseType);
    definition[method.name] = {
      path: `/${packageName}.${serviceName}/${method.name}`,
      requestStream: Boolean(method.requestStream),
      responseStream: Boolean(method.responseStream),
      requestSerialize: (m) => Buffer.from(request.encode(m).finish()),
      requestDeserialize: (b) => request.decode(b),
      responseSerialize: (m) => Buffer.from(response.encode(m).finish()),
      responseDeserialize: (b) => response.decode(b),
      originalName: method.name,
    };
  }
  return definition;
}
