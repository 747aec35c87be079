import protobuf from 'protobufjs';
import { packageName, reflection } from '../contract.ts';

type JsonSchema = Record<string, unknown>;

const scalar: Record<string, JsonSchema> = {
  double: { type: 'number' },
  float: { type: 'number' },
  int32: { type: 'integer' },
  sint32: { type: 'integer' },
  sfixed32: { type: 'integer' },
  uint32: { type: 'integer', minimum: 0 },
  fixed32: { type: 'integer', minimum: 0 },
  int64: { type: 'integer' },
  sint64: { type: 'integer' },
  sfixed64: { type: 'integer' },
  uint64: { type: 'integer', minimum: 0 },
  fixed64: { type: 'integer', minimum: 0 },
  bool: { type: 'boolean' },
  string: { type: 'string' },
  bytes: { type: 'string', contentEncoding: 'base64' },
};

function fieldSchema(field: protobuf.Field, seen: Set<string>): JsonSchema {
  let item: JsonSchema;
  if (field.resolvedType instanceof protobuf.Type) item = messageSchema(field.resolvedType, seen);
  else if (field.resolvedType instanceof protobuf.Enum)
    item = { type: 'string', enum: Object.keys(field.resolvedType.values) };
  else item = { ...(scalar[field.type] ?? {}) };
  if (field.comment) item.description = field.comment;
  return field.repeated ? { type: 'array', items: item } : item;
}

function messageSchema(type: protobuf.Type, seen: Set<string>): JsonSchema {
  if (seen.has(type.fullName)) return { type: 'object' };
  const inner = new Set(seen).add(type.fullName);
  const properties: Record<string, JsonSchema> = {};
  for (const field of type.fieldsArray) properties[field.name] = fieldSchema(field, inner);
  return { type: 'object', additionalProperties: false, properties };
}

/** JSON Schema of a sinhtrac.v1 message in its HTTP form (proto field names, bytes as base64 strings). */
export function jsonSchemaOf(messageName: string): JsonSchema {
  return messageSchema(reflection.lookupType(`${packageName}.${messageName}`), new Set());
}
