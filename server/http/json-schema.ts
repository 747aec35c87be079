import protobuf from 'protobufjs';
import { packageName, reflection } from '../contract.ts';
import { maxItemsOf } from '../request-limits.ts';

type JsonSchema = Record<string, unknown>;

const scalar: Record<string, JsonSchema> = {
  double: { type: 'number' },
  float: { type: 'number' },
  // The codec wraps 32-bit values modulo 2^32 (4294967297 would become 1): out of range is refused here.
  int32: { type: 'integer', minimum: -2147483648, maximum: 2147483647 },
  sint32: { type: 'integer', minimum: -2147483648, maximum: 2147483647 },
  sfixed32: { type: 'integer', minimum: -2147483648, maximum: 2147483647 },
  uint32: { type: 'integer', minimum: 0, maximum: 4294967295 },
  fixed32: { type: 'integer', minimum: 0, maximum: 4294967295 },
  int64: { type: 'integer' },
  sint64: { type: 'integer' },
  sfixed64: { type: 'integer' },
  uint64: { type: 'integer', minimum: 0 },
  fixed64: { type: 'integer', minimum: 0 },
  bool: { type: 'boolean' },
  string: { type: 'string' },
  bytes: { type: 'string', contentEncoding: 'base64' },
};

function fieldSchema(message: protobuf.Type, field: protobuf.Field, seen: Set<string>): JsonSchema {
  let item: JsonSchema;
  if (field.resolvedType instanceof protobuf.Type) item = messageSchema(field.resolvedType, seen);
  else if (field.resolvedType instanceof protobuf.Enum)
    item = { type: 'string', title: field.resolvedType.name, enum: Object.keys(field.resolvedType.values) };
  else item = { ...(scalar[field.type] ?? {}) };
  if (field.comment) item.description = field.comment;
  if (!field.repeated) return item;
  const maxItems = maxItemsOf(message.name, field.name);
  return maxItems === undefined ? { type: 'array', items: item } : { type: 'array', maxItems, items: item };
}

function messageSchema(type: protobuf.Type, seen: Set<string>): JsonSchema {
  if (seen.has(type.fullName)) return { type: 'object' };
  const inner = new Set(seen).add(type.fullName);
  const properties: Record<string, JsonSchema> = {};
  for (const field of type.fieldsArray) properties[field.name] = fieldSchema(type, field, inner);
  // The title names the message: the OpenAPI document (openapi.ts) hoists it into components.schemas.
  return { type: 'object', title: type.name, additionalProperties: false, properties };
}

/** JSON Schema of a sinhtrac.v1 message in its HTTP form (proto field names, bytes as base64 strings). */
export function jsonSchemaOf(messageName: string): JsonSchema {
  return messageSchema(reflection.lookupType(`${packageName}.${messageName}`), new Set());
}
