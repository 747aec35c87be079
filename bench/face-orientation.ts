/**
 * Portraits sent turned (issue 17 item 3): how often the engine turns a portrait sent at 90/180/270 degrees back
 * upright, how often the turned face then matches the upright one, and what the orientation check costs.
 *   npm run bench:face-orientation -- [--data <LFW-layout dir>] [--limit N] [--target-fmr F]
 * Takes the first image of every (persons / N)-th person (from the 6th), writes its turned copies to a temporary
 * directory (removed at the end), and extracts each with the production engine and with one that never turns
 * (turnPortraits off), interleaved. Per turn: `turned_back` (the reported rotation undoes the turn),
 * `matches_upright` (score against the upright extraction >= the calibrated threshold at --target-fmr, default
 * 1e-3), `no_face`, and the same match rate without turning; per image the extra wall and CPU ms of the
 * orientation-checking engine over the one that does not check. One JSON line last on stdout.
 */
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { thresholdFor } from '../engine/decision/index.ts';
import { InputError } from '../engine/errors.ts';
import type { FaceExtraction } from '../engine/face/index.ts';
import { FaceEngine, compareFaceTemplates } from '../engine/face/index.ts';
import { parseArgs } from './lib/args.ts';
import { faceEngineOptionsFromArgs } from './lib/face-options.ts';
import { ProgressBar } from './lib/progress.ts';
import { printResult } from './lib/result.ts';
import { percentile } from './lib/stats.ts';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const turns = [0, 90, 180, 270] as const;
/** Offset of the first person taken: keeps the images apart from the scratch probe that set the thresholds. */
const firstPerson = 5;

interface Timed {
  x: FaceExtraction | undefined;
  wallMs: number;
  cpuMs: number;
}

async function timedExtract(engine: FaceEngine, bytes: Uint8Array): Promise<Timed> {
  const cpu = process.cpuUsage();
  const started = performance.now();
  let x: FaceExtraction | undefined;
  try {
    x = await engine.extract(bytes);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
  }
  const used = process.cpuUsage(cpu);
  return { x, wallMs: performance.now() - started, cpuMs: (used.user + used.system) / 1000 };
}

interface TurnStats {
  images: number;
  turnedBack: number;
  matches: number;
  matchesWithoutTurning: number;
  noFace: number;
  checked: number;
  extraWallMs: number[];
  extraCpuMs: number[];
}

const mean = (v: readonly number[]) => (v.length ? v.reduce((p, q) => p + q, 0) / v.length : 0);
const round = (v: number, digits = 2) => Number(v.toFixed(digits));

