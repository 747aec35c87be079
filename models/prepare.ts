/**
 * Install-time check (`postinstall`): every model file named in models/manifest.json exists inside its npm package
 * with the pinned sha256. Exits non-zero with the reason otherwise, so a broken install fails loudly instead of at
 * the first request.
 */
import { existsSync } from 'node:fs';
import type { FaceModelName } from '../engine/face/models.ts';
import { modelFilePath, readManifest, readVerifiedModel } from '../engine/face/models.ts';

function main(): number {
  const manifest = readManifest();
  let failures = 0;
  for (const name of Object.keys(manifest.models) as FaceModelName[]) {
    const entry = manifest.models[name];
    let file: string;
    try {
      file = modelFilePath(entry);
    } catch {
      console.error(`models/prepare: ${name}: package ${entry.package} is not installed`);
      failures++;
      continue;
    }
    if (!existsSync(file)) {
      console.error(
        `models/prepare: ${name}: ${file} is missing from ${entry.package}@${entry.package_version}`,
      );
      failures++;
      continue;
    }
    try {
      readVerifiedModel(name, manifest);
      console.error(`models/prepare: ${name}: ${entry.path} sha256 ok`);
    } catch (err) {
      console.error(`models/prepare: ${(err as Error).message}`);
      failures++;
    }
  }
  return failures;
}

const failures = main();
if (failures > 0) {
  console.error(`models/prepare: ${failures} model file(s) failed verification`);
  process.exit(1);
}
