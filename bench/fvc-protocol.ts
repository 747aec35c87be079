/**
 * FVC matching protocol on one folder's templates: EER, FMR100, FMR1000, ZeroFMR, comparison counts, 1:1 speed
 * (with and without probe preparation, per CPU second of one thread), and a DET curve PNG in bench/out/.
 *
 * Genuine: every pair of impressions of the same finger (i < j). Impostor: first impression of each finger against
 * the first impression of every other finger (i < j). An image that failed to enrol scores 0 in every comparison
 * it takes part in (it still counts, as FVC counts it).
 *
 * Also runnable alone on a folder tree of foreign ISO/ANSI templates (e.g. the SourceAFIS exports):
 *   node --import tsx bench/fvc-protocol.ts --templates ../shared/datasets/fingerprints/templates [--format iso]
 * and across engines (probe: sinhtrac extraction of the image, reference: the foreign template of the other image;
 * images looked up next to the templates folder, DB3_B at 512 dpi):
 *   node --import tsx bench/fvc-protocol.ts --against images
 */
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import sharp from 'sharp';
import { compareFingerTemplates, prepareFingerTemplate } from '../engine/finger/match.ts';
import type { PreparedFingerTemplate } from '../engine/finger/match.ts';
import { InputError } from '../engine/errors.ts';
import { decodeToGray, extractFromGray } from '../engine/finger/index.ts';
import { importTemplate } from '../engine/finger/template.ts';
import type { FingerTemplate } from '../engine/finger/template.ts';
import { parseArgs } from './lib/args.ts';
import { foldersHolding, fvcSampleName } from './lib/fvc-folders.ts';
import { ProgressBar } from './lib/progress.ts';
import { printResult } from './lib/result.ts';

export interface FvcProtocolSample {
  finger: string;
  impression: number;
  /** Absent when the image failed to enrol. */
  template?: FingerTemplate;
}

export interface FvcProtocolResult {
  eer: number;
  fmr100: number;
  fmr1000: number;
  zero_fmr: number;
  genuine: number;
  impostor: number;
  match_per_s: number;
  prepared_match_per_s: number;
}

interface Pair {
  a: FvcProtocolSample;
  b: FvcProtocolSample;
}

/** Genuine and impostor pairs of the FVC protocol. */
export function fvcPairs(samples: readonly FvcProtocolSample[]): { genuine: Pair[]; impostor: Pair[] } {
  const byFinger = new Map<string, FvcProtocolSample[]>();
  for (const s of samples) {
    const list = byFinger.get(s.finger) ?? [];
    list.push(s);
    byFinger.set(s.finger, list);
  }
  const fingers = [...byFinger.keys()].sort();
  const genuine: Pair[] = [];
  const firsts: FvcProtocolSample[] = [];
  for (const f of fingers) {
    const list = byFinger.get(f)!.sort((p, q) => p.impression - q.impression);
    firsts.push(list[0]!);
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) genuine.push({ a: list[i]!, b: list[j]! });
    }
  }
  const impostor: Pair[] = [];
  for (let i = 0; i < firsts.length; i++) {
    for (let j = i + 1; j < firsts.length; j++) impostor.push({ a: firsts[i]!, b: firsts[j]! });
  }
  return { genuine, impostor };
}

/** Error rates of accepting score >= t, at every distinct threshold (ascending), plus one above all scores. */
export function errorCurve(genuine: readonly number[], impostor: readonly number[]) {
  const g = [...genuine].sort((p, q) => p - q);
  const im = [...impostor].sort((p, q) => p - q);
  const thresholds = [...new Set([...g, ...im])].sort((p, q) => p - q);
  thresholds.push(Number.POSITIVE_INFINITY);
  const points: { threshold: number; fmr: number; fnmr: number }[] = [];
  let gi = 0;
  let ii = 0;
  for (const t of thresholds) {
    while (gi < g.length && g[gi]! < t) gi++;
    while (ii < im.length && im[ii]! < t) ii++;
    points.push({ threshold: t, fmr: (im.length - ii) / im.length, fnmr: gi / g.length });
  }
  return points;
}

/** FVC error indicators from score lists (fractions, not percent). */
export function errorRates(genuine: readonly number[], impostor: readonly number[]) {
  const curve = errorCurve(genuine, impostor);
  // EER as FVC defines it: t1 = last threshold with FNMR <= FMR, t2 = first with FNMR >= FMR; the crossing
  // interval is taken at whichever of the two has the smaller FMR + FNMR, and the EER is its midpoint.
  let t1 = 0;
  while (t1 + 1 < curve.length && curve[t1 + 1]!.fnmr <= curve[t1 + 1]!.fmr) t1++;
  let t2 = curve.findIndex((p) => p.fnmr >= p.fmr);
  if (t2 < 0) t2 = curve.length - 1;
  const p1 = curve[t1]!;
  const p2 = curve[t2]!;
  const eer = p1.fmr + p1.fnmr <= p2.fmr + p2.fnmr ? (p1.fnmr + p1.fmr) / 2 : (p2.fmr + p2.fnmr) / 2;
  const fnmrAt = (maxFmr: number) => Math.min(...curve.filter((p) => p.fmr <= maxFmr).map((p) => p.fnmr));
  return { eer, fmr100: fnmrAt(0.01), fmr1000: fnmrAt(0.001), zero_fmr: fnmrAt(0), curve };
}

