/**
 * The access policy, from one JSON file (SINHTRAC_POLICY): who the callers are (a client certificate CN under
 * mutual TLS, or a bearer token for deployments behind a gateway), their roles, and the attempt limits. The file
 * holds only sha256 digests of tokens, never the tokens. Format and example: README "Access policy",
 * server/policy.example.json.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';

export const roles = ['kiosk', 'backend', 'admin'] as const;
export type Role = (typeof roles)[number];

export interface PolicyCaller {
  /** Recorded as the caller (then `/` and the forwarded operator); for a certificate entry, the certificate's CN. */
  name: string;
  roles: ReadonlySet<Role>;
  /** Exact CN, or a prefix when the file's value ends in `*` (e.g. "kiosk-hn-*"). */
  certificateCn?: { exact: string } | { prefix: string };
  tokenSha256?: Buffer;
  /** Overrides limits.attemptsPerMinute for this caller; 0 = unlimited (e.g. a batch backend). */
  attemptsPerMinute?: number;
}

export interface PolicyLimits {
  /** Verify and compare attempts a caller may make per minute (a token bucket of this size); 0 = unlimited. */
  attemptsPerMinute: number;
  /** NO_MATCH verifies on one CCCD within failureWindowMs that lock it; 0 = no lockout. */
  failedVerifiesPerCccd: number;
  failureWindowMs: number;
  /** How long a locked CCCD refuses verifies. */
  lockoutMs: number;
  /** CCCDs whose failures are remembered at once (memory bound; the least recently failed are forgotten). */
  maxTrackedCccds: number;
}

export interface Policy {
  source: string;
  callers: readonly PolicyCaller[];
  limits: PolicyLimits;
}

export const defaultPolicyLimits: PolicyLimits = {
  attemptsPerMinute: 60,
  failedVerifiesPerCccd: 5,
  failureWindowMs: 15 * 60_000,
  lockoutMs: 15 * 60_000,
  maxTrackedCccds: 100_000,
};

const callerKeys = new Set(['name', 'certificate_cn', 'token_sha256', 'roles', 'attempts_per_minute']);
const limitKeys: Record<string, (l: PolicyLimits, v: number) => void> = {
  attempts_per_minute: (l, v) => (l.attemptsPerMinute = v),
  failed_verifies_per_cccd: (l, v) => (l.failedVerifiesPerCccd = v),
  failure_window_s: (l, v) => (l.failureWindowMs = v * 1000),
  lockout_s: (l, v) => (l.lockoutMs = v * 1000),
  max_tracked_cccds: (l, v) => (l.maxTrackedCccds = v),
};

/** sha256 of a token, hex: what the policy file stores (`printf %s "$TOKEN" | sha256sum`). */
export function tokenSha256Hex(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function wholeNumber(v: unknown, where: string, fail: (why: string) => never): number {
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 0 || v > 1e9) {
    fail(`${where} must be a whole number 0-1e9, got ${JSON.stringify(v)}`);
  }
  return v as number;
}

