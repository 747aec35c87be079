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
