import { maxSupersamplesPerAxis, supersampleAboveScale } from './params.ts';

/**
 * Maps output pixel (u, v) to source position (a*u + b*v + c, d*u + e*v + f): the inverse of a similarity or
 * scale+translate transform.
 */
export interface InverseAffine {
  a: number;
  b: number;
  c: number;
  d: number;
  e: number;
  f: number;
}

/**
 * Warps an interleaved 8-bit RGB image by an inverse affine map, bilinear, with edge pixels replicated outside the
 * source. Returns HWC floats 0..255. When the map shrinks the image, each output pixel averages an n x n grid of
 * samples so that small faces cut from large photos are not aliased.
 */
export function warpAffineRgb(
  src: Uint8Array,
  srcWidth: number,
  srcHeight: number,
  map: InverseAffine,
  outWidth: number,
  outHeight: number,
): Float32Array {
  const out = new Float32Array(outWidth * outHeight * 3);
  const scale = Math.max(Math.hypot(map.a, map.d), Math.hypot(map.b, map.e));
  const n = scale > supersampleAboveScale ? Math.min(maxSupersamplesPerAxis, Math.ceil(scale)) : 1;
  if (n === 1) return warpBilinearRgb(src, srcWidth, srcHeight, map, outWidth, outHeight, out);
  const weight = 1 / (n * n);
  const maxX = srcWidth - 1;
  const maxY = srcHeight - 1;
  const { a, b, c, d, e, f } = map;
  let o = 0;
  for (let v = 0; v < outHeight; v++) {
    for (let u = 0; u < outWidth; u++) {
      let r = 0;
      let g = 0;
      let bl = 0;
      for (let sy = 0; sy < n; sy++) {
        const vv = v + (sy + 0.5) / n - 0.5;
        for (let sx = 0; sx < n; sx++) {
          const uu = u + (sx + 0.5) / n - 0.5;
          let x = a * uu + b * vv + c;
          let y = d * uu + e * vv + f;
          x = x < 0 ? 0 : x > maxX ? maxX : x;
          y = y < 0 ? 0 : y > maxY ? maxY : y;
          const x0 = x | 0;
          const y0 = y | 0;
          const dx = x0 < maxX ? 3 : 0;
          const dy = y0 < maxY ? srcWidth * 3 : 0;
          const fx = x - x0;
          const fy = y - y0;
          const w00 = (1 - fx) * (1 - fy);
          const w01 = fx * (1 - fy);
          const w10 = (1 - fx) * fy;
          const w11 = fx * fy;
          const i = (y0 * srcWidth + x0) * 3;
          r += w00 * src[i]! + w01 * src[i + dx]! + w10 * src[i + dy]! + w11 * src[i + dy + dx]!;
          g +=
            w00 * src[i + 1]! + w01 * src[i + dx + 1]! + w10 * src[i + dy + 1]! + w11 * src[i + dy + dx + 1]!;
          bl +=
            w00 * src[i + 2]! + w01 * src[i + dx + 2]! + w10 * src[i + dy + 2]! + w11 * src[i + dy + dx + 2]!;
        }
      }
      out[o++] = r * weight;
      out[o++] = g * weight;
      out[o++] = bl * weight;
    }
  }
  return out;
}

/**
 * warpAffineRgb with one sample per output pixel, its common case (a face no more than 1.5x the crop's size): the
 * source position steps by (a, d) along a row, so nothing is recomputed per pixel but the 4-pixel blend.
 */
