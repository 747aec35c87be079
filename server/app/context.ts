import { uuidV7 } from '../uuid-v7.ts';
import type { Role } from './policy.ts';

/** What the transport saw of the caller, as sent; read once by server/app/authorise.ts, then dropped. */
export interface CallerCredentials {
  /** Subject CN of the client certificate the TLS handshake verified. */
  certificateName?: string;
  /** The `authorization` header / gRPC metadata (e.g. "Bearer <token>"). */
  authorization?: string;
  /** `x-caller-id`: the operator a kiosk forwards (validated before it is recorded). */
  forwardedCaller?: string;
}

/** Who is calling and until when; carried from the transport into every application function. */
export interface CallContext {
  caller: string;
  requestId: string;
  /** Epoch ms after which the caller no longer waits; work not started by then is skipped. */
  deadlineMs?: number;
  /** Set by the transport, removed once the call is authorised. */
  credentials?: CallerCredentials;
  /** Set once authorised: the caller's roles (every role without a policy) and the name its limits count by. */
  roles?: ReadonlySet<Role>;
  principal?: string;
}

/** Longest client request id kept: it goes into every audit entry and is echoed in the response. */
export const maxRequestIdChars = 128;

/** A client's x-request-id is kept only if it is 1-128 printable ASCII characters (it is echoed in a header). */
export function isValidRequestId(value: string): boolean {
  return value.length >= 1 && value.length <= maxRequestIdChars && /^[\x21-\x7e]+$/.test(value);
}

export function newCallContext(
  caller: string,
  requestId?: string,
  deadlineMs?: number,
  credentials?: CallerCredentials,
): CallContext {
  const ctx: CallContext = { caller: caller || 'anonymous', requestId: requestId || uuidV7() };
  if (deadlineMs !== undefined && Number.isFinite(deadlineMs)) ctx.deadlineMs = deadlineMs;
  if (credentials !== undefined) ctx.credentials = credentials;
  return ctx;
}

/** The credentials a transport read; a certificate name that is not a non-empty string counts as none. */
export function credentialsOf(
  certificateName: unknown,
  authorization: string | undefined,
  forwardedCaller: string | undefined,
): CallerCredentials {
  const credentials: CallerCredentials = {};
  if (typeof certificateName === 'string' && certificateName !== '')
    credentials.certificateName = certificateName;
  if (authorization !== undefined) credentials.authorization = authorization;
  if (forwardedCaller !== undefined) credentials.forwardedCaller = forwardedCaller;
  return credentials;
}

/** Longest caller name kept: it comes from a header or a certificate and goes into every audit entry. */
const maxCallerChars = 200;

/**
 * The caller recorded for a call: the client certificate's subject CN under mutual TLS (verified by the TLS
 * handshake; anything but a non-empty string counts as none), followed by the operator the kiosk forwards in
 * `x-caller-id`; without TLS, that header alone.
 */
export function callerOf(certificateName: unknown, forwarded: string | undefined): string {
  const caller =
    typeof certificateName === 'string' && certificateName !== ''
      ? forwarded
        ? `${certificateName}/${forwarded}`
        : certificateName
      : forwarded || 'anonymous';
  return caller.slice(0, maxCallerChars);
}
