/**
 * Fits the linear rule that fuses per-model face scores (engine/face/score-fusion.ts): Fisher's linear
 * discriminant on genuine and impostor score vectors, w = S^-1 (mean_genuine - mean_impostor) with S the average
 * of the two classes' covariances, then shifted and scaled so that impostor scores come out with mean 0 and
 * standard deviation 1 (the fused score reads as "impostor standard deviations above the impostor mean").
 */

/** Running mean and covariance of k-dimensional score vectors. */
export class ScoreMoments {
  count = 0;
  private readonly sum: Float64Array;
  private readonly products: Float64Array;
  constructor(readonly k: number) {
    this.sum = new Float64Array(k);
    this.products = new Float64Array(k * k);
  }

  add(x: ArrayLike<number>): void {
    this.count++;
    for (let i = 0; i < this.k; i++) {
      this.sum[i]! += x[i]!;
      for (let j = 0; j < this.k; j++) this.products[i * this.k + j]! += x[i]! * x[j]!;
    }
  }

  mean(): number[] {
    return Array.from(this.sum, (s) => s / this.count);
  }

  covariance(): number[][] {
    const m = this.mean();
    return m.map((mi, i) => m.map((mj, j) => this.products[i * this.k + j]! / this.count - mi * mj));
  }
}

/** Solves A x = b by Gaussian elimination with partial pivoting (k is the number of models: tiny). */
function solve(a: number[][], b: number[]): number[] {
  const k = b.length;
  const m = a.map((row, i) => [...row, b[i]!]);
  for (let c = 0; c < k; c++) {
    let p = c;
    for (let r = c + 1; r < k; r++) if (Math.abs(m[r]![c]!) > Math.abs(m[p]![c]!)) p = r;
    [m[c], m[p]] = [m[p]!, m[c]!];
    if (Math.abs(m[c]![c]!) < 1e-15) throw new Error('fusion fit: singular covariance');
    for (let r = 0; r < k; r++) {
      if (r === c) continue;
      const f = m[r]![c]! / m[c]![c]!;
      for (let j = c; j <= k; j++) m[r]![j]! -= f * m[c]![j]!;
    }
  }
  return m.map((row, i) => row[k]! / row[i]!);
}

export interface FittedFusion {
  weights: number[];
  offset: number;
}

export function fitFisherFusion(genuine: ScoreMoments, impostor: ScoreMoments): FittedFusion {
  const cg = genuine.covariance();
  const ci = impostor.covariance();
  const pooled = cg.map((row, i) => row.map((v, j) => (v + ci[i]![j]!) / 2));
  const mg = genuine.mean();
  const mi = impostor.mean();
  const w = solve(
    pooled,
    mg.map((g, i) => g - mi[i]!),
  );
  // Impostor mean and variance of w . x, from the impostor moments.
  const mean = w.reduce((s, wi, i) => s + wi * mi[i]!, 0);
  let variance = 0;
  for (let i = 0; i < w.length; i++)
    for (let j = 0; j < w.length; j++) variance += w[i]! * w[j]! * ci[i]![j]!;
  const sd = Math.sqrt(variance);
  if (!(sd > 0)) throw new Error('fusion fit: impostor scores do not vary');
  return { weights: w.map((wi) => wi / sd), offset: -mean / sd };
}