function warpBilinearRgb(
  src: Uint8Array,
  srcWidth: number,
  srcHeight: number,
  map: InverseAffine,
  outWidth: number,
  outHeight: number,
  out: Float32Array,
): Float32Array {
  const maxX = srcWidth - 1;
  const maxY = srcHeight - 1;
  const rowStride = srcWidth * 3;
  const { a, b, c, d, e, f } = map;
  let o = 0;
  for (let v = 0; v < outHeight; v++) {
    let sx = b * v + c;
    let sy = e * v + f;
    for (let u = 0; u < outWidth; u++, sx += a, sy += d) {
      const x = sx < 0 ? 0 : sx > maxX ? maxX : sx;
      const y = sy < 0 ? 0 : sy > maxY ? maxY : sy;
      const x0 = x | 0;
      const y0 = y | 0;
      const dx = x0 < maxX ? 3 : 0;
      const dy = y0 < maxY ? rowStride : 0;
      const fx = x - x0;
      const fy = y - y0;
      const i = y0 * rowStride + x0 * 3;
      const j = i + dy;
      const w11 = fx * fy;
      const w10 = fy - w11;
      const w01 = fx - w11;
      const w00 = 1 - fx - w10;
      const k = i + dx;
      const l = j + dx;
      out[o] = w00 * src[i]! + w01 * src[k]! + w10 * src[j]! + w11 * src[l]!;
      out[o + 1] = w00 * src[i + 1]! + w01 * src[k + 1]! + w10 * src[j + 1]! + w11 * src[l + 1]!;
      out[o + 2] = w00 * src[i + 2]! + w01 * src[k + 2]! + w10 * src[j + 2]! + w11 * src[l + 2]!;
      o += 3;
    }
  }
  return out;
}

/** Source position x = a*u + c, y = e*v + f of output pixel (u, v): a scale and shift, no rotation. */
export interface AxisAlignedMap {
  a: number;
  c: number;
  e: number;
  f: number;
}

/** Where each output pixel's n sub-samples fall along one axis: lower source index and the weight of the next. */
function subsamplePositions(
  scale: number,
  shift: number,
  outN: number,
  n: number,
  srcN: number,
): { index: Int32Array; frac: Float32Array } {
  const index = new Int32Array(outN * n);
  const frac = new Float32Array(outN * n);
  const max = srcN - 1;
  for (let o = 0, k = 0; o < outN; o++) {
    for (let s = 0; s < n; s++, k++) {
      let x = scale * (o + (s + 0.5) / n - 0.5) + shift;
      x = x < 0 ? 0 : x > max ? max : x;
      // At the last pixel the "next" one is itself (edge replicated).
      const x0 = Math.min(x | 0, Math.max(0, max - 1));
      index[k] = x0;
      frac[k] = x - x0;
    }
  }
  return { index, frac };
}

/**
 * warpAffineRgb's sampling for one float channel and an axis-aligned map: sample positions are computed once per
 * row and column, not per sample, so only the reads remain in the inner loop.
 */
export function resampleGray(
  src: Float32Array,
  srcWidth: number,
  srcHeight: number,
  map: AxisAlignedMap,
  outWidth: number,
  outHeight: number,
): Float32Array {
  const out = new Float32Array(outWidth * outHeight);
  const scale = Math.max(Math.abs(map.a), Math.abs(map.e));
  const n = scale > supersampleAboveScale ? Math.min(maxSupersamplesPerAxis, Math.ceil(scale)) : 1;
  const weight = 1 / (n * n);
  const xs = subsamplePositions(map.a, map.c, outWidth, n, srcWidth);
  const ys = subsamplePositions(map.e, map.f, outHeight, n, srcHeight);
  // A 1-pixel-wide or -tall source has no next pixel: read the same one twice.
  const dx = srcWidth > 1 ? 1 : 0;
  const dy = srcHeight > 1 ? srcWidth : 0;
  let o = 0;
  for (let v = 0; v < outHeight; v++) {
    for (let u = 0; u < outWidth; u++) {
      let sum = 0;
      for (let sy = v * n; sy < (v + 1) * n; sy++) {
        const row = ys.index[sy]! * srcWidth;
        const fy = ys.frac[sy]!;
        for (let sx = u * n; sx < (u + 1) * n; sx++) {
          const i = row + xs.index[sx]!;
          const fx = xs.frac[sx]!;
          const top = src[i]! + fx * (src[i + dx]! - src[i]!);
          const bottom = src[i + dy]! + fx * (src[i + dy + dx]! - src[i + dy]!);
          sum += top + fy * (bottom - top);
        }
      }
      out[o++] = sum * weight;
    }
  }
  return out;
}
