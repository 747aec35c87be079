import type { UntypedServiceImplementation } from '@grpc/grpc-js';
import type { Application } from '../app/index.ts';
import type { ServiceMetrics } from '../metrics.ts';
import { refusing } from './definitions.ts';
import { unary } from './unary.ts';

export function verificationService(app: Application, metrics: ServiceMetrics): UntypedServiceImplementation {
  return {
    CompareFaces: unary('CompareFaces', metrics, refusing(app.compareFaces)),
    ExtractFaceTemplate: unary('ExtractFaceTemplate', metrics, refusing(app.extractFaceTemplate)),
    ExtractFingerTemplate: unary('ExtractFingerTemplate', metrics, refusing(app.extractFingerTemplate)),
    CompareFingers: unary('CompareFingers', metrics, refusing(app.compareFingers)),
  };
}
