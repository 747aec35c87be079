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
 * Warps an interleaved 8-bit image by an inverse affine map, bilinear, with edge pixels replicated outside the
 * source. When the map shrinks the image, each output pixel averages a grid of samples so that small faces cut
 * from large photos are not aliased.
 */
export function warpAffine(
  src: Uint8Array,
  srcWidth: number,
  srcHeight: number,
  channels: number,
  map: InverseAffine,
  outWidth: number,
  outHeight: number,
): Float32Array {
  const out = new Float32Array(outWidth * outHeight * channels);
  const scale = Math.max(Math.hypot(map.a, map.d), Math.hypot(map.b, map.e));
  const n = scale > supersampleAboveScale ? Math.min(maxSupersamplesPerAxis, Math.ceil(scale)) : 1;
  const weight = 1 / (n * n);
  const maxX = srcWidth - 1;
  const maxY = srcHeight - 1;
  const acc = new Float32Array(channels);
  for (let v = 0; v < outHeight; v++) {
    for (let u = 0; u < outWidth; u++) {
      acc.fill(0);
      for (let sy = 0; sy < n; sy++) {
        const vv = v + (sy + 0.5) / n - 0.5;
        for (let sx = 0; sx < n; sx++) {
          const uu = u + (sx + 0.5) / n - 0.5;
          let x = map.a * uu + map.b * vv + map.c;
          let y = map.d * uu + map.e * vv + map.f;
          x = x < 0 ? 0 : x > maxX ? maxX : x;
          y = y < 0 ? 0 : y > maxY ? maxY : y;
          const x0 = Math.floor(x);
          const y0 = Math.floor(y);
          const x1 = x0 < maxX ? x0 + 1 : x0;
          const y1 = y0 < maxY ? y0 + 1 : y0;
          const fx = x - x0;
          const fy = y - y0;
          const w00 = (1 - fx) * (1 - fy);
          const w01 = fx * (1 - fy);
          const w10 = (1 - fx) * fy;
          const w11 = fx * fy;
          const i00 = (y0 * srcWidth + x0) * channels;
          const i01 = (y0 * srcWidth + x1) * channels;
          const i10 = (y1 * srcWidth + x0) * channels;
          const i11 = (y1 * srcWidth + x1) * channels;
          for (let c = 0; c < channels; c++) {
            acc[c]! += w00 * src[i00 + c]! + w01 * src[i01 + c]! + w10 * src[i10 + c]! + w11 * src[i11 + c]!;
          }
        }
      }
      const o = (v * outWidth + u) * channels;
      for (let c = 0; c < channels; c++) out[o + c] = acc[c]! * weight;
    }
  }
  return out;
}
