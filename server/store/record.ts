/**
 * A citizen's enrolled biometric record, keyed by CCCD number. Templates only: raw images are never stored.
 * `RecordMeta` is everything except the templates; it is kept in clear so metadata reads need no key.
 */
export interface FaceTemplateEntry {
  template: Uint8Array;
  /** Template format/model version written by the face extractor, e.g. "face-512-f32/1". */
  version: string;
}

export interface FingerTemplateEntry {
  /** ISO/IEC 19794-2 finger position 1-10. */
  position: number;
  template: Uint8Array;
  /** "sinhtrac" or a foreign format name, as in FingerSample.format. */
  format: string;
  version: string;
}

export interface EnrolmentInfo {
  createdAt: string;
  updatedAt: string;
  caller: string;
  requestId: string;
}

export interface BiometricRecord {
  cccd: string;
  faces: FaceTemplateEntry[];
  fingers: FingerTemplateEntry[];
  enrolment: EnrolmentInfo;
}

export interface RecordMeta {
  cccd: string;
  faces: { version: string; bytes: number }[];
  fingers: { position: number; format: string; version: string; bytes: number }[];
  enrolment: EnrolmentInfo;
  /** Which key sealed the templates (rotation: older keys stay readable). */
  keyId: string;
}

export function metaOf(record: BiometricRecord, keyId: string): RecordMeta {
  return {
    cccd: record.cccd,
    faces: record.faces.map((f) => ({ version: f.version, bytes: f.template.byteLength })),
    fingers: record.fingers.map((f) => ({
      position: f.position,
      format: f.format,
      version: f.version,
      bytes: f.template.byteLength,
    })),
    enrolment: { ...record.enrolment },
    keyId,
  };
}
