import type { FastifyInstance } from 'fastify';
import type { Application } from '../app/index.ts';
import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import { invalidArgument } from '../errors.ts';
import { rpcRoute } from './rpc-route.ts';

const cccdFromUrl = (params: Record<string, string>) => ({ cccd: params.cccd });

/** `?limit=N` as the uint32 ListAuditRequest.limit: digits only, in range (not `abc`, `-1`, `4294967297`). */
function auditLimitOf(query: Record<string, unknown>): number {
  const raw = query.limit;
  if (raw === undefined) return 0;
  if (typeof raw !== 'string' || !/^\d{1,10}$/.test(raw) || Number(raw) > 0xffffffff) {
    throw invalidArgument('INVALID_FIELD', 'limit must be a whole number 0-4294967295', 'limit');
  }
  return Number(raw);
}

export function recordsRoutes(app: Application) {
  return async function records(fastify: FastifyInstance): Promise<void> {
    rpcRoute(fastify, {
      method: 'POST',
      url: '/v1/records',
      operation: 'CreateRecord',
      summary: 'Enrol a citizen: face and fingers (images or templates) under a CCCD number; 409 if enrolled',
      tags: ['records'],
      request: 'CreateRecordRequest',
      response: 'RecordInfo',
      status: 201,
      handler: (req: sinhtrac.v1.CreateRecordRequest.$Properties, ctx) => app.createRecord(req, ctx),
    });
    rpcRoute(fastify, {
      method: 'GET',
      url: '/v1/records/:cccd',
      operation: 'GetRecord',
      summary: 'Record metadata (no template bytes)',
      tags: ['records'],
      request: 'GetRecordRequest',
      response: 'RecordInfo',
      fromParams: cccdFromUrl,
      handler: (req: sinhtrac.v1.GetRecordRequest.$Properties, ctx) => app.getRecord(req, ctx),
    });
    rpcRoute(fastify, {
      method: 'PUT',
      url: '/v1/records/:cccd',
      operation: 'ReplaceRecord',
      summary: 'Replace an enrolled record (same body as create; the CCCD comes from the URL)',
      tags: ['records'],
      request: 'ReplaceRecordRequest',
      response: 'RecordInfo',
      fromParams: cccdFromUrl,
      handler: (req: sinhtrac.v1.ReplaceRecordRequest.$Properties, ctx) => app.replaceRecord(req, ctx),
    });
    rpcRoute(fastify, {
      method: 'DELETE',
      url: '/v1/records/:cccd',
      operation: 'DeleteRecord',
      summary: 'Delete a record (its audit entries stay)',
      tags: ['records'],
      request: 'DeleteRecordRequest',
      response: 'DeleteRecordResponse',
      fromParams: cccdFromUrl,
      handler: (req: sinhtrac.v1.DeleteRecordRequest.$Properties, ctx) => app.deleteRecord(req, ctx),
    });
    rpcRoute(fastify, {
      method: 'POST',
      // The regex stops the parameter at the ':verify' custom verb (gRPC-transcoding style).
      url: '/v1/records/:cccd(^[^:]+)::verify',
      operation: 'Verify',
      summary:
        'Level-2 verification of a live face and fingers against the record: MATCH, NO_MATCH or RECAPTURE',
      tags: ['records'],
      request: 'VerifyRequest',
      response: 'VerifyResponse',
      fromParams: cccdFromUrl,
      handler: (req: sinhtrac.v1.VerifyRequest.$Properties, ctx) => app.verify(req, ctx),
    });
    rpcRoute(fastify, {
      method: 'GET',
      url: '/v1/records/:cccd/audit',
      operation: 'ListAudit',
      summary: 'Audit entries of a CCCD number, newest first (?limit=N, default 100)',
      tags: ['records'],
      request: 'ListAuditRequest',
      response: 'ListAuditResponse',
      fromParams: cccdFromUrl,
      handler: (req: sinhtrac.v1.ListAuditRequest.$Properties, ctx, http) =>
        app.listAudit({ ...req, limit: auditLimitOf(http.query as Record<string, unknown>) }, ctx),
    });
  };
}
