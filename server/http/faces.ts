import type { FastifyInstance } from 'fastify';
import type { Application } from '../app/index.ts';
import { rpcRoute } from './rpc-route.ts';

export function facesRoutes(app: Application) {
  return async function faces(fastify: FastifyInstance): Promise<void> {
    rpcRoute(fastify, {
      method: 'POST',
      url: '/v1/faces::compare',
      operation: 'CompareFaces',
      summary: 'Compare two faces (portraits or templates) and decide at a target false match rate',
      tags: ['faces'],
      request: 'CompareFacesRequest',
      response: 'CompareFacesResponse',
      handler: app.compareFaces,
    });
    rpcRoute(fastify, {
      method: 'POST',
      url: '/v1/faces::extract',
      operation: 'ExtractFaceTemplate',
      summary: 'Extract a versioned face template from a portrait',
      tags: ['faces'],
      request: 'ExtractFaceTemplateRequest',
      response: 'ExtractFaceTemplateResponse',
      handler: app.extractFaceTemplate,
    });
  };
}
