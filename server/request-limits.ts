/**
 * Size limits of request messages: the one table both transports enforce before any per-item work (HTTP: JSON
 * schema `maxItems` and a structural pre-scan of the JSON text; gRPC: a scan of the wire bytes before decoding), so
 * a caller-sized array never reaches a loop, a Promise.all or the decoder's allocations.
 */
import protobuf from 'protobufjs';
import { packageName, reflection } from './contract.ts';

/** ISO/IEC 19794-2 has ten finger positions: no request carries more fingers than that. */
export const maxFingers = 10;

/** Most items of each repeated field of each request message (message name -> field -> items). */
export const maxItems: Readonly<Record<string, Readonly<Record<string, number>>>> = {
  CompareFingersRequest: { probe: maxFingers, reference: maxFingers },
  CreateRecordRequest: { fingers: maxFingers },
  ReplaceRecordRequest: { fingers: maxFingers },
  VerifyRequest: { fingers: maxFingers },
  VerifyBatchItem: { fingers: maxFingers },
};

/**
 * Fields one protobuf message may carry on the wire. A proto3 parser must accept a scalar field sent again (the last
 * one wins), so without a bound 20 MB of repeated tags is millions of decode steps; real messages carry < 20.
 */
export const maxWireFieldsPerMessage = 256;

/**
 * Structural characters (`{ [ , :` outside strings) one JSON body or batch line may hold. JSON.parse of 2.1 M empty
 * objects (6.3 MB) takes seconds on the event loop before any schema can refuse it; a 10-finger Verify has < 300.
 */
export const maxJsonStructuralChars = 4096;

export function maxItemsOf(message: string, field: string): number | undefined {
  return maxItems[message]?.[field];
}

/** Request messages of every service method, and the messages nested in them (FingerSample, FaceSample, ...). */
export function requestMessageTypes(): protobuf.Type[] {
  const found = new Map<string, protobuf.Type>();
  const visit = (type: protobuf.Type): void => {
    if (found.has(type.fullName)) return;
    found.set(type.fullName, type);
    for (const f of type.fieldsArray) if (f.resolvedType instanceof protobuf.Type) visit(f.resolvedType);
  };
  const pkg = reflection.lookup(packageName) as protobuf.Namespace;
  for (const service of pkg.nestedArray) {
    if (!(service instanceof protobuf.Service)) continue;
    for (const method of service.methodsArray) visit(method.resolvedRequestType as protobuf.Type);
  }
  return [...found.values()];
}

/** Every repeated field of every request message has a bound here; the services refuse to start otherwise. */
export function checkLimitsCoverRequests(): void {
  for (const type of requestMessageTypes()) {
    for (const field of type.fieldsArray) {
      if (field.repeated && maxItemsOf(type.name, field.name) === undefined) {
        throw new Error(`request field ${type.name}.${field.name} is repeated but has no bound in maxItems`);
      }
    }
  }
}
