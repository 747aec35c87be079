/**
 * Scores in responses only for the roles that need them (authorise.ts scoreRoles): a kiosk gets the decision,
 * the match flags and the reasons, with every score zeroed (proto3: absent on the wire), so repeated attempts
 * cannot climb a score. The audit still records the scores.
 */
import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import { hasAnyRole, scoreRoles } from './authorise.ts';
import type { CallContext } from './context.ts';

type VerifyResponse = sinhtrac.v1.VerifyResponse.$Properties;
type CompareFacesResponse = sinhtrac.v1.CompareFacesResponse.$Properties;
type CompareFingersResponse = sinhtrac.v1.CompareFingersResponse.$Properties;

export function maySeeScores(ctx: CallContext): boolean {
  return hasAnyRole(ctx, scoreRoles);
}

export function verifyResponseFor(ctx: CallContext, res: VerifyResponse): VerifyResponse {
  if (maySeeScores(ctx)) return res;
  return {
    ...res,
    score: 0,
    fingers_score: 0,
    face: res.face ? { ...res.face, score: 0 } : res.face,
    fingers: (res.fingers ?? []).map((f) => ({ ...f, score: 0 })),
  };
}

export function compareFacesResponseFor(ctx: CallContext, res: CompareFacesResponse): CompareFacesResponse {
  return maySeeScores(ctx) ? res : { ...res, score: 0 };
}

export function compareFingersResponseFor(
  ctx: CallContext,
  res: CompareFingersResponse,
): CompareFingersResponse {
  if (maySeeScores(ctx)) return res;
  return { ...res, score: 0, fingers: (res.fingers ?? []).map((f) => ({ ...f, score: 0 })) };
}
