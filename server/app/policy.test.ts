import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AttemptLimits } from './attempt-limits.ts';
import { checkForwardedCaller } from './authorise.ts';
import { defaultPolicyLimits, parsePolicy, policyFromEnv, tokenSha256Hex } from './policy.ts';

const sha = tokenSha256Hex('t');

describe('policy file', () => {
  it('reads the example file shipped in server/', () => {
    const policy = policyFromEnv({ SINHTRAC_POLICY: join(import.meta.dirname, '..', 'policy.example.json') });
    expect(policy?.callers.map((c) => [c.name, [...c.roles]])).toEqual([
      ['kiosk-hn-*', ['kiosk']],
      ['enrolment-hcm-01', ['kiosk', 'admin']],
      ['batch-backend', ['backend']],
      ['ops-console', ['admin']],
    ]);
    expect(policy?.limits).toMatchObject({ failedVerifiesPerCccd: 5, lockoutMs: 900_000 });
  });

  it('has defaults for every limit, and no policy when SINHTRAC_POLICY is unset or empty', () => {
    expect(parsePolicy({ callers: [] }).limits).toEqual(defaultPolicyLimits);
    expect(policyFromEnv({})).toBeUndefined();
    expect(policyFromEnv({ SINHTRAC_POLICY: '' })).toBeUndefined();
  });

  it('refuses every mistake with one line naming the file and the entry', () => {
    const cases: [unknown, RegExp][] = [
      [[], /must be a JSON object/],
      [{ callers: [], extra: 1 }, /unknown key "extra"/],
      [{ callers: {} }, /"callers" must be an array/],
      [
        { callers: [{ certificate_cn: 'k', roles: ['kiosks'] }] },
        /callers\[0\]\.roles\[0\]: unknown role "kiosks"/,
      ],
      [{ callers: [{ certificate_cn: 'k', roles: [] }] }, /callers\[0\]\.roles must be a non-empty array/],
      [{ callers: [{ roles: ['kiosk'] }] }, /exactly one of certificate_cn, token_sha256/],
      [{ callers: [{ certificate_cn: 'k', token_sha256: sha, roles: ['kiosk'] }] }, /exactly one/],
      [{ callers: [{ name: 'b', token_sha256: 'secret-token', roles: ['backend'] }] }, /64 hex digits/],
      [{ callers: [{ token_sha256: sha, roles: ['backend'] }] }, /callers\[0\]\.name/],
      [{ callers: [{ name: 'a/b', token_sha256: sha, roles: ['backend'] }] }, /callers\[0\]\.name/],
      [{ callers: [{ certificate_cn: '*', roles: ['kiosk'] }] }, /certificate_cn/],
      [{ callers: [{ certificate_cn: 'k', roles: ['kiosk'], rolez: 1 }] }, /unknown key "rolez"/],
      [
        {
          callers: [
            { certificate_cn: 'k', roles: ['kiosk'] },
            { certificate_cn: 'k', roles: ['admin'] },
          ],
        },
        /callers\[1\] repeats an earlier cn/,
      ],
      [{ callers: [], limits: { lockout_s: -1 } }, /limits\.lockout_s must be a whole number/],
      [{ callers: [], limits: { lockout: 5 } }, /limits: unknown key "lockout"/],
      [{ callers: [], limits: { lockout_s: 0 } }, /lockout_s must be above 0/],
    ];
    for (const [json, message] of cases) {
      let error: Error | undefined;
      try {
        parsePolicy(json, 'p.json');
      } catch (err) {
        error = err as Error;
      }
      expect(error?.message, JSON.stringify(json)).toMatch(message);
      expect(error?.message).toMatch(/^SINHTRAC_POLICY p\.json: /);
      expect(error?.message).not.toContain('\n');
    }
  });

  it('names an unreadable or non-JSON file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'sinhtrac-policy-'));
    try {
      expect(() => policyFromEnv({ SINHTRAC_POLICY: join(dir, 'none.json') })).toThrow(/cannot read/);
      writeFileSync(join(dir, 'bad.json'), '{callers: []}');
      expect(() => policyFromEnv({ SINHTRAC_POLICY: join(dir, 'bad.json') })).toThrow(/bad\.json: not JSON/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('forwarded operator id', () => {
  it('refuses /, control and format characters and over-long ids; accepts ordinary ones', () => {
    for (const bad of [
      'a/b',
      'a\u0000b',
      'a\nb',
      'a\tb',
      'a\u001b[31m',
      'a\u0085b',
      'a\u202eb',
      'a\u2028b',
      'x'.repeat(129),
    ]) {
      expect(() => checkForwardedCaller(bad), JSON.stringify(bad)).toThrow(/x-caller-id/);
    }
    for (const ok of [undefined, '', 'officer-42', 'Nguyễn Văn A', 'x'.repeat(128)]) {
      expect(() => checkForwardedCaller(ok)).not.toThrow();
    }
  });
});

describe('attempt limits', () => {
  const limits = {
    ...defaultPolicyLimits,
    failedVerifiesPerCccd: 3,
    failureWindowMs: 60_000,
    lockoutMs: 120_000,
  };

  it('locks a CCCD at the Nth failure in the window, for the lockout period, then forgets it', () => {
    let now = 1_000_000;
    const l = new AttemptLimits(limits, () => now);
    expect(l.recordDecision('c', 'NO_MATCH')).toBeUndefined();
    now += 59_000;
    expect(l.recordDecision('c', 'NO_MATCH')).toBeUndefined();
    now += 2_000; // the first failure left the window
    expect(l.recordDecision('c', 'NO_MATCH')).toBeUndefined();
    expect(l.recordDecision('c', 'RECAPTURE')).toBeUndefined();
    const lockout = l.recordDecision('c', 'NO_MATCH');
    expect(lockout).toEqual({ failures: 3, lockedUntilMs: now + 120_000 });
    expect(() => l.checkCccd('c')).toThrow(
      expect.objectContaining({ reason: 'CCCD_LOCKED', httpStatus: 429 }),
    );
    expect(() => l.checkCccd('other')).not.toThrow();
    // Verifies admitted before the lock that finish as NO_MATCH start no second lockout.
    expect(l.recordDecision('c', 'NO_MATCH')).toBeUndefined();
    now += 120_001;
    expect(() => l.checkCccd('c')).not.toThrow();
  });

  it('forgets the least recently failed CCCD beyond its bound, passing over locked ones', () => {
    const l = new AttemptLimits({ ...limits, failedVerifiesPerCccd: 2, maxTrackedCccds: 2 });
    l.recordDecision('a', 'NO_MATCH');
    l.recordDecision('a', 'NO_MATCH'); // a locked
    l.recordDecision('b', 'NO_MATCH');
    l.recordDecision('c', 'NO_MATCH'); // over the bound: b goes, not the locked a
    expect(() => l.checkCccd('a')).toThrow(/locked/);
    l.recordDecision('c', 'NO_MATCH'); // c locked too: both kept
    expect(() => l.checkCccd('c')).toThrow(/locked/);
    l.recordDecision('d', 'NO_MATCH'); // the only unlocked entry is the new one: it goes, the locks stay
    l.recordDecision('d', 'NO_MATCH');
    expect(() => l.checkCccd('d')).not.toThrow();
    expect(() => l.checkCccd('a')).toThrow(/locked/);
    expect(() => l.checkCccd('c')).toThrow(/locked/);
  });

  it('gives each caller a bucket of its attempts per minute, refilled over the minute; 0 = unlimited', () => {
    let now = 0;
    const l = new AttemptLimits(limits, () => now);
    l.takeAttempt('k', 2);
    l.takeAttempt('k', 2);
    expect(() => l.takeAttempt('k', 2)).toThrow(
      expect.objectContaining({ reason: 'RATE_LIMITED', httpStatus: 429 }),
    );
    l.takeAttempt('other', 2);
    now += 30_000;
    l.takeAttempt('k', 2);
    expect(() => l.takeAttempt('k', 2)).toThrow(/retry in/);
    for (let i = 0; i < 1000; i++) l.takeAttempt('backend', 0);
  });
});