/** DET curve (FNMR against FMR, both log10 from 1e-4 to 1) as an SVG string. */
function detSvg(title: string, curve: { fmr: number; fnmr: number }[], eer: number): string {
  const size = 480;
  const margin = 60;
  const plot = size - 2 * margin;
  const lo = -4;
  const axis = (v: number) => (Math.max(lo, Math.log10(Math.max(v, 1e-9))) - lo) / -lo;
  const x = (fmr: number) => margin + axis(fmr) * plot;
  const y = (fnmr: number) => size - margin - axis(fnmr) * plot;
  const path = curve
    .filter((p) => p.fmr > 0 || p.fnmr > 0)
    .map((p, i) => `${i === 0 ? 'M' : 'L'}${x(p.fmr).toFixed(1)},${y(p.fnmr).toFixed(1)}`)
    .join(' ');
  const ticks = [1e-4, 1e-3, 1e-2, 1e-1, 1]
    .map(
      (v) =>
        `<line x1="${x(v)}" y1="${margin}" x2="${x(v)}" y2="${size - margin}" stroke="#ddd"/>` +
        `<line x1="${margin}" y1="${y(v)}" x2="${size - margin}" y2="${y(v)}" stroke="#ddd"/>` +
        `<text x="${x(v)}" y="${size - margin + 18}" font-size="12" text-anchor="middle">${v}</text>` +
        `<text x="${margin - 6}" y="${y(v) + 4}" font-size="12" text-anchor="end">${v}</text>`,
    )
    .join('');
  const escaped = title.replace(/[<>&"]/g, '_');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}">
<rect width="100%" height="100%" fill="white"/>${ticks}
<line x1="${x(1e-4)}" y1="${y(1e-4)}" x2="${x(1)}" y2="${y(1)}" stroke="#aaa" stroke-dasharray="4 4"/>
<path d="${path}" fill="none" stroke="#c0392b" stroke-width="2"/>
<text x="${size / 2}" y="24" font-size="15" text-anchor="middle">DET ${escaped} (EER ${(eer * 100).toFixed(2)}%)</text>
<text x="${size / 2}" y="${size - 14}" font-size="13" text-anchor="middle">FMR</text>
<text x="16" y="${size / 2}" font-size="13" text-anchor="middle" transform="rotate(-90 16 ${size / 2})">FNMR</text>
</svg>`;
}

/** CPU milliseconds of this process: the machine may be shared, and one core's speed is what is asked. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

/** Comparisons per CPU second, single thread, repeating the list until about minMs of CPU time have passed. */
function rate(pairs: number, run: () => void, minMs = 1000): number {
  let done = 0;
  const started = cpuMs();
  do {
    run();
    done += pairs;
  } while (cpuMs() - started < minMs);
  return done / ((cpuMs() - started) / 1000);
}

/**
 * Runs the protocol. With `referenceOf`, the second image of every pair is compared through that template
 * instead (e.g. the foreign engine's template of the same image): cross-engine matching, same pairs.
 */
export async function fvcProtocol(
  samples: readonly FvcProtocolSample[],
  opts: {
    label: string;
    outDir: string;
    referenceOf?: (s: FvcProtocolSample) => FingerTemplate | undefined;
  },
): Promise<FvcProtocolResult> {
  const { genuine, impostor } = fvcPairs(samples);
  const prepared = new Map<FvcProtocolSample, PreparedFingerTemplate>();
  const reference = new Map<FvcProtocolSample, PreparedFingerTemplate>();
  for (const s of samples) {
    if (s.template) prepared.set(s, prepareFingerTemplate(s.template));
    const r = opts.referenceOf ? opts.referenceOf(s) : s.template;
    if (r) reference.set(s, prepareFingerTemplate(r));
  }
  const score = (p: Pair): number => {
    const a = prepared.get(p.a);
    const b = reference.get(p.b);
    return a && b ? compareFingerTemplates(a, b) : 0;
  };
  const bar = new ProgressBar(`${opts.label} matching`, genuine.length + impostor.length);
  const genuineScores = genuine.map((p) => (bar.tick(), score(p)));
  const impostorScores = impostor.map((p) => (bar.tick(), score(p)));
  bar.finish();
  const rates = errorRates(genuineScores, impostorScores);

  // Speed over the protocol's own comparisons (both kinds), enrolled images only.
  const timed = [...genuine, ...impostor].filter((p) => prepared.has(p.a) && reference.has(p.b));
  const preparedPairs = timed.map((p) => [prepared.get(p.a)!, reference.get(p.b)!] as const);
  const preparedRate = rate(preparedPairs.length, () => {
    for (const [a, b] of preparedPairs) compareFingerTemplates(a, b);
  });
  // Including probe preparation: each comparison prepares its probe from template bytes. The bytes are fresh
  // copies so the prepared cache cannot help; copying happens outside the timed loop.
  let matchMs = 0;
  let matchCount = 0;
  while (timed.length > 0 && (matchCount === 0 || matchMs < 1000)) {
    const probes = timed.map((p) => ({ ...p.a.template!, bytes: p.a.template!.bytes.slice() }));
    const started = cpuMs();
    timed.forEach((p, i) => compareFingerTemplates(probes[i]!, reference.get(p.b)!));
    matchMs += cpuMs() - started;
    matchCount += timed.length;
  }
  const matchRate = matchMs > 0 ? matchCount / (matchMs / 1000) : 0;

  mkdirSync(opts.outDir, { recursive: true });
  const file = path.join(opts.outDir, `fvc-det-${opts.label.replace(/[^\w-]+/g, '_')}.png`);
  await sharp(Buffer.from(detSvg(opts.label, rates.curve, rates.eer)))
    .png()
    .toFile(file);

  const r4 = (v: number) => Number(v.toFixed(4));
  return {
    eer: r4(rates.eer),
    fmr100: r4(rates.fmr100),
    fmr1000: r4(rates.fmr1000),
    zero_fmr: r4(rates.zero_fmr),
    genuine: genuine.length,
    impostor: impostor.length,
    match_per_s: Math.round(matchRate),
    prepared_match_per_s: Math.round(preparedRate),
  };
}

/** Folders under root holding templates with the given extension, each read as an FVC folder. */
function templateFolders(root: string, ext: string): string[] {
  return foldersHolding(root, (e) => e.endsWith(ext));
}

/** Base name of the template file a sample came from (same base as its image). */
function sampleBase(folder: string, s: FvcProtocolSample, ext: string): string | undefined {
  return readdirSync(folder)
    .filter((f) => f.endsWith(ext))
    .map((f) => f.slice(0, -ext.length))
    .find((base) => {
      const name = fvcSampleName(base);
      return name !== undefined && name.finger === s.finger && name.impression === s.impression;
    });
}

async function main(): Promise<void> {
  const args = parseArgs();
  const here = path.dirname(fileURLToPath(import.meta.url));
  const root = path.resolve(
    args.string(
      'templates',
      path.resolve(here, '..', '..', 'shared', 'datasets', 'fingerprints', 'templates'),
    ),
  );
  const format = args.string('format', 'iso');
  const ext = format === 'ansi' ? '.ansi' : '.iso';
  for (const folder of templateFolders(root, ext)) {
    const label = `${path.relative(root, folder) || path.basename(folder)} (${format} templates)`;
    const samples: FvcProtocolSample[] = readdirSync(folder)
      .filter((f) => f.endsWith(ext))
      .sort()
      .flatMap((f) => {
        const name = fvcSampleName(f.slice(0, -ext.length));
        if (!name) return [];
        const template = importTemplate(
          readFileSync(path.join(folder, f)),
          format === 'ansi' ? 'ansi378:2004' : 'iso19794-2:2005',
        );
        return [{ ...name, template }];
      });
    if (!args.string('against', '')) {
      const result = await fvcProtocol(samples, { label, outDir: path.join(here, 'out') });
      printResult({ folder: label, templates: samples.length, ...result });
      continue;
    }
    // Cross-engine: sinhtrac templates of the images as probes, the foreign templates as references.
    const rel = path.relative(root, folder);
    const imageDir = path.join(path.dirname(root), rel);
    const dpi = rel.includes('DB3') ? 512 : 500;
    const foreign = new Map(samples.map((s) => [`${s.finger}/${s.impression}`, s.template]));
    const ours: FvcProtocolSample[] = [];
    for (const s of samples) {
      const file = readdirSync(imageDir).find(
        (f) => f.replace(/\.[^.]+$/, '') === sampleBase(folder, s, ext),
      );
      let template: FingerTemplate | undefined;
      if (file) {
        try {
          template = extractFromGray(await decodeToGray(readFileSync(path.join(imageDir, file))), { dpi });
        } catch (err) {
          if (!(err instanceof InputError)) throw err;
        }
      }
      ours.push(
        template
          ? { finger: s.finger, impression: s.impression, template }
          : { finger: s.finger, impression: s.impression },
      );
    }
    const crossLabel = `${rel} (sinhtrac vs ${format} templates)`;
    const result = await fvcProtocol(ours, {
      label: crossLabel,
      outDir: path.join(here, 'out'),
      referenceOf: (s) => foreign.get(`${s.finger}/${s.impression}`),
    });
    printResult({ folder: crossLabel, templates: samples.length, ...result });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
