/**
 * Which bytes field of a JSON body is not base64. protobufjs refuses such a body with "invalid encoding" and no
 * field; the caller needs the field. Walked only after the codec refused a body, so valid requests pay nothing.
 */
import protobuf from 'protobufjs';
import { invalidArgument, type AppError } from '../errors.ts';
import { fieldOfPointer } from './validation-errors.ts';

/** Standard or URL-safe base64, padded or not (what the codec decodes). */
const base64 = /^[A-Za-z0-9+/_-]*={0,2}$/;

/** The first bytes field of `value` (a body of message `type`) that is not base64, as `fingers[1].image`. */
export function malformedBytesField(type: protobuf.Type, value: unknown, pointer = ''): string | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  for (const field of type.fieldsArray) {
    const v = (value as Record<string, unknown>)[field.name];
    if (v === undefined || v === null) continue;
    const items = field.repeated && Array.isArray(v) ? v : [v];
    for (let i = 0; i < items.length; i++) {
      const at = field.repeated ? `${pointer}/${field.name}/${i}` : `${pointer}/${field.name}`;
      const item = items[i];
      if (field.type === 'bytes') {
        if (typeof item === 'string' && !base64.test(item)) return fieldOfPointer(at);
      } else if (field.resolvedType instanceof protobuf.Type) {
        const inner = malformedBytesField(field.resolvedType, item, at);
        if (inner !== undefined) return inner;
      }
    }
  }
  return undefined;
}

/**
 * The refusal of a JSON body (or batch line, `at` = "line 3: ") that the codec of message `type` could not decode:
 * the malformed bytes field when there is one, else the codec's own reason.
 */
export function undecodableBodyError(type: protobuf.Type, value: unknown, err: unknown, at = ''): AppError {
  const field = malformedBytesField(type, value);
  if (field !== undefined)
    return invalidArgument(
      'INVALID_FIELD',
      `${at}${field}: expected base64 (bytes travel as base64 in JSON)`,
      field,
    );
  return invalidArgument('INVALID_FIELD', `${at}malformed request: ${(err as Error).message}`);
}
