import { describe, expect, it } from 'vitest';
import { citizen } from '../../server/app/records-fixtures.ts';
import { decodeTemplate, encodeTemplate } from './template.ts';
import { readTemplateHeader, templateHeaderOf } from './template-header.ts';

describe('finger template header read at fixed offsets', () => {
  it('agrees with the full decode (the offsets follow engine/native/template_codec.c)', () => {
    const templates = [
      ...citizen(5).liveFingers.map((f) => f.template),
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
