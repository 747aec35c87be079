import { randomUUID } from 'node:crypto';

/** Who is calling and until when; carried from the transport into every application function. */
export interface CallContext {
  caller: string;
  requestId: string;
  /** Epoch ms after which the caller no longer waits; work not started by then is skipped. */
  deadlineMs?: number;
}

export function newCallContext(caller: string, requestId?: string, deadlineMs?: number): CallContext {
  const ctx: CallContext = { caller: caller || 'anonymous', requestId: requestId || randomUUID() };
  if (deadlineMs !== undefined && Number.isFinite(deadlineMs)) ctx.deadlineMs = deadlineMs;
  return ctx;
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
