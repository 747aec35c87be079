/**
 * LFW verification accuracy through the public FaceEngine: of the engine's (fused) face score, and of each
 * embedding model's cosine alone (`per_model`, keyed by manifest template_model_id).
 *   npm run bench:lfw -- [--data <dir>] [--flip|--no-flip] [--mirror-landmarks|--no-mirror-landmarks]
 *                        [--threads N] [--graph basic|all|...]   (default: the engine's production options)
 * <dir> holds pairs.txt (header "folds pairs-per-side"; matched "name i j", mismatched "name1 i name2 j") and
 * name/name_000i.jpg. A failure to acquire (no face, unreadable image) is a wrong answer in every fold and at
 * every threshold: a genuine pair scores -inf, an impostor pair +inf.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FaceEngine, compareFaceTemplates, faceCosines } from '../engine/face/index.ts';
import { InputError } from '../engine/errors.ts';
import { parseArgs } from './lib/args.ts';
import { faceEngineOptionsFromArgs } from './lib/face-options.ts';
import { ProgressBar } from './lib/progress.ts';
import { printResult } from './lib/result.ts';
import { percentile } from './lib/stats.ts';
import type { LabelledScore } from './lib/verification.ts';
import { crossValidatedAccuracy, tarAtFar } from './lib/verification.ts';

interface Pair {
  fold: number;
  genuine: boolean;
  a: string;
  b: string;
}

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

function imagePath(name: string, index: string): string {
  return join(name, `${name}_${index.padStart(4, '0')}.jpg`);
}

export function parsePairs(text: string): { folds: number; pairs: Pair[] } {
  const lines = text.split(/\r?\n/).filter((l) => l.trim() !== '');
  const header = (lines.shift() ?? '').trim().split(/\s+/).map(Number);
  const folds = header.length >= 2 ? header[0]! : 1;
  const perSide = header.length >= 2 ? header[1]! : header[0]!;
  if (!(folds > 0) || !(perSide > 0)) throw new Error('pairs.txt: header must be "folds pairs-per-side"');
  const pairs = lines.map((line, i): Pair => {
    const f = line.trim().split(/\s+/);
    const fold = Math.floor(i / (2 * perSide));
    if (f.length === 3)
      return { fold, genuine: true, a: imagePath(f[0]!, f[1]!), b: imagePath(f[0]!, f[2]!) };
    if (f.length === 4)
      return { fold, genuine: false, a: imagePath(f[0]!, f[1]!), b: imagePath(f[2]!, f[3]!) };
    throw new Error(`pairs.txt line ${i + 2}: expected 3 or 4 fields, got ${f.length}`);
  });
  return { folds: Math.max(1, Math.ceil(pairs.length / (2 * perSide))), pairs };
}

async function main(): Promise<void> {
  const args = parseArgs();
  const dataDir = resolve(repoRoot, args.string('data', '../shared/datasets/lfw'));
  const engine = await FaceEngine.load(faceEngineOptionsFromArgs(args));
  const { folds, pairs } = parsePairs(await readFile(join(dataDir, 'pairs.txt'), 'utf8'));
  const images = [...new Set(pairs.flatMap((p) => [p.a, p.b]))];
  process.stderr.write(
    `lfw: ${pairs.length} pairs in ${folds} folds, ${images.length} images, flip=${engine.options.flip} mirrorLandmarks=${engine.options.mirrorLandmarks}\n`,
  );

  // Each image is embedded once per run.
  const templates = new Map<string, Uint8Array | null>();
  const failures = new Map<string, string>();
  const extractMs: number[] = [];
  const bar = new ProgressBar('extract', images.length);
  for (const image of images) {
    const started = performance.now();
    try {
      const x = await engine.extract(await readFile(join(dataDir, image)));
      templates.set(image, x.template);
    } catch (err) {
      if (!(err instanceof InputError) && (err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
      templates.set(image, null);
      failures.set(image, err instanceof InputError ? err.code : 'MISSING_FILE');
    }
    extractMs.push(performance.now() - started);
    bar.tick();
  }
  bar.finish();

  // A pair with a failure to acquire scores as a wrong answer at every threshold, for every score.
  const failed = (p: Pair) => (p.genuine ? -Infinity : Infinity);
  const scored: Array<LabelledScore & { fold: number }> = pairs.map((p) => {
    const ta = templates.get(p.a);
    const tb = templates.get(p.b);
    const score = ta != null && tb != null ? compareFaceTemplates(ta, tb) : failed(p);
    return { fold: p.fold, genuine: p.genuine, score };
  });
  const cv = crossValidatedAccuracy(scored, folds);
  const perModel: Record<string, unknown> = {};
  for (const id of engine.modelIds) {
    const alone = pairs.map((p) => {
      const ta = templates.get(p.a);
      const tb = templates.get(p.b);
      const score = ta != null && tb != null ? faceCosines(ta, tb).get(id)! : failed(p);
      return { fold: p.fold, genuine: p.genuine, score };
    });
    const cvAlone = crossValidatedAccuracy(alone, folds);
    perModel[String(id)] = {
      accuracy: cvAlone.accuracy,
      accuracy_std: cvAlone.accuracyStd,
      'tar_at_far_1e-3': tarAtFar(alone, 1e-3),
    };
  }
  const failedPairs = scored.filter((s) => !Number.isFinite(s.score)).length;
  printResult({
    bench: 'lfw',
    data: dataDir,
    engine_options: engine.options,
    pairs: pairs.length,
    folds,
    images: images.length,
    accuracy: cv.accuracy,
    accuracy_std: cv.accuracyStd,
    fold_thresholds: cv.thresholds,
    'tar_at_far_1e-3': tarAtFar(scored, 1e-3),
    'tar_at_far_1e-2': tarAtFar(scored, 1e-2),
    per_model: perModel,
    failures_to_acquire: failures.size,
    pairs_with_failure_to_acquire: failedPairs,
    failure_codes: Object.fromEntries(
      [...failures.values()].reduce((m, c) => m.set(c, (m.get(c) ?? 0) + 1), new Map<string, number>()),
    ),
    extract_ms_p50: percentile(extractMs, 50),
    extract_ms_p95: percentile(extractMs, 95),
  });
  await engine.release();
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