async function main(): Promise<void> {
  const args = parseArgs();
  const dataDir = resolve(repoRoot, args.string('data', '../shared/datasets/lfw'));
  const limit = args.number('limit', 200);
  const targetFmr = args.number('target-fmr', 1e-3);
  const threshold = thresholdFor('face', targetFmr);
  const options = faceEngineOptionsFromArgs(args);
  const [engine, notTurning] = await Promise.all([
    FaceEngine.load(options),
    FaceEngine.load({ ...options, turnPortraits: false }),
  ]);
  const persons = (await readdir(dataDir, { withFileTypes: true }))
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  const stride = Math.max(1, Math.floor((persons.length - firstPerson) / limit));
  const chosen = persons
    .filter((_, i) => i >= firstPerson && (i - firstPerson) % stride === 0)
    .slice(0, limit);
  const scratch = await mkdtemp(join(tmpdir(), 'sinhtrac-orientation-'));
  process.stderr.write(
    `face-orientation: ${chosen.length} images x ${turns.length} turns, copies in ${scratch}\n`,
  );
  const stats = new Map<number, TurnStats>(
    turns.map((t) => [
      t,
      {
        images: 0,
        turnedBack: 0,
        matches: 0,
        matchesWithoutTurning: 0,
        noFace: 0,
        checked: 0,
        extraWallMs: [],
        extraCpuMs: [],
      },
    ]),
  );
  let skipped = 0;
  // First runs of a session allocate; keep them out of the timings.
  const warmUp = await readdir(join(dataDir, chosen[0]!));
  for (const e of [engine, notTurning])
    await timedExtract(e, await readFile(join(dataDir, chosen[0]!, warmUp[0]!)));
  const bar = new ProgressBar('orientation', chosen.length);
  try {
    for (const [k, person] of chosen.entries()) {
      const file = (await readdir(join(dataDir, person))).filter((f) => f.endsWith('.jpg')).sort()[0];
      bar.tick();
      if (file === undefined) continue;
      const original = await readFile(join(dataDir, person, file));
      const reference = await timedExtract(notTurning, original);
      // An image without a face upright says nothing about orientation.
      if (reference.x === undefined) {
        skipped++;
        continue;
      }
      for (const turn of turns) {
        let bytes: Uint8Array = original;
        if (turn !== 0) {
          const path = join(scratch, `${k}-${turn}.jpg`);
          await writeFile(path, await sharp(original).rotate(turn).jpeg({ quality: 90 }).toBuffer());
          bytes = await readFile(path);
        }
        // Interleaved, order alternating: load drifts hit both engines alike.
        let on: Timed;
        let off: Timed;
        if (k % 2 === 0) {
          on = await timedExtract(engine, bytes);
          off = await timedExtract(notTurning, bytes);
        } else {
          off = await timedExtract(notTurning, bytes);
          on = await timedExtract(engine, bytes);
        }
        const s = stats.get(turn)!;
        s.images++;
        s.extraWallMs.push(on.wallMs - off.wallMs);
        s.extraCpuMs.push(on.cpuMs - off.cpuMs);
        if (on.x === undefined) s.noFace++;
        else {
          if (on.x.timingsMs.orientation > 0) s.checked++;
          if (on.x.rotationDegrees === (360 - turn) % 360) s.turnedBack++;
          if (compareFaceTemplates(reference.x.template, on.x.template) >= threshold) s.matches++;
        }
        if (off.x && compareFaceTemplates(reference.x.template, off.x.template) >= threshold) {
          s.matchesWithoutTurning++;
        }
      }
    }
  } finally {
    bar.finish();
    await rm(scratch, { recursive: true, force: true });
  }
  const perTurn: Record<string, unknown> = {};
  for (const [turn, s] of stats) {
    perTurn[String(turn)] = {
      images: s.images,
      turned_back: round(s.turnedBack / s.images, 4),
      matches_upright: round(s.matches / s.images, 4),
      matches_upright_without_turning: round(s.matchesWithoutTurning / s.images, 4),
      no_face: s.noFace,
      orientation_checked: round(s.checked / s.images, 4),
      extra_wall_ms_mean: round(mean(s.extraWallMs)),
      extra_wall_ms_p50: round(percentile(s.extraWallMs, 50)),
      extra_cpu_ms_mean: round(mean(s.extraCpuMs)),
      extra_cpu_ms_p50: round(percentile(s.extraCpuMs, 50)),
    };
  }
  const rotated = [90, 180, 270].map((t) => stats.get(t)!);
  const rotatedImages = rotated.reduce((p, s) => p + s.images, 0);
  printResult({
    bench: 'face-orientation',
    data: dataDir,
    engine_options: engine.options,
    images: chosen.length - skipped,
    skipped_no_upright_face: skipped,
    target_fmr: targetFmr,
    threshold,
    per_turn: perTurn,
    rotated_turned_back: round(rotated.reduce((p, s) => p + s.turnedBack, 0) / rotatedImages, 4),
    rotated_matches_upright: round(rotated.reduce((p, s) => p + s.matches, 0) / rotatedImages, 4),
    rotated_matches_upright_without_turning: round(
      rotated.reduce((p, s) => p + s.matchesWithoutTurning, 0) / rotatedImages,
      4,
    ),
    upright_false_turns: stats.get(0)!.images - stats.get(0)!.turnedBack - stats.get(0)!.noFace,
  });
  await Promise.all([engine.release(), notTurning.release()]);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
