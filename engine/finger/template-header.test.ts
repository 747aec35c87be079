import { describe, expect, it } from 'vitest';
import { drawSyntheticRidges } from '../native/test/synthetic-ridges.ts';
import { extractFromGray } from './extract.ts';
import { decodeTemplate, encodeTemplate } from './template.ts';
import { readTemplateHeader, templateHeaderOf } from './template-header.ts';

describe('finger template header read at fixed offsets', () => {
  it('agrees with the full decode (the offsets follow engine/native/template_codec.h)', () => {
    const templates = [
      // Extracted templates with minutiae (drawn here: an engine test takes nothing from server/).
      ...(['ending', 'fork'] as const).map((feature, k) => {
        const r = drawSyntheticRidges(320, 360, 5 + k, feature);
        return extractFromGray(
          { pixels: r.pixels, width: r.width, height: r.height },
          { position: 2 + 5 * k },
        ).bytes;
      }),
      encodeTemplate({ width: 320, height: 480, quality: 77, position: 9, minutiae: [] }).bytes,
      encodeTemplate({
        width: 2000,
        height: 300,
        quality: 100,
        position: 1,
        minutiae: [{ x: 10, y: 20, angleDeg: 90, type: 'ending', quality: 60 }],
      }).bytes,
    ];
    for (const bytes of templates)
      expect(readTemplateHeader(bytes)).toEqual(templateHeaderOf(decodeTemplate(bytes)));
  });
});
