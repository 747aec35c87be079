import { describe, expect, it } from 'vitest';
import { NativeTemplateFormat } from './index.ts';
import type { NativeCore } from './index.ts';
import { backends, wasmRequired } from './test/backends.ts';

const ISO = NativeTemplateFormat.iso19794_2_2005;
const ANSI = NativeTemplateFormat.ansi378_2004;
const INTERNAL = NativeTemplateFormat.sinhtrac;

// [x, y, angle (256ths), type, quality]
const minutiae = new Int32Array([
  10, 20, 30, 1, 50, 299, 399, 255, 2, 100, 150, 7, 0, 1, 0, 42, 333, 129, 2, 77,
]);

/** Golden ISO/IEC 19794-2:2005 record for the template above: both builds must write exactly these bytes. */
const goldenIsoHex =
  '464d520020323000' + // "FMR\0" " 20\0"
  '00000036' + // record length 54
  '0000' + // capture equipment
  '012c0190' + // 300 x 400
  '00c500c5' + // 197 px/cm
  '0100' + // one view
  '03005004' + // position 3, view 0, quality 80, 4 minutiae
  '400a00141e32' +
  '812b018fff64' +
  '409600070000' +
  '802a014d814d' +
  '0000'; // no extended data

function expectCode(fn: () => unknown, code: string): void {
  let caught: unknown;
  try {
    fn();
  } catch (err) {
    caught = err;
  }
  expect(caught, `expected ${code}`).toBeInstanceOf(Error);
  expect((caught as { code?: string }).code).toBe(code);
}

