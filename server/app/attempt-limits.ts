/**
 * Attempt limits against guessing: each caller gets a bucket of attempts per minute (verifies, batch items,
 * compares), and a CCCD with too many NO_MATCH verifies within a window is locked for verify for a while.
 * Counted in memory by each process: with SINHTRAC_PROCESSES=N (or several nodes) every process counts on its
 * own, so the effective limits are up to N times the configured ones.
 */
import { AppError } from '../errors.ts';
import type { PolicyLimits } from './policy.ts';

interface Bucket {
  tokens: number;
  atMs: number;
}

interface CccdFailures {
  /** Epoch ms of the NO_MATCH verifies still inside the window, oldest first. */
  failuresMs: number[];
  lockedUntilMs: number;
}

/** A lockout just started: what its audit entry records. */
export interface Lockout {
  failures: number;
  lockedUntilMs: number;
}

/** Callers' buckets kept at once; a caller forgotten starts again with a full bucket. */
const maxTrackedCallers = 10_000;

export class AttemptLimits {
  private readonly buckets = new Map<string, Bucket>();
  private readonly cccds = new Map<string, CccdFailures>();

  constructor(
    readonly limits: PolicyLimits,
    private readonly nowMs: () => number = Date.now,
  ) {}

  /** One attempt by `caller`; 429 RATE_LIMITED once its bucket of `perMinute` is empty (0 = unlimited). */
  takeAttempt(caller: string, perMinute = this.limits.attemptsPerMinute): void {
    if (perMinute <= 0) return;
    const now = this.nowMs();
    let bucket = this.buckets.get(caller);
    if (bucket === undefined) {
      bucket = { tokens: perMinute, atMs: now };
    } else {
      this.buckets.delete(caller);
      bucket.tokens = Math.min(perMinute, bucket.tokens + ((now - bucket.atMs) * perMinute) / 60_000);
      bucket.atMs = now;
    }
    // Re-inserted last: the map's first entries are the callers idle longest, dropped when it is full.
    this.buckets.set(caller, bucket);
    evictOldest(this.buckets, maxTrackedCallers);
    if (bucket.tokens < 1) {
      const waitS = Math.ceil(((1 - bucket.tokens) * 60) / perMinute);
      throw new AppError(
        'RATE_LIMITED',
        'RATE_LIMITED',
        `caller ${caller} exceeded ${perMinute} attempts per minute; retry in ${waitS} s`,
      );
    }
    bucket.tokens -= 1;
  }

  /** 429 CCCD_LOCKED while the CCCD is locked for verify. */
  checkCccd(cccd: string): void {
    const entry = this.cccds.get(cccd);
    if (entry === undefined) return;
    const now = this.nowMs();
    if (entry.lockedUntilMs > now) {
      throw new AppError(
        'RATE_LIMITED',
        'CCCD_LOCKED',
        `CCCD ${cccd} is locked for verify after ${this.limits.failedVerifiesPerCccd} failed attempts; retry in ` +
          `${Math.ceil((entry.lockedUntilMs - now) / 1000)} s`,
        'cccd',
      );
    }
  }

  /**
   * Counts a decided verify: a MATCH clears the CCCD's failures, a NO_MATCH adds one (RECAPTURE neither). Returns
   * the lockout when this failure starts one.
   */
  recordDecision(cccd: string, decision: 'MATCH' | 'NO_MATCH' | 'RECAPTURE'): Lockout | undefined {
    const max = this.limits.failedVerifiesPerCccd;
    if (max <= 0 || decision === 'RECAPTURE') return undefined;
    if (decision === 'MATCH') {
      this.cccds.delete(cccd);
      return undefined;
    }
    const now = this.nowMs();
    const entry = this.cccds.get(cccd) ?? { failuresMs: [], lockedUntilMs: 0 };
    this.cccds.delete(cccd);
    const windowStart = now - this.limits.failureWindowMs;
    entry.failuresMs = entry.failuresMs.filter((t) => t > windowStart);
    entry.failuresMs.push(now);
    let lockout: Lockout | undefined;
    // Verifies admitted before the lock may still finish as NO_MATCH: they extend nothing and start no second lock.
    if (entry.failuresMs.length >= max && entry.lockedUntilMs <= now) {
      entry.lockedUntilMs = now + this.limits.lockoutMs;
      lockout = { failures: entry.failuresMs.length, lockedUntilMs: entry.lockedUntilMs };
      entry.failuresMs = [];
    }
    this.cccds.set(cccd, entry);
    this.evictCccds(now);
    return lockout;
  }

  /**
   * Over the bound, forgets the least recently failed CCCDs, passing over locked ones among the first few (so a
   * spray of failures on other CCCDs does not lift a lock); only if those are all locked is the oldest dropped.
   */
  private evictCccds(now: number): void {
    while (this.cccds.size > this.limits.maxTrackedCccds) {
      let victim: string | undefined;
      let scanned = 0;
      for (const [key, entry] of this.cccds) {
        if (entry.lockedUntilMs <= now) {
          victim = key;
          break;
        }
        if (++scanned >= maxLockedPassedOver) break;
      }
      this.cccds.delete(victim ?? (this.cccds.keys().next().value as string));
    }
  }
}

/** Locked CCCDs passed over per eviction: bounds its cost when the map is full of locks. */
const maxLockedPassedOver = 64;

function evictOldest<K, V>(map: Map<K, V>, max: number): void {
  while (map.size > max) {
    const oldest = map.keys().next();
    if (oldest.done) return;
    map.delete(oldest.value);
  }
}
