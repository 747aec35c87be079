/**
 * Hand-assembled WSQ streams for the decoder's tests: the specification's 9/7 transform table, a quantisation
 * table, one Huffman table and the coefficients given, entropy-coded with the WSQ symbols (zero runs, direct
 * values, 8/16-bit escapes). Not an encoder: the coefficients are whatever the test wants the decoder to see.
 */

export const Marker = {
  SOI: 0xffa0,
  EOI: 0xffa1,
  SOF: 0xffa2,
  SOB: 0xffa3,
  DTT: 0xffa4,
  DQT: 0xffa5,
  DHT: 0xffa6,
  COM: 0xffa8,
} as const;

/** [negative, scale, value] per stored tap: value / 10^scale, the standard 9/7 pair as NIST encoders write it. */
const filter97: [number, number, number][] = [
  [0, 9, 852698684],
  [0, 10, 3774028420],
  [1, 10, 1106244028],
  [1, 11, 2384946495],
  [0, 11, 3782845661],
  [0, 9, 788485587],
  [1, 10, 4180922806],
  [1, 11, 4068941623],
  [0, 10, 645388812],
];

const u16 = (v: number): number[] => [(v >> 8) & 0xff, v & 0xff];
const u32 = (v: number): number[] => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];

/** A marker and its segment: the length field counts itself. */
export function segment(marker: number, body: number[]): number[] {
  return [...u16(marker), ...u16(body.length + 2), ...body];
}

/** The standard 9/7 table, or hiTaps/loTaps filters of made-up coefficients (any pair the DTT allows). */
export function transformTable(hiTaps = 9, loTaps = 7): number[] {
  const stored = (taps: number): [number, number, number][] =>
    Array.from({ length: Math.ceil(taps / 2) }, (_, k) => [k % 2, 4, Math.round(7071 / (k + 1))]);
  const taps = hiTaps === 9 && loTaps === 7 ? filter97 : [...stored(hiTaps), ...stored(loTaps)];
  return segment(Marker.DTT, [hiTaps, loTaps, ...taps.flatMap(([s, sc, v]) => [s, sc, ...u32(v)])]);
}

/** Every coded subband: bin width q (tenths), zero bin 1.2 q; the last four subbands uncoded; bin centre 0.44. */
export function quantTable(qTenths = 10): number[] {
  const body = [2, ...u16(44)];
  for (let band = 0; band < 64; band++) {
    const q = band < 60 ? qTenths : 0;
    body.push(1, ...u16(q), 1, ...u16(Math.round(q * 1.2)));
  }
  return segment(Marker.DQT, body);
}

/** Symbols of the test table, all 4-bit codes (0000, 0001, ...), so padding 1-bits never complete a code. */
export const symbols = [106, 105, 101, 102, 103, 104, 179, 181, 178, 182, 1, 2] as const;

export function huffmanTable(id = 0, counts?: number[]): number[] {
  const bits = counts ?? [0, 0, 0, symbols.length, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
  return segment(Marker.DHT, [id, ...bits, ...symbols]);
}

export interface FrameOptions {
  width: number;
  height: number;
  /** m_shift in tenths: the value an all-zero coefficient image decodes to. */
  shiftTenths?: number;
  /** r_scale in tenths. */
  scaleTenths?: number;
}

export function frameHeader(f: FrameOptions): number[] {
  return segment(Marker.SOF, [
    0,
    255,
    ...u16(f.height),
    ...u16(f.width),
    1,
    ...u16(f.shiftTenths ?? 1275),
    1,
    ...u16(f.scaleTenths ?? 10),
    2,
    ...u16(0),
  ]);
}

export function nistComment(width: number, height: number, ppi: number): number[] {
  const text = `NIST_COM 6\nPIX_WIDTH ${width}\nPIX_HEIGHT ${height}\nPIX_DEPTH 8\nPPI ${ppi}\nLOSSY 1\n`;
  return segment(Marker.COM, [...Buffer.from(text, 'latin1')]);
}

/** Huffman-codes coefficients with the table above (zero runs as 16-bit escapes), stuffing 0x00 after 0xFF. */
export function entropyCoded(coefficients: readonly number[]): number[] {
  const bits: number[] = [];
  const put = (value: number, count: number): void => {
    for (let i = count - 1; i >= 0; i--) bits.push((value >> i) & 1);
  };
  const symbol = (s: (typeof symbols)[number]): void => put(symbols.indexOf(s), 4);
  for (let i = 0; i < coefficients.length;) {
    const v = coefficients[i] ?? 0;
    if (v === 0) {
      let run = 0;
      while (i < coefficients.length && coefficients[i] === 0 && run < 0xffff) {
        run++;
        i++;
      }
      symbol(106);
      put(run, 16);
      continue;
    }
    if (v === -1 || v === 1 || v === -2 || v === 2) symbol((180 + v) as 179 | 181 | 178 | 182);
    else if (Math.abs(v) < 256) {
      symbol(v > 0 ? 101 : 102);
      put(Math.abs(v), 8);
    } else {
      symbol(v > 0 ? 103 : 104);
      put(Math.abs(v), 16);
    }
    i++;
  }
  while (bits.length % 8) bits.push(1);
  const out: number[] = [];
  for (let i = 0; i < bits.length; i += 8) {
    const byte = bits.slice(i, i + 8).reduce((a, b) => (a << 1) | b, 0);
    out.push(byte);
    if (byte === 0xff) out.push(0);
  }
  return out;
}

export interface StreamOptions extends FrameOptions {
  coefficients?: readonly number[];
  ppi?: number;
}

/** SOI, NIST_COM, DTT, DQT, DHT, SOF, one block, EOI. */
export function wsqStream(o: StreamOptions): Uint8Array {
  return new Uint8Array([
    ...u16(Marker.SOI),
    ...(o.ppi !== undefined ? nistComment(o.width, o.height, o.ppi) : []),
    ...transformTable(),
    ...quantTable(),
    ...huffmanTable(),
    ...frameHeader(o),
    ...segment(Marker.SOB, [0]),
    ...entropyCoded(o.coefficients ?? [0]),
    ...u16(Marker.EOI),
  ]);
}
