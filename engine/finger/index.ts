/** The fingerprint face: images and foreign templates in, typed sinhtrac templates out. */
export { extractTemplate, extractFromGray } from './extract.ts';
export type { ExtractedFinger, ExtractOptions } from './extract.ts';
export type { CaptureDpi, DpiSource } from './capture-dpi.ts';
export { imageDecoders } from './image-decoders/index.ts';
export { decodeToGray, rawToGray } from './decode.ts';
export { fingerParams } from './params.ts';
export type { GrayImage, ImageResolution, RawGrayInput } from './decode.ts';
export {
  decodeTemplate,
  encodeTemplate,
  exportTemplate,
  importTemplate,
  importTemplateHeader,
  templateFormats,
} from './template.ts';
export { templateHeaderOf } from './template-header.ts';
export type { FingerTemplateHeader } from './template-header.ts';
export type { FingerTemplate, Minutia, MinutiaType, TemplateFormat } from './template.ts';
export {
  looksLikeFingerprint,
  qualityFeedbackCodes,
  qualityFeedbackOf,
  qualityFeedbackParams,
} from './quality-feedback.ts';
export type { QualityFeedbackCode } from './quality-feedback.ts';
export { qualityFeaturesOf } from './quality-features.ts';
export type { QualityFeatures } from './quality-features.ts';
