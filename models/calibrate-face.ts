/**
 * Fits the face score fusion and calibrates face thresholds on every LFW image in a folder, through the public
 * FaceEngine (production options):
 *   node --import tsx models/calibrate-face.ts [--data ../shared/datasets/lfw] [--out models/face-calibration.json]
 *                                              [--fusion-out models/face-score-fusion.json]
 * Genuine pairs: every pair of images of the same person. Impostor pairs: every pair of images of different
 * people (millions, which is what resolves FMR 1e-4 and 1e-5; the 1,500 official mismatched pairs only resolve
 * ~1e-3). Images where no face is acquired are left out and counted in the file.
 * 1. Fusion (models/fit-face-fusion.ts) is fitted on these pairs minus the benchmark pairs of <data>/pairs.txt,
 *    so that bench:lfw does not score the pairs the weights were fitted on.
 * 2. Thresholds are placed on the fused scores of all pairs (a threshold is one number; all pairs resolve it best).
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { InputError } from '../engine/errors.ts';
import { FaceEngine, currentFaceTemplateVersion, decodeFaceTemplate } from '../engine/face/index.ts';
import { l2Normalise } from '../engine/face/embed.ts';
import { readManifest } from '../engine/face/models.ts';
import type { FaceScoreFusion } from '../engine/face/score-fusion.ts';
import { parseArgs } from '../bench/lib/args.ts';
import { ProgressBar } from '../bench/lib/progress.ts';
import { printResult } from '../bench/lib/result.ts';
import { parsePairs } from '../bench/lfw.ts';
import { buildCalibration } from './calibrate.ts';
import { ScoreMoments, fitFisherFusion } from './fit-face-fusion.ts';
import { repoRoot } from '../engine/repo-paths.ts';

function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k]! * b[k]!;
  return s;
}

async function main(): Promise<void> {
  const args = parseArgs();
  const dataDir = resolve(repoRoot, args.string('data', '../shared/datasets/lfw'));
  const outPath = resolve(repoRoot, args.string('out', 'models/face-calibration.json'));
  const fusionPath = resolve(repoRoot, args.string('fusion-out', 'models/face-score-fusion.json'));
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

  const modelIds = engine.modelIds;
  const embeddings: Float32Array[][] = []; // [image][model]
  const personOf: number[] = [];
  const fileOf: string[] = [];
  let failures = 0;
  const bar = new ProgressBar('calibrate: extract', images.length);
  for (const image of images) {
    try {
      const x = await engine.extract(await readFile(join(dataDir, image.file)));
      const t = decodeFaceTemplate(x.template);
      // Dequantised int8 templates are unit length only to within ~1e-3; compare normalises too.
      embeddings.push(
        modelIds.map((id) => l2Normalise(t.embeddings.find((e) => e.modelId === id)!.embedding)),
      );
      personOf.push(image.person);
      fileOf.push(image.file);
    } catch (err) {
      if (!(err instanceof InputError)) throw err;
      failures++;
    }
    bar.tick();
  }
  bar.finish();
  await engine.release();

  const pairsFile = join(dataDir, 'pairs.txt');
  const benchmark = new Set<string>();
  if (existsSync(pairsFile)) {
    for (const p of parsePairs(await readFile(pairsFile, 'utf8')).pairs)
      benchmark.add([p.a, p.b].sort().join('|'));
  }

  // Pass 1: every pair's per-model cosines; moments of the non-benchmark pairs for the fusion fit.
  const n = embeddings.length;
  const k = modelIds.length;
  const pairCount = (n * (n - 1)) / 2;
  const cosines = modelIds.map(() => new Float32Array(pairCount));
  const genuinePair = new Uint8Array(pairCount);
  const genuineMoments = new ScoreMoments(k);
  const impostorMoments = new ScoreMoments(k);
  const x = new Float64Array(k);
  let excluded = 0;
  let p = 0;
  for (let i = 0; i < n; i++) {
    for (let j = i + 1; j < n; j++, p++) {
      for (let m = 0; m < k; m++) x[m] = cosines[m]![p] = dot(embeddings[i]![m]!, embeddings[j]![m]!);
      const genuine = personOf[i] === personOf[j];
      genuinePair[p] = genuine ? 1 : 0;
      if (benchmark.has([fileOf[i], fileOf[j]].sort().join('|'))) {
        excluded++;
        continue;
      }
      (genuine ? genuineMoments : impostorMoments).add(x);
    }
  }
  const fitted = fitFisherFusion(genuineMoments, impostorMoments);
  const manifest = readManifest();
  const modelsDescribed = modelIds.map((id) => {
    const [name, entry] = Object.entries(manifest.models).find(([, e]) => e.template_model_id === id)!;
    return `${id}: ${name} (${entry.package}/${entry.path})`;
  });
  const fusion: FaceScoreFusion & Record<string, unknown> = {
    rule:
      "score = offset + sum of weight * cosine over the models: Fisher's linear discriminant of the per-model cosine " +
      'scores (w = S^-1 (genuine mean - impostor mean), S = mean of the two class covariances), shifted and scaled ' +
      'so that impostor scores have mean 0 and standard deviation 1. Fitted by models/calibrate-face.ts.',
    models: modelIds.map((id, m) => ({ model_id: id, weight: Number(fitted.weights[m]!.toPrecision(8)) })),
    offset: Number(fitted.offset.toPrecision(8)),
    fitted_on:
      `LFW images of ${dataDir.split('/').slice(-1)[0]}: all same-person pairs (${genuineMoments.count}) and ` +
      `different-person pairs (${impostorMoments.count}) except the ${excluded} pairs of its pairs.txt`,
    models_described: modelsDescribed,
    class_means: { genuine: genuineMoments.mean(), impostor: impostorMoments.mean() },
    created: new Date().toISOString().slice(0, 10),
  };
  await writeFile(fusionPath, `${JSON.stringify(fusion, null, 2)}\n`);

  // Pass 2: thresholds on the fused score of every pair.
  let genuineCount = 0;
  for (const g of genuinePair) genuineCount += g;
  const genuine = new Float64Array(genuineCount);
  const impostor = new Float64Array(pairCount - genuineCount);
  let g = 0;
  let m = 0;
  for (let q = 0; q < pairCount; q++) {
    let s = fitted.offset;
    for (let c = 0; c < k; c++) s += fitted.weights[c]! * cosines[c]![q]!;
    if (genuinePair[q]) genuine[g++] = s;
    else impostor[m++] = s;
  }

  const calibration = buildCalibration({
    modality: 'face',
    model: modelsDescribed.join('; ') + ' (fused: models/face-score-fusion.json)',
    templateVersion: currentFaceTemplateVersion,
    score: 'fused per-model cosines (impostor standard deviations above the impostor mean)',
    method:
      'All same-person image pairs (genuine) and all different-person image pairs (impostor) among the LFW images ' +
      'of the dataset folder, one template per image from FaceEngine.extract with production options ' +
      `(flip=${engine.options.flip}), scored by the fusion rule fitted on the same pairs minus the benchmark pairs; ` +
      'threshold = smallest value on a 1e-6 grid above the (floor(target*impostors)+1)-th highest impostor score; ' +
      'targets kept only when >= 10 false matches are observable. Impostor pairs share images, so they are not ' +
      'independent: treat 1e-5 as indicative. Script: models/calibrate-face.ts.',
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
  printResult({
    bench: 'calibrate-face',
    out: outPath,
    fusion: fusionPath,
    ...calibration,
    method: undefined,
  });
}

await main();