for (const backend of backends) {
  describe.skipIf(backend.unavailable !== undefined && !wasmRequired)(
    `template codecs (${backend.name})`,
    () => {
      const core = (): NativeCore => {
        if (backend.unavailable) throw new Error(backend.unavailable);
        return backend.load();
      };

      it('writes the golden ISO record and reads it back exactly', () => {
        const t = core().encodeTemplate(300, 400, 80, 3, minutiae);
        const iso = core().exportTemplate(t, ISO);
        expect(Buffer.from(iso).toString('hex')).toBe(goldenIsoHex);
        const back = core().decodeTemplate(core().importTemplate(iso, ISO));
        expect(Array.from(back.minutiae)).toEqual(Array.from(minutiae));
        expect([back.width, back.height, back.quality, back.position]).toEqual([300, 400, 80, 3]);
      });

      it('round-trips internal -> ANSI -> internal within one angle step', () => {
        const t = core().encodeTemplate(300, 400, 80, 3, minutiae);
        const ansi = core().exportTemplate(t, ANSI);
        expect(Buffer.from(ansi.subarray(0, 10)).toString('hex')).toBe('464d5200203230000038');
        const back = core().decodeTemplate(core().importTemplate(ansi, ANSI)).minutiae;
        for (let i = 0; i < minutiae.length; i += 5) {
          expect(back.slice(i, i + 2)).toEqual(minutiae.slice(i, i + 2));
          const d = Math.abs((back[i + 2]! - minutiae[i + 2]! + 384) % 256) - 128;
          expect(Math.abs(d)).toBeLessThanOrEqual(1); // 2-degree steps vs 1.4-degree steps
          expect(back[i + 3]).toBe(minutiae[i + 3]);
        }
      });

      it('rescales records declared at another resolution to 500 dpi', () => {
        const iso = core().exportTemplate(core().encodeTemplate(300, 400, 80, 3, minutiae), ISO);
        const at1000 = Uint8Array.from(iso);
        at1000.set([0x01, 0x8a, 0x01, 0x8a], 18); // 394 px/cm = 1000 dpi
        const back = core().decodeTemplate(core().importTemplate(at1000, ISO));
        expect([back.width, back.height]).toEqual([150, 200]);
        expect(Array.from(back.minutiae.slice(0, 2))).toEqual([5, 10]);
      });

      it('keeps the matcher extension of internal templates', () => {
        const t = core().encodeTemplate(300, 400, 80, 3, minutiae);
        const withExt = new Uint8Array(t.length + 3);
        withExt.set(t);
        withExt.set([3, 0, 0, 0], t.length - 4);
        withExt.set([7, 8, 9], t.length);
        expect(Array.from(core().decodeTemplate(core().importTemplate(withExt, INTERNAL)).extension)).toEqual(
          [7, 8, 9],
        );
      });

      it('rejects bad records with a code and no crash', () => {
        const iso = core().exportTemplate(core().encodeTemplate(300, 400, 80, 3, minutiae), ISO);
        const ansi = core().exportTemplate(core().encodeTemplate(300, 400, 80, 3, minutiae), ANSI);
        const edit = (src: Uint8Array, at: number, bytes: number[]): Uint8Array => {
          const b = Uint8Array.from(src);
          b.set(bytes, at);
          return b;
        };
        expectCode(() => core().importTemplate(new Uint8Array(0), ISO), 'ST_E_TRUNCATED');
        expectCode(() => core().importTemplate(edit(iso, 0, [0x58]), ISO), 'ST_E_BAD_MAGIC');
        expectCode(() => core().importTemplate(edit(iso, 5, [0x33]), ISO), 'ST_E_BAD_VERSION');
        expectCode(() => core().importTemplate(iso.subarray(0, 40), ISO), 'ST_E_TRUNCATED');
        expectCode(() => core().importTemplate(edit(iso, 8, [0, 0, 0, 20]), ISO), 'ST_E_LENGTH_MISMATCH');
        expectCode(() => core().importTemplate(edit(iso, 27, [200]), ISO), 'ST_E_COUNT_OVERRUN');
        expectCode(() => core().importTemplate(edit(iso, 28, [0xc0]), ISO), 'ST_E_MINUTIA_TYPE');
        expectCode(() => core().importTemplate(edit(iso, 28, [0x7f, 0xff]), ISO), 'ST_E_COORDINATE_RANGE');
        expectCode(() => core().importTemplate(edit(iso, 33, [101]), ISO), 'ST_E_QUALITY_RANGE');
        expectCode(() => core().importTemplate(edit(iso, 24, [11]), ISO), 'ST_E_POSITION_RANGE');
        expectCode(() => core().importTemplate(edit(iso, 22, [0]), ISO), 'ST_E_NO_FINGER_VIEW');
        expectCode(() => core().importTemplate(edit(iso, 18, [0, 0]), ISO), 'ST_E_RESOLUTION');
        expectCode(() => core().importTemplate(edit(iso, iso.length - 2, [0, 9]), ISO), 'ST_E_EXTENDED_DATA');
        // ANSI angles are 2-degree steps: 180 and above do not exist
        expectCode(() => core().importTemplate(edit(ansi, 30 + 4, [180]), ANSI), 'ST_E_ANGLE_RANGE');
        expectCode(() => core().importTemplate(iso, 7 as typeof ISO), 'ST_E_ARGUMENT');
        expectCode(() => core().decodeTemplate(iso), 'ST_E_BAD_MAGIC');
        const internal = core().encodeTemplate(300, 400, 80, 3, minutiae);
        expectCode(() => core().decodeTemplate(edit(internal, 4, [2])), 'ST_E_BAD_VERSION');
        expectCode(() => core().decodeTemplate(edit(internal, 12, [255, 0])), 'ST_E_COUNT_OVERRUN');
        expectCode(() => core().decodeTemplate(internal.subarray(0, internal.length - 1)), 'ST_E_TRUNCATED');
        expectCode(
          () => core().encodeTemplate(300, 400, 80, 3, new Int32Array([300, 0, 0, 1, 0])),
          'ST_E_COORDINATE_RANGE',
        );
        expectCode(
          () => core().encodeTemplate(300, 400, 80, 3, new Int32Array(256 * 5)),
          'ST_E_TOO_MANY_MINUTIAE',
        );
      });

      it('survives every truncation and single-byte corruption of a record', () => {
        const iso = core().exportTemplate(core().encodeTemplate(300, 400, 80, 3, minutiae), ISO);
        for (let n = 0; n < iso.length; n++)
          expect(() => core().importTemplate(iso.subarray(0, n), ISO)).toThrow();
        for (let i = 0; i < iso.length; i++) {
          for (const v of [0, 0x7f, 0xff]) {
            const b = Uint8Array.from(iso);
            b[i] = v;
            try {
              core().decodeTemplate(core().importTemplate(b, ISO));
            } catch (err) {
              expect((err as { code?: string }).code).toMatch(/^ST_E_/);
            }
          }
        }
      });
    },
  );
}
