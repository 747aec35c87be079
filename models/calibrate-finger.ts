/**
 * Fingerprint threshold calibration -> models/finger-calibration.json.
 *
 *   node --import tsx models/calibrate-finger.ts [--data ../shared/datasets/fingerprints] [--source images|iso]
 *                                                [--out models/finger-calibration.json]
 *
 * Templates: every image of every folder, extracted by sinhtrac (--source images, the default; DB3_B at 512 dpi,
 * the rest at 500) or the foreign ISO templates (--source iso). Genuine pairs: every pair of impressions of the
 * same finger within a folder. Impostor pairs: every pair of impressions of different fingers, within and across
 * folders, plus every pair involving a mirrored copy of a template (x flipped, angle reflected): a mirror image is
 * the print of no real finger, which multiplies the impostor count enough to measure FMR 1e-5 (>= 10 false matches
 * observed). A template against its own finger's mirrors is left out (near-symmetric arches would match it).
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from '../bench/lib/args.ts';
import { foldersHolding, fvcImagePattern, fvcSampleName } from '../bench/lib/fvc-folders.ts';
import { ProgressBar } from '../bench/lib/progress.ts';
import { printResult } from '../bench/lib/result.ts';
import { InputError } from '../engine/errors.ts';
import { decodeToGray, encodeTemplate, extractFromGray, importTemplate } from '../engine/finger/index.ts';
import type { FingerTemplate } from '../engine/finger/index.ts';
import { compareFingerTemplates, prepareFingerTemplate } from '../engine/finger/match.ts';
import type { PreparedFingerTemplate } from '../engine/finger/match.ts';
import { buildCalibration } from './calibrate.ts';
import { repoRoot } from '../engine/repo-paths.ts';

const imagePattern = fvcImagePattern;
/** Points of the impostor tail table: FMR steps of a quarter decade, while at least this many impostors remain. */
const tailMinImpostors = 3;

interface Sample {
  /** Folder-qualified finger id; mirrored copies get their own. */
  finger: string;
  /** The real finger a mirror came from (itself when not mirrored). */
  source: string;
  mirrored: boolean;
  prepared: PreparedFingerTemplate;
}

function mirror(t: FingerTemplate): FingerTemplate {
  return encodeTemplate({
    width: t.width,
    height: t.height,
    quality: t.quality,
    position: 0,
    minutiae: t.minutiae.map((m) => ({
      ...m,
      x: t.width - 1 - m.x,
      angleDeg: (((180 - m.angleDeg) % 360) + 360) % 360,
    })),
  });
}

async function loadTemplates(
  root: string,
  source: string,
): Promise<{ label: string; templates: [string, FingerTemplate][] }[]> {
  const out: { label: string; templates: [string, FingerTemplate][] }[] = [];
  if (source === 'iso') {
    const tplRoot = path.join(root, 'templates');
    for (const dir of foldersHolding(tplRoot, (f) => f.endsWith('.iso'))) {
      const files = readdirSync(dir)
        .filter((f) => f.endsWith('.iso'))
        .sort();
      out.push({
        label: path.relative(tplRoot, dir),
        templates: files.map((f) => [
          f.slice(0, -4),
          importTemplate(readFileSync(path.join(dir, f)), 'iso19794-2:2005'),
        ]),
      });
    }
    return out;
  }
  for (const dir of foldersHolding(root, (f) => imagePattern.test(f))) {
    if (path.relative(root, dir).split(path.sep).includes('templates')) continue;
    const label = path.relative(root, dir);
    const dpi = label.includes('DB3') ? 512 : 500;
    const files = readdirSync(dir)
      .filter((f) => imagePattern.test(f))
      .sort();
    const bar = new ProgressBar(`extract ${label}`, files.length);
    const templates: [string, FingerTemplate][] = [];
    for (const f of files) {
      try {
        const t = extractFromGray(await decodeToGray(readFileSync(path.join(dir, f))), { dpi });
        templates.push([f.replace(imagePattern, ''), t]);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
      }
      bar.tick();
    }
    bar.finish();
    out.push({ label, templates });
  }
  return out;
}

