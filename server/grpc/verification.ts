import type { UntypedServiceImplementation } from '@grpc/grpc-js';
import type { Application } from '../app/index.ts';
import type { ServiceMetrics } from '../metrics.ts';
import { unary } from './unary.ts';

export function verificationService(app: Application, metrics: ServiceMetrics): UntypedServiceImplementation {
  return {
    CompareFaces: unary('CompareFaces', metrics, app.compareFaces),
    ExtractFaceTemplate: unary('ExtractFaceTemplate', metrics, app.extractFaceTemplate),
    ExtractFingerTemplate: unary('ExtractFingerTemplate', metrics, app.extractFingerTemplate),
    CompareFingers: unary('CompareFingers', metrics, app.compareFingers),
  };
}
