import type { FastifyInstance } from 'fastify';
import type { Application } from '../app/index.ts';
import type { ServiceMetrics } from '../metrics.ts';

export function healthRoutes(app: Application, metrics: ServiceMetrics) {
  return async function health(fastify: FastifyInstance): Promise<void> {
    const hide = { schema: { hide: true } };
    fastify.get('/healthz', hide, async () => ({ status: 'ok' }));
    // Ready only once every worker has loaded and warmed its models: load balancers send nothing before.
    fastify.get('/readyz', hide, async (_req, reply) => {
      const pool = app.deps.pool;
      const store = app.deps.store.health;
      if (pool.isReady() && store.ready) return { status: 'ready' };
      reply.code(503);
      if (!pool.isReady())
        return { status: pool.startupFailure ? 'failed' : 'starting', reason: pool.startupFailure ?? null };
      // The store refuses writes (disk full, database unreachable): reads still work, writes answer 503.
      return { status: 'store-unavailable', reason: store.failure?.reason ?? null };
    });
    fastify.get('/metrics', hide, async (_req, reply) => {
      reply.type(metrics.registry.contentType);
      return metrics.registry.metrics();
    });
  };
}