async function main(): Promise<void> {
  const args = parseArgs();
  const root = path.resolve(
    args.string('data', path.resolve(repoRoot, '..', 'shared', 'datasets', 'fingerprints')),
  );
  const source = args.string('source', 'images');
  const outFile = path.resolve(args.string('out', path.join(repoRoot, 'models', 'finger-calibration.json')));
  const sets = await loadTemplates(root, source);

  const samples: Sample[] = [];
  for (const set of sets) {
    for (const [name, t] of set.templates) {
      const finger = `${set.label}/${fvcSampleName(name)?.finger ?? name}`;
      samples.push({ finger, source: finger, mirrored: false, prepared: prepareFingerTemplate(t) });
      samples.push({
        finger: `${finger}~mirror`,
        source: finger,
        mirrored: true,
        prepared: prepareFingerTemplate(mirror(t)),
      });
    }
  }

  const genuine: number[] = [];
  const impostor: number[] = [];
  let impostorReal = 0;
  const bar = new ProgressBar('matching', samples.length);
  for (let i = 0; i < samples.length; i++) {
    const a = samples[i]!;
    for (let j = i + 1; j < samples.length; j++) {
      const b = samples[j]!;
      if (a.finger === b.finger) {
        if (!a.mirrored) genuine.push(compareFingerTemplates(a.prepared, b.prepared));
      } else if (a.source !== b.source) {
        impostor.push(compareFingerTemplates(a.prepared, b.prepared));
        if (!a.mirrored && !b.mirrored) impostorReal++;
      }
    }
    bar.tick();
  }
  bar.finish();

  const sorted = Float64Array.from(impostor).sort().reverse();
  const tail: [number, number][] = [[0, 1]];
  for (let k = 1; ; k++) {
    const fmr = 10 ** (-k / 4);
    const index = Math.floor(fmr * sorted.length);
    if (index < tailMinImpostors) break;
    const score = sorted[index]!;
    // At least `index` impostors score strictly above; the tail is what reaches score or more.
    let above = index;
    while (above + 1 < sorted.length && sorted[above + 1]! >= score) above++;
    const measured = (above + 1) / sorted.length;
    if (score > tail[tail.length - 1]![0])
      tail.push([Number(score.toFixed(4)), Number(measured.toPrecision(4))]);
  }

  const datasetNames = sets.map((s) => `${s.label} (${s.templates.length})`).join(', ');
  const calibration = buildCalibration({
    modality: 'finger',
    model: 'sinhtrac-finger-matcher-1',
    templateVersion: 1,
    score:
      'st_match similarity (>= 0): (paired minutiae + agreeing edges) x edge agreement, squared, over the smaller minutiae count; fused sets on the same scale',
    method:
      `templates from ${source === 'iso' ? 'the foreign SourceAFIS ISO 19794-2 exports' : 'sinhtrac extraction of every image (DB3_B at 512 dpi)'}; ` +
      'genuine = every same-finger impression pair within a folder; impostor = every different-finger pair of all impressions within and across folders ' +
      `(${impostorReal} pairs) plus every pair with a mirrored template (x flipped, angle reflected; never against its own finger), ` +
      'threshold = lowest score admitting at most floor(target x impostors) impostor scores',
    dataset: `../shared/datasets/fingerprints: ${datasetNames}`,
    genuine: Float64Array.from(genuine),
    impostor: Float64Array.from(impostor),
    targets: [1e-3, 1e-4, 1e-5],
    defaultTargetFmr: 1e-4,
    extra: {
      matcher: 'sinhtrac-finger-matcher-1 (engine/native/matcher.c, prepared layout 1)',
      impostor_pairs_real: impostorReal,
      impostor_tail: tail,
      impostor_tail_note:
        '[score, measured fraction of impostor pairs scoring >= score]; engine/finger/match-fusion.ts interpolates it in log10 FMR and extends the last segment beyond the data',
    },
  });
  writeFileSync(outFile, `${JSON.stringify(calibration, null, 2)}\n`);
  printResult({
    out: path.relative(repoRoot, outFile),
    genuine_pairs: genuine.length,
    impostor_pairs: impostor.length,
    impostor_pairs_real: impostorReal,
    thresholds: calibration.thresholds,
  });
}

await main();
