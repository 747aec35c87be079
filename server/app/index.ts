import type { sinhtrac } from '../../proto/gen/sinhtrac.js';
import type { CallContext } from './context.ts';
import type { AppDeps } from './deps.ts';
import { compareFaces, extractFaceTemplate } from './faces.ts';
import { compareFingers, extractFingerTemplate } from './fingers.ts';

/** The operations both transports expose; each is written once here and transcoded by server/http and server/grpc. */
export interface Application {
  readonly deps: AppDeps;
  compareFaces(req: sinhtrac.v1.CompareFacesRequest.$Properties, ctx: CallContext): Promise<sinhtrac.v1.CompareFacesResponse.$Properties>;
  extractFaceTemplate(
    req: sinhtrac.v1.ExtractFaceTemplateRequest.$Properties,
    ctx: CallContext,
  ): Promise<sinhtrac.v1.ExtractFaceTemplateResponse.$Properties>;
  extractFingerTemplate(
    req: sinhtrac.v1.ExtractFingerTemplateRequest.$Properties,
    ctx: CallContext,
  ): Promise<sinhtrac.v1.ExtractFingerTemplateResponse.$Properties>;
  compareFingers(
    req: sinhtrac.v1.CompareFingersRequest.$Properties,
    ctx: CallContext,
  ): Promise<sinhtrac.v1.CompareFingersResponse.$Properties>;
}

export function createApplication(deps: AppDeps): Application {
  return {
    deps,
    compareFaces: (req, ctx) => compareFaces(deps, req, ctx),
    extractFaceTemplate: (req, ctx) => extractFaceTemplate(deps, req, ctx),
    extractFingerTemplate: (req, ctx) => extractFingerTemplate(deps, req, ctx),
    compareFingers: (req, ctx) => compareFingers(deps, req, ctx),
  };
}
