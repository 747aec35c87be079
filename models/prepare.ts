/**
 * Install-time step (`postinstall`): every model file named in models/manifest.json exists inside its npm package
 * with the pinned sha256, and every derived model (a package's weights converted to ONNX, deterministic and offline)
 * is built into models/derived/ and checked against its pinned sha256. Exits non-zero with the reason otherwise,
 * so a broken install fails loudly instead of at the first request.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { FaceModelName, ModelEntry, PackageFile } from '../engine/face/models.ts';
import {
  derivedModelPath,
  modelFilePath,
  readManifest,
  readVerifiedFile,
  sha256Hex,
} from '../engine/face/models.ts';
import { dlibResnetOnnx } from './onnx/dlib-resnet.ts';
import { decomposePRelu } from './onnx/prelu-decompose.ts';

/** Converters by the name models/manifest.json gives them: package files in (main file first), ONNX bytes out. */
const converters: Record<string, (files: Uint8Array[]) => Uint8Array> = {
  'dlib-resnet-tfjs': ([bin, weightsManifest]) =>
    dlibResnetOnnx(JSON.parse(new TextDecoder().decode(weightsManifest)), bin!),
  'prelu-decompose': ([onnx]) => decomposePRelu(onnx!),
};

/** Ensures the derived model exists with the pinned sha256, converting it from the verified sources if not. */
function prepareDerived(
  name: string,
  entry: ModelEntry,
  derived: PackageFile & { converter: string },
  sources: Uint8Array[],
): void {
  const file = derivedModelPath({ ...entry, derived });
  if (existsSync(file) && sha256Hex(readFileSync(file)) === derived.sha256) {
    console.error(`models/prepare: ${name}: ${derived.path} sha256 ok`);
    return;
  }
  const convert = converters[derived.converter];
  if (convert === undefined) throw new Error(`unknown converter ${derived.converter}`);
  const bytes = convert(sources);
  const sha256 = sha256Hex(bytes);
  if (sha256 !== derived.sha256) {
    throw new Error(`${name}: converted model has sha256 ${sha256}, manifest pins ${derived.sha256}`);
  }
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, bytes);
  console.error(`models/prepare: ${name}: wrote ${derived.path} (sha256 ok)`);
}

function prepare(name: FaceModelName, entry: ModelEntry): void {
  let main: string;
  try {
    main = modelFilePath(entry);
  } catch {
    throw new Error(`${name}: package ${entry.package} is not installed`);
  }
  const files: PackageFile[] = [{ path: entry.path, sha256: entry.sha256 }, ...(entry.extra_files ?? [])];
  const sources = files.map((f) => {
    const file = f.path === entry.path ? main : modelFilePath(entry, f.path);
    if (!existsSync(file))
      throw new Error(`${name}: ${file} is missing from ${entry.package}@${entry.package_version}`);
    return readVerifiedFile(file, f.sha256, `${name} file ${f.path}`);
  });
  console.error(`models/prepare: ${name}: ${files.map((f) => f.path).join(', ')} sha256 ok`);
  if (entry.derived !== undefined) prepareDerived(name, entry, entry.derived, sources);
}

const manifest = readManifest();
let failures = 0;
for (const name of Object.keys(manifest.models) as FaceModelName[]) {
  try {
    prepare(name, manifest.models[name]);
  } catch (err) {
    console.error(`models/prepare: ${(err as Error).message}`);
    failures++;
  }
}
if (failures > 0) {
  console.error(`models/prepare: ${failures} model(s) failed verification`);
  process.exit(1);
}
