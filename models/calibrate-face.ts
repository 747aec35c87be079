/**
 * Calibrates face thresholds on every LFW image in a folder through the public FaceEngine (production options):
 *   node --import tsx models/calibrate-face.ts [--data ../shared/datasets/lfw] [--out models/face-calibration.json]
 * Genuine pairs: every pair of images of the same person. Impostor pairs: every pair of images of different
 * people (millions, which is what resolves FMR 1e-4 and 1e-5; the 1,500 official mismatched pairs only resolve
 * ~1e-3). Images where no face is acquired are left out of calibration and counted in the file.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { InputError } from '../engine/errors.ts';
import { FaceEngine, currentFaceTemplateVersion, decodeFaceTemplate } from '../engine/face/index.ts';
import { parseArgs } from '../bench/lib/args.ts';
import { ProgressBar } from '../bench/lib/progress.ts';
import { printResult } from '../bench/lib/result.ts';
import { readManifest } from '../engine/face/models.ts';
import { buildCalibration } from './calibrate.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

async function main(): Promise<void> {
  const args = parseArgs();
  const dataDir = resolve(repoRoot, args.string('data', '../shared/datasets/lfw'));
  const outPath = resolve(repoRoot, args.string('out', 'models/face-calibration.json'));
  const engine = await FaceEngine.load();

  const people = (await readdir(dataDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name);
  people.sort();
  const images: Array<{ person: number; file: string }> = [];
  for (const [person, name] of people.entries()) {
    for (const file of (await readdir(join(dataDir, name))).filter((f) => f.endsWith('.jpg')).sort()) {
      images.push({ person, file: join(name, file) });
    }
  }

  const embeddings: Float32Array[] = [];
  const personOf: number[] = [];
  let failures = 0;
  const bar = new ProgressBar('calibrate: extract', images.length);
  for (const image of images) {
    try {
      const x = await engine.extract(await readFile(join(dataDir, image.file)));
      embeddings.push(decodeFaceTemplate(x.template).embedding);
      personOf.push(image.person);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      failures++;
    }
    bar.tick();
  }
  bar.finish();
  await engine.release();

  const n = embeddings.length;
  let genuineCount = 0;
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) if (personOf[i] === personOf[j]) genuineCount++;
  const genuine = new Float64Array(genuineCount);
  const impostor = new Float64Array((n * (n - 1)) / 2 - genuineCount);
  // Dequantised int8 templates are unit length only to within ~1e-3: normalise exactly as compare does.
  const norms = embeddings.map((e) => Math.sqrt(e.reduce((p, v) => p + v * v, 0)));
  let g = 0;
  let m = 0;
  for (let i = 0; i < n; i++) {
    const a = embeddings[i]!;
    for (let j = i + 1; j < n; j++) {
      const b = embeddings[j]!;
      let dot = 0;
      for (let k = 0; k < a.length; k++) dot += a[k]! * b[k]!;
      const score = dot / (norms[i]! * norms[j]!);
      if (personOf[i] === personOf[j]) genuine[g++] = score;
      else impostor[m++] = score;
    }
  }

  const entry = readManifest().models.face_embedding;
  const calibration = buildCalibration({
    modality: 'face',
    model: `${entry.package}@${entry.package_version}/${entry.path} sha256:${entry.sha256.slice(0, 16)} (template model id ${engine.modelId})`,
    templateVersion: currentFaceTemplateVersion,
    score: 'cosine',
    method:
      'All same-person image pairs (genuine) and all different-person image pairs (impostor) among the LFW images ' +
      'of the dataset folder, one template per image from FaceEngine.extract with production options ' +
      `(flip=${engine.options.flip}); threshold = smallest value on a 1e-6 grid above the ` +
      '(floor(target*impostors)+1)-th highest impostor score; targets kept only when >= 10 false matches are observable. ' +
      'Impostor pairs share images, so they are not independent: treat 1e-5 as indicative. Script: models/calibrate-face.ts.',
    dataset: `LFW (images of View 2 folds 1-5 as shipped in ../shared/datasets/lfw): ${people.length} people, ${images.length} images, ${failures} failures to acquire excluded`,
    genuine,
    impostor,
    targets: [1e-2, 1e-3, 1e-4, 1e-5, 1e-6],
    defaultTargetFmr: 1e-4,
    extra: {
      images: images.length,
      people: people.length,
      failures_to_acquire: failures,
      created: new Date().toISOString().slice(0, 10),
    },
  });
  await writeFile(outPath, `${JSON.stringify(calibration, null, 2)}\n`);
  printResult({ bench: 'calibrate-face', out: outPath, ...calibration, method: undefined });
}

await main();
