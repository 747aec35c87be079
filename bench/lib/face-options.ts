import type { FaceEngineOptions } from '../../engine/face/index.ts';
import type { BenchArgs } from './args.ts';

/**
 * Face engine options from benchmark flags; anything not given stays at the engine's production default, so a bare
 * run measures what the service runs. Flags: --threads N, --inter-threads N, --graph disabled|basic|extended|all,
 * --flip / --no-flip, --mirror-landmarks / --no-mirror-landmarks.
 */
export function faceEngineOptionsFromArgs(args: BenchArgs): FaceEngineOptions {
  const options: FaceEngineOptions = {};
  const threads = args.number('threads', 0);
  if (threads > 0) options.intraOpThreads = threads;
  const interThreads = args.number('inter-threads', 0);
  if (interThreads > 0) options.interOpThreads = interThreads;
  const graph = args.string('graph', '');
  if (graph !== '') {
    if (!['disabled', 'basic', 'extended', 'all'].includes(graph))
      throw new Error(`--graph: unknown level ${graph}`);
    options.graphOptimizationLevel = graph as FaceEngineOptions['graphOptimizationLevel'];
  }
  if (args.flag('flip')) options.flip = true;
  if (args.flag('no-flip')) options.flip = false;
  if (args.flag('mirror-landmarks')) options.mirrorLandmarks = true;
  if (args.flag('no-mirror-landmarks')) options.mirrorLandmarks = false;
  return options;
}
