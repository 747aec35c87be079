/**
 * Who may call what: authenticates a call's credentials against the policy (server/app/policy.ts), checks the
 * operation against the caller's roles, and validates the forwarded operator id. Applied once, where the
 * Application is built (server/app/index.ts), so both transports get the same rules. Without a policy every
 * caller has every role: the development default, logged loudly at start.
 */
import { timingSafeEqual, createHash } from 'node:crypto';
import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import { AppError, invalidArgument } from '../errors.ts';
import { callerOf, isValidRequestId, maxRequestIdChars, type CallContext } from './context.ts';
import { roles as allRoleNames, type Policy, type PolicyCaller, type Role } from './policy.ts';
import { present } from './samples.ts';

export type Operation =
  | 'compareFaces'
  | 'extractFaceTemplate'
  | 'extractFingerTemplate'
  | 'compareFingers'
  | 'createRecord'
  | 'getRecord'
  | 'replaceRecord'
  | 'deleteRecord'
  | 'verify'
  | 'verifyBatch'
  | 'listAudit';

/** The roles that may call each operation (any one of them suffices). */
export const operationRoles: Record<Operation, readonly Role[]> = {
  compareFaces: ['kiosk', 'backend'],
  extractFaceTemplate: ['kiosk', 'backend'],
  extractFingerTemplate: ['kiosk', 'backend'],
  compareFingers: ['kiosk', 'backend'],
  createRecord: ['kiosk', 'admin'],
  getRecord: ['admin'],
  replaceRecord: ['admin'],
  deleteRecord: ['admin'],
  verify: ['kiosk', 'backend'],
  verifyBatch: ['backend'],
  listAudit: ['admin'],
};

/** Roles that may send templates as Verify probes: a kiosk sends captures, so no capture check is skipped. */
export const templateProbeRoles: readonly Role[] = ['backend'];
/** Roles that see scores in responses; others get decisions and reasons (scores are a hill-climbing oracle). */
export const scoreRoles: readonly Role[] = ['backend', 'admin'];

const everyRole: ReadonlySet<Role> = new Set(allRoleNames);

export function hasAnyRole(ctx: CallContext, wanted: readonly Role[]): boolean {
  // A context that never passed authorise (application code calling itself, tests) is trusted.
  const held = ctx.roles ?? everyRole;
  return wanted.some((r) => held.has(r));
}

/** Longest forwarded operator id: it goes into every audit entry. */
export const maxForwardedCallerChars = 128;

/** x-caller-id: an operator id, recorded after the certificate's name and a `/`; so no `/` of its own. */
export function checkForwardedCaller(value: string | undefined): void {
  if (value === undefined || value === '') return;
  const why =
    value.length > maxForwardedCallerChars
      ? `is ${value.length} characters; at most ${maxForwardedCallerChars}`
      : value.includes('/')
        ? 'contains "/"'
        : /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u.test(value)
          ? 'contains a control or format character'
          : undefined;
  if (why !== undefined) {
    throw invalidArgument('INVALID_CALLER_ID', `x-caller-id ${why}`, 'x-caller-id');
  }
}

function unauthenticated(reason: string, message: string): AppError {
  return new AppError('UNAUTHENTICATED', reason, message);
}

export function notAuthorised(message: string): AppError {
  return new AppError('PERMISSION_DENIED', 'NOT_AUTHORISED', message);
}

function certificateMatches(caller: PolicyCaller, cn: string): boolean {
  const pattern = caller.certificateCn;
  if (pattern === undefined) return false;
  return 'exact' in pattern ? pattern.exact === cn : cn.startsWith(pattern.prefix);
}

/** The policy entry of a bearer token: every entry compared in constant time, so timing tells nothing. */
function tokenCaller(policy: Policy, authorization: string): PolicyCaller {
  const m = /^Bearer +([\x21-\x7e]{1,4096})$/i.exec(authorization.trim());
  if (m === null) throw unauthenticated('UNKNOWN_TOKEN', 'authorization must be "Bearer <token>"');
  const digest = createHash('sha256').update(m[1]!, 'utf8').digest();
  let found: PolicyCaller | undefined;
  for (const c of policy.callers) {
    if (c.tokenSha256 !== undefined && timingSafeEqual(c.tokenSha256, digest)) found ??= c;
  }
  if (found === undefined) throw unauthenticated('UNKNOWN_TOKEN', 'the bearer token is not in the policy');
  return found;
}

