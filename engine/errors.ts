/** Reason codes a caller can act on; transports map every InputError to INVALID_ARGUMENT / HTTP 400. */
export type InputErrorCode =
  | 'MISSING_FIELD'
  | 'INVALID_FIELD'
  | 'INVALID_IMAGE'
  | 'IMAGE_TOO_SMALL'
  | 'IMAGE_TOO_LARGE'
  | 'NO_FACE'
  | 'NO_FINGERPRINT'
  | 'INVALID_TEMPLATE'
  | 'UNSUPPORTED_TEMPLATE_VERSION'
  | 'TOO_FEW_MINUTIAE'
  | 'INVALID_CCCD'
  | 'FINGER_POSITION_MISMATCH';

/** Bad caller input: never a crash, always a reason the caller can read. */
export class InputError extends Error {
  override readonly name = 'InputError';
  constructor(
    readonly code: InputErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }
}

/** Plain-data form that survives structured clone across worker threads. */
export interface InputErrorData {
  code: InputErrorCode;
  message: string;
  field?: string;
}

export function toInputErrorData(err: InputError): InputErrorData {
  return err.field === undefined
    ? { code: err.code, message: err.message }
    : { code: err.code, message: err.message, field: err.field };
}

export function fromInputErrorData(d: InputErrorData): InputError {
  return new InputError(d.code, d.message, d.field);
}
