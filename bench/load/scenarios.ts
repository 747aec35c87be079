import { portrait, sample1Faces } from '../../fixtures/portraits.ts';

export interface ScenarioSetup {
  http: { path: string; body: string };
  grpc: { service: string; method: string; request: () => unknown };
}

export interface Scenario {
  setup(httpBase: string): Promise<ScenarioSetup>;
}

const compareFaces: Scenario = {
  async setup() {
    const a = await portrait(1, sample1Faces.middle);
    const b = await portrait(1, sample1Faces.middle, { margin: 2.5, shiftX: 0.1, outputSidePx: 320 });
    return {
      http: {
        path: '/v1/faces:compare',
        body: JSON.stringify({ a: { image: a.toString('base64') }, b: { image: b.toString('base64') } }),
      },
      grpc: {
        service: 'Verification',
        method: 'CompareFaces',
        request: () => ({ a: { image: a }, b: { image: b } }),
      },
    };
  },
};

const scenarios: Record<string, Scenario> = { 'compare-faces': compareFaces };

export function scenarioNamed(name: string): Scenario {
  const s = scenarios[name];
  if (!s) throw new Error(`--scenario must be one of ${Object.keys(scenarios).join(', ')}; got "${name}"`);
  return s;
}
