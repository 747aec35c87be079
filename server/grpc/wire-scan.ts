/**
 * A scan of a protobuf request's wire bytes before it is decoded: counts each repeated field against
 * server/request-limits.ts, bounds the fields per message, and refuses uint32 varints that do not fit 32 bits
 * (the decoder would silently keep the low 32 bits: 4294967298 would become 2). It reads tags and lengths only,
 * never allocates, and stops at the first excess, so 5 M empty fingers (10 MB) cost microseconds instead of the
 * decoder's ~2 s and 400 MB.
 */
import protobuf from 'protobufjs';
import { invalidArgument, type AppError } from '../errors.ts';
import { maxItemsOf, maxWireFieldsPerMessage } from '../request-limits.ts';

interface FieldPlan {
  name: string;
  maxItems: number | undefined;
  uint32: boolean;
  nested: MessagePlan | undefined;
}

interface MessagePlan {
  fields: Map<number, FieldPlan>;
}

const plans = new Map<string, MessagePlan>();

function planOf(type: protobuf.Type): MessagePlan {
  const cached = plans.get(type.fullName);
  if (cached) return cached;
  const plan: MessagePlan = { fields: new Map() };
  plans.set(type.fullName, plan);
  for (const f of type.fieldsArray) {
    const nested = f.resolvedType instanceof protobuf.Type ? f.resolvedType : undefined;
    if (f.repeated && !nested) {
      // Packed scalars would need their elements counted inside the length; no request has one yet.
      throw new Error(`${type.name}.${f.name}: repeated scalars are not scanned (server/grpc/wire-scan.ts)`);
    }
    plan.fields.set(f.id, {
      name: f.name,
      maxItems: f.repeated ? maxItemsOf(type.name, f.name) : undefined,
      uint32: f.type === 'uint32' || f.type === 'fixed32',
      nested: nested ? planOf(nested) : undefined,
    });
  }
  return plan;
}

const malformed = (message: string): AppError =>
  invalidArgument('INVALID_MESSAGE', `malformed protobuf: ${message}`);

/** Deepest nesting scanned: request messages nest two levels; anything deeper is refused, not recursed into. */
const maxDepth = 8;

function scanMessage(
  bytes: Uint8Array,
  start: number,
  end: number,
  plan: MessagePlan,
  path: string,
  depth: number,
): void {
  if (depth > maxDepth) throw malformed('messages nested too deeply');
  const counts = new Map<number, number>();
  let fields = 0;
  let pos = start;
  // Reads a varint at pos; the value as a double (exact up to 2^53, and larger values only need to be "large").
  const varint = (): number => {
    let value = 0;
    for (let i = 0, scale = 1; i < 10; i++, scale *= 128) {
      if (pos >= end) throw malformed('truncated varint');
      const b = bytes[pos++] as number;
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
    }
    throw malformed('varint longer than 10 bytes');
  };
  while (pos < end) {
    const tag = varint();
    if (++fields > maxWireFieldsPerMessage) {
      throw malformed(`more than ${maxWireFieldsPerMessage} fields in ${path || 'the message'}`);
    }
    const number = Math.floor(tag / 8);
    const wireType = tag % 8;
    const field = plan.fields.get(number);
    const name = field ? (path ? `${path}.${field.name}` : field.name) : '';
    let index = 0;
    if (field?.maxItems !== undefined) {
      index = counts.get(number) ?? 0;
      if (index >= field.maxItems) {
        throw invalidArgument('TOO_MANY_ITEMS', `${name} holds at most ${field.maxItems} items`, name);
      }
      counts.set(number, index + 1);
    }
    switch (wireType) {
      case 0: {
        const value = varint();
        if (field?.uint32 && value > 0xffffffff) {
          throw invalidArgument('INVALID_FIELD', `${name} is a uint32: at most 4294967295`, name);
        }
        break;
      }
      case 1:
        pos += 8;
        break;
      case 2: {
        const length = varint();
        if (length > end - pos) throw malformed('length beyond the end of the message');
        if (field?.nested) {
          const itemPath = field.maxItems !== undefined ? `${name}[${index}]` : name;
          scanMessage(bytes, pos, pos + length, field.nested, itemPath, depth + 1);
        }
        pos += length;
        break;
      }
      case 5:
        pos += 4;
        break;
      default:
        // 3/4 are proto2 groups (none in sinhtrac.v1), 6/7 do not exist.
        throw malformed(`wire type ${wireType}`);
    }
    if (pos > end) throw malformed('truncated field');
  }
}

/** Throws the AppError (TOO_MANY_ITEMS, INVALID_FIELD or INVALID_MESSAGE) of the first limit the bytes exceed. */
export function scanRequestBytes(type: protobuf.Type, bytes: Uint8Array): void {
  scanMessage(bytes, 0, bytes.byteLength, planOf(type), '', 0);
}
