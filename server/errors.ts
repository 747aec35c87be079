import { status as GrpcStatus } from '@grpc/grpc-js';
import { InputError } from '../engine/errors.ts';

/** What went wrong, in the vocabulary both transports share. */
export type AppErrorKind =
  | 'INVALID_ARGUMENT'
  | 'UNAUTHENTICATED'
  | 'PERMISSION_DENIED'
  | 'NOT_FOUND'
  | 'ALREADY_EXISTS'
  | 'FAILED_PRECONDITION'
  | 'RESOURCE_EXHAUSTED'
  /** A caller's attempt limit or a CCCD's lockout (429); RESOURCE_EXHAUSTED stays the service's overload (503). */
  | 'RATE_LIMITED'
  | 'DEADLINE_EXCEEDED'
  | 'UNAVAILABLE'
  | 'INTERNAL';

const httpStatusOf: Record<AppErrorKind, number> = {
  INVALID_ARGUMENT: 400,
  UNAUTHENTICATED: 401,
  PERMISSION_DENIED: 403,
  NOT_FOUND: 404,
  ALREADY_EXISTS: 409,
  FAILED_PRECONDITION: 422,
  RESOURCE_EXHAUSTED: 503,
  RATE_LIMITED: 429,
  DEADLINE_EXCEEDED: 504,
  UNAVAILABLE: 503,
  INTERNAL: 500,
};

const grpcStatusOf: Record<AppErrorKind, GrpcStatus> = {
  INVALID_ARGUMENT: GrpcStatus.INVALID_ARGUMENT,
  UNAUTHENTICATED: GrpcStatus.UNAUTHENTICATED,
  PERMISSION_DENIED: GrpcStatus.PERMISSION_DENIED,
  NOT_FOUND: GrpcStatus.NOT_FOUND,
  ALREADY_EXISTS: GrpcStatus.ALREADY_EXISTS,
  FAILED_PRECONDITION: GrpcStatus.FAILED_PRECONDITION,
  RESOURCE_EXHAUSTED: GrpcStatus.RESOURCE_EXHAUSTED,
  RATE_LIMITED: GrpcStatus.RESOURCE_EXHAUSTED,
  DEADLINE_EXCEEDED: GrpcStatus.DEADLINE_EXCEEDED,
  UNAVAILABLE: GrpcStatus.UNAVAILABLE,
  INTERNAL: GrpcStatus.INTERNAL,
};

/** An error a caller is meant to read: a kind (status), a machine reason code and a sentence. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly kind: AppErrorKind,
    readonly reason: string,
    message: string,
    readonly field?: string,
  ) {
    super(message);
  }

  get httpStatus(): number {
    return httpStatusOf[this.kind];
  }

  get grpcStatus(): GrpcStatus {
    return grpcStatusOf[this.kind];
  }

  toJSON(): { code: AppErrorKind; reason: string; message: string; field?: string } {
    return this.field === undefined
      ? { code: this.kind, reason: this.reason, message: this.message }
      : { code: this.kind, reason: this.reason, message: this.message, field: this.field };
  }
}

export function invalidArgument(reason: string, message: string, field?: string): AppError {
  return new AppError('INVALID_ARGUMENT', reason, message, field);
}

/** Every error leaving the application layer becomes an AppError; unknown ones are INTERNAL without details. */
export function toAppError(err: unknown): AppError {
  if (err instanceof AppError) return err;
  if (err instanceof InputError) return new AppError('INVALID_ARGUMENT', err.code, err.message, err.field);
  return new AppError('INTERNAL', 'INTERNAL', 'internal error');
}
