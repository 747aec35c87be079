/** Schema (ajv) refusals in the error model: a reason code and the field in the notation both transports use. */
import { AppError } from '../errors.ts';

export interface SchemaError {
  instancePath: string;
  keyword: string;
  params?: Record<string, unknown>;
  message?: string;
}

/** `/fingers/0/position` -> `fingers[0].position`; `extra` names a property the pointer stops before. */
export function fieldOfPointer(pointer: string, extra?: unknown): string | undefined {
  const parts = pointer.split('/').slice(1);
  if (typeof extra === 'string') parts.push(extra);
  let field = '';
  for (const p of parts) field += /^\d+$/.test(p) ? `[${p}]` : field ? `.${p}` : p;
  return field || undefined;
}

/** Counts have their own reason; a wrong type, an unknown property or a number out of range is INVALID_FIELD. */
const reasons: Record<string, string> = { maxItems: 'TOO_MANY_ITEMS' };

export function schemaErrorOf(first: SchemaError | undefined, message: string): AppError {
  const field = first ? fieldOfPointer(first.instancePath, first.params?.additionalProperty) : undefined;
  return new AppError(
    'INVALID_ARGUMENT',
    reasons[first?.keyword ?? ''] ?? 'INVALID_FIELD',
    // ajv says "must NOT have additional properties" without naming it: name it (the caller's own key).
    first?.keyword === 'additionalProperties' && field !== undefined
      ? `${field} is not a field of this request (fields use the proto names, e.g. target_fmr)`
      : message,
    field,
  );
}