function callerOf(entry: unknown, i: number, fail: (why: string) => never): PolicyCaller {
  const at = `callers[${i}]`;
  if (!isObject(entry)) fail(`${at} must be an object`);
  const e = entry as Record<string, unknown>;
  for (const key of Object.keys(e)) if (!callerKeys.has(key)) fail(`${at}: unknown key "${key}"`);
  const cn = e.certificate_cn;
  const sha = e.token_sha256;
  if ((cn === undefined) === (sha === undefined))
    fail(`${at} needs exactly one of certificate_cn, token_sha256`);
  if (!Array.isArray(e.roles) || e.roles.length === 0) fail(`${at}.roles must be a non-empty array`);
  const callerRoles = new Set<Role>();
  (e.roles as unknown[]).forEach((r, k) => {
    if (!(roles as readonly unknown[]).includes(r)) {
      fail(`${at}.roles[${k}]: unknown role ${JSON.stringify(r)} (roles: ${roles.join(', ')})`);
    }
    callerRoles.add(r as Role);
  });
  const caller: PolicyCaller = { name: '', roles: callerRoles };
  if (e.attempts_per_minute !== undefined) {
    caller.attemptsPerMinute = wholeNumber(e.attempts_per_minute, `${at}.attempts_per_minute`, fail);
  }
  if (cn !== undefined) {
    if (typeof cn !== 'string' || cn === '' || cn === '*')
      fail(`${at}.certificate_cn must be a CN or a prefix*`);
    const value = cn as string;
    caller.certificateCn = value.endsWith('*') ? { prefix: value.slice(0, -1) } : { exact: value };
    if (e.name !== undefined) fail(`${at}: a certificate entry is recorded by its CN; remove "name"`);
    caller.name = value;
  } else {
    if (typeof sha !== 'string' || !/^[0-9a-f]{64}$/i.test(sha)) {
      fail(`${at}.token_sha256 must be 64 hex digits (the sha256 of the token, never the token)`);
    }
    if (typeof e.name !== 'string' || !/^[\w.@:-]{1,64}$/.test(e.name)) {
      fail(`${at}.name (recorded as the caller) must be 1-64 of letters, digits, _ . @ : -`);
    }
    caller.tokenSha256 = Buffer.from(sha as string, 'hex');
    caller.name = e.name as string;
  }
  return caller;
}

/** Checks a policy document; every problem is one line naming the file and the offending entry. */
export function parsePolicy(json: unknown, source = 'policy'): Policy {
  const fail = (why: string): never => {
    throw new Error(`SINHTRAC_POLICY ${source}: ${why}`);
  };
  if (!isObject(json)) fail('must be a JSON object with "callers" (and optionally "limits")');
  const doc = json as Record<string, unknown>;
  for (const key of Object.keys(doc)) {
    if (key !== 'callers' && key !== 'limits') fail(`unknown key "${key}" (callers, limits)`);
  }
  if (!Array.isArray(doc.callers)) fail('"callers" must be an array');
  const callers = (doc.callers as unknown[]).map((e, i) => callerOf(e, i, fail));
  const seen = new Set<string>();
  callers.forEach((c, i) => {
    const key = c.tokenSha256 ? `token ${c.tokenSha256.toString('hex')}` : `cn ${c.name}`;
    if (seen.has(key)) fail(`callers[${i}] repeats an earlier ${key.split(' ')[0]}`);
    seen.add(key);
  });
  const limits = { ...defaultPolicyLimits };
  if (doc.limits !== undefined) {
    if (!isObject(doc.limits)) fail('"limits" must be an object');
    for (const [key, value] of Object.entries(doc.limits as Record<string, unknown>)) {
      const set = limitKeys[key];
      if (set === undefined) fail(`limits: unknown key "${key}" (${Object.keys(limitKeys).join(', ')})`);
      set!(limits, wholeNumber(value, `limits.${key}`, fail));
    }
  }
  if (limits.failedVerifiesPerCccd > 0 && (limits.failureWindowMs === 0 || limits.lockoutMs === 0)) {
    fail('limits: failure_window_s and lockout_s must be above 0 when failed_verifies_per_cccd is');
  }
  if (limits.maxTrackedCccds < 1) fail('limits.max_tracked_cccds must be at least 1');
  return { source, callers, limits };
}

/** SINHTRAC_POLICY: unset or empty = no policy (the development default: every caller may do everything). */
export function policyFromEnv(env: NodeJS.ProcessEnv): Policy | undefined {
  const file = env.SINHTRAC_POLICY;
  if (file === undefined || file === '') return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (err) {
    throw new Error(`SINHTRAC_POLICY: cannot read ${file} (${(err as Error).message})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    throw new Error(`SINHTRAC_POLICY ${file}: not JSON (${(err as Error).message})`);
  }
  return parsePolicy(json, file);
}
