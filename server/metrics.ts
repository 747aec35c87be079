import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { BiometricPool } from '../engine/pool/index.ts';

/**
 * How often the event-loop lag histogram samples. prom-client's default, 10 ms, wakes an idle service 100 times a
 * second (measured: ~4 ms CPU per second of the main thread); a stall still shows at 100 ms, only short ones are
 * caught less often.
 */
const eventLoopLagSampleMs = 100;

/** Prometheus metrics of one service process; no labels carry personal data (no CCCD, no bytes). */
export class ServiceMetrics {
  readonly registry = new Registry();
  readonly requestSeconds = new Histogram({
    name: 'sinhtrac_request_seconds',
    help: 'Request latency by transport, operation and outcome',
    labelNames: ['transport', 'operation', 'code'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [this.registry],
  });
  readonly decisions = new Counter({
    name: 'sinhtrac_decisions_total',
    help: 'Decisions by operation (verify, compare_faces, compare_fingers), decision and level (verify only)',
    labelNames: ['operation', 'decision', 'level'] as const,
    registers: [this.registry],
  });

  constructor(pool: BiometricPool) {
    collectDefaultMetrics({
      register: this.registry,
      prefix: 'sinhtrac_',
      eventLoopMonitoringPrecision: eventLoopLagSampleMs,
    });
    new Gauge({
      name: 'sinhtrac_pool_queue_size',
      help: 'Tasks waiting for a worker',
      registers: [this.registry],
      collect() {
        this.set(pool.queueSize);
      },
    });
    new Gauge({
      name: 'sinhtrac_pool_utilization',
      help: 'Share of worker time spent on tasks since start',
      registers: [this.registry],
      collect() {
        this.set(pool.utilization);
      },
    });
  }

  countDecision(operation: string, decision: string, level: string): void {
    this.decisions.inc({ operation, decision, level });
  }

  observe(transport: 'http' | 'grpc', operation: string, code: string, seconds: number): void {
    this.requestSeconds.observe({ transport, operation, code }, seconds);
  }
}