interface Principal {
  name: string;
  roles: ReadonlySet<Role>;
  attemptsPerMinute?: number;
}

/**
 * The caller named by the credentials: a bearer token when one is sent (a gateway forwards its client's), else the
 * verified client certificate's CN. 401 without either or for an unknown token; 403 for a certificate without
 * an entry.
 */
function principalOf(policy: Policy, ctx: CallContext): Principal {
  const { authorization, certificateName } = ctx.credentials ?? {};
  if (authorization !== undefined && authorization !== '') {
    const c = tokenCaller(policy, authorization);
    return {
      name: c.name,
      roles: c.roles,
      ...(c.attemptsPerMinute !== undefined && { attemptsPerMinute: c.attemptsPerMinute }),
    };
  }
  if (certificateName !== undefined) {
    const matched = policy.callers.filter((c) => certificateMatches(c, certificateName));
    if (matched.length === 0) throw notAuthorised(`certificate ${certificateName} has no role in the policy`);
    const limits = matched.map((c) => c.attemptsPerMinute).filter((n) => n !== undefined);
    return {
      name: certificateName,
      roles: new Set(matched.flatMap((c) => [...c.roles])),
      // Several patterns may match one CN: the first entry that sets a limit wins.
      ...(limits.length > 0 && { attemptsPerMinute: limits[0] }),
    };
  }
  throw unauthenticated(
    'MISSING_CREDENTIALS',
    'a policy is in force: send a client certificate or "authorization: Bearer <token>"',
  );
}

/** An authorised call: its context (credentials dropped, caller and roles set) and its own attempt limit. */
export interface Admitted {
  ctx: CallContext;
  /** Undefined: the policy's default. */
  attemptsPerMinute?: number;
}

/** Authenticates the call and checks `operation` against its roles; throws 400/401/403 AppErrors. */
export function authorise(policy: Policy | undefined, operation: Operation, ctx: CallContext): Admitted {
  const forwarded = ctx.credentials?.forwardedCaller;
  checkForwardedCaller(forwarded);
  if (!isValidRequestId(ctx.requestId)) {
    throw invalidArgument(
      'INVALID_REQUEST_ID',
      `x-request-id must be 1-${maxRequestIdChars} printable ASCII characters without spaces`,
      'x-request-id',
    );
  }
  const base: CallContext = { caller: ctx.caller, requestId: ctx.requestId };
  if (ctx.deadlineMs !== undefined) base.deadlineMs = ctx.deadlineMs;
  if (policy === undefined) {
    return { ctx: { ...base, roles: everyRole, principal: ctx.caller } };
  }
  const principal = principalOf(policy, ctx);
  const wanted = operationRoles[operation];
  if (!wanted.some((r) => principal.roles.has(r))) {
    throw notAuthorised(
      `caller ${principal.name} (${[...principal.roles].join(', ')}) may not call ${operation}; it needs ${wanted.join(' or ')}`,
    );
  }
  const admitted: Admitted = {
    ctx: {
      ...base,
      caller: callerOf(principal.name, forwarded),
      roles: principal.roles,
      principal: principal.name,
    },
  };
  if (principal.attemptsPerMinute !== undefined) admitted.attemptsPerMinute = principal.attemptsPerMinute;
  return admitted;
}

type VerifyRequest = sinhtrac.v1.VerifyRequest.$Properties;

/** 403 TEMPLATE_PROBE_NOT_ALLOWED when a caller without a template-probe role sends a template in Verify. */
export function checkVerifyProbes(req: VerifyRequest, ctx: CallContext): void {
  if (hasAnyRole(ctx, templateProbeRoles)) return;
  const field = present(req.face?.template)
    ? 'face.template'
    : (req.fingers ?? []).findIndex((f) => present(f.template));
  if (field === -1) return;
  throw new AppError(
    'PERMISSION_DENIED',
    'TEMPLATE_PROBE_NOT_ALLOWED',
    `caller ${ctx.principal ?? ctx.caller} must send captured images, not templates, as Verify probes`,
    typeof field === 'string' ? field : `fingers[${field}].template`,
  );
}
