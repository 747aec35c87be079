// The proto contract at run time: reflection (for gRPC definitions, JSON schemas, server reflection) and the
// generated static codecs (for typed, fast encode/decode). Both come from proto/sinhtrac/v1.
import protobuf from 'protobufjs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { protoDir } from '../engine/repo-paths.ts';
import { sinhtrac } from '../proto/gen/sinhtrac.js';

export const protoRoot = protoDir;
export const protoFiles = readdirSync(join(protoRoot, 'sinhtrac/v1'))
  .filter((f) => f.endsWith('.proto'))
  .sort()
  .map((f) => join('sinhtrac/v1', f));

export const v1 = sinhtrac.v1;
export const packageName = 'sinhtrac.v1';

function loadReflection(): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (target.startsWith('/') ? target : join(protoRoot, target));
  // alternateCommentMode: the contract's `//` field comments become descriptions in the OpenAPI document.
  root.loadSync(protoFiles, { keepCase: true, alternateCommentMode: true });
  root.resolveAll();
  return root;
}

export const reflection = loadReflection();

/** The static codec class for a message of sinhtrac.v1 (e.g. "CompareFacesRequest"). */
export interface StaticCodec<T = unknown> {
  encode(message: T): protobuf.Writer;
  decode(reader: Uint8Array): T;
  fromObject(object: Record<string, unknown>): T;
  toObject(message: T, options?: protobuf.IConversionOptions): Record<string, unknown>;
}

export function codecOf(typeName: string): StaticCodec {
  const short = typeName.replace(/^\.?sinhtrac\.v1\./, '');
  const codec = (v1 as unknown as Record<string, StaticCodec | undefined>)[short];
  if (!codec) throw new Error(`no generated codec for ${typeName}: run npm run proto`);
  return codec;
}
