import type { FastifyInstance } from 'fastify';
import type { Application } from '../app/index.ts';
import { rpcRoute } from './rpc-route.ts';

export function fingersRoutes(app: Application) {
  return async function fingers(fastify: FastifyInstance): Promise<void> {
    rpcRoute(fastify, {
      method: 'POST',
      url: '/v1/fingers::extract',
      operation: 'ExtractFingerTemplate',
      summary: 'Extract a minutiae template from a fingerprint image or raw gray pixels',
      tags: ['fingers'],
      request: 'ExtractFingerTemplateRequest',
      response: 'ExtractFingerTemplateResponse',
      handler: app.extractFingerTemplate,
    });
    rpcRoute(fastify, {
      method: 'POST',
      url: '/v1/fingers::compare',
      operation: 'CompareFingers',
      summary:
        'Compare probe fingers (images or templates) with reference templates, fused by finger position',
      tags: ['fingers'],
      request: 'CompareFingersRequest',
      response: 'CompareFingersResponse',
      handler: app.compareFingers,
    });
  };
}
