import { portrait, sample1Faces } from '../../fixtures/portraits.ts';
import { encodeGrayPng, generateFingerImpression } from '../../fixtures/synth/index.ts';
import { citizen, enrolmentJson, liveCaptureJson } from '../../server/app/records-fixtures.ts';

export interface ScenarioSetup {
  /** No body: a GET. */
  http: { path: string; body?: string };
  grpc: { service: string; method: string; request: () => unknown };
}

export interface Scenario {
  setup(httpBase: string): Promise<ScenarioSetup>;
}

const b64 = (b: Uint8Array): string => Buffer.from(b).toString('base64');

async function postJson(url: string, body: unknown, method = 'POST'): Promise<Record<string, unknown>> {
  const res = await fetch(url, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status} ${JSON.stringify(json)}`);
  return json;
}

const compareFaces: Scenario = {
  async setup() {
    const a = await portrait(1, sample1Faces.middle);
    const b = await portrait(1, sample1Faces.middle, { margin: 2.5, shiftX: 0.1, outputSidePx: 320 });
    return {
      http: {
        path: '/v1/faces:compare',
        body: JSON.stringify({ a: { image: b64(a) }, b: { image: b64(b) } }),
      },
      grpc: {
        service: 'Verification',
        method: 'CompareFaces',
        request: () => ({ a: { image: a }, b: { image: b } }),
      },
    };
  },
};

/** A generated citizen: a portrait and two index fingers (ISO positions 2 and 7), enrolled, plus live captures. */
interface Citizen {
  cccd: string;
  livePortrait: Buffer;
  liveFingers: Array<{ position: number; image: Buffer }>;
}

const benchCccd = '001099012345';
/** The template scenarios' own record: the image scenarios re-enrol benchCccd from images (the soak runs both). */
const templateCccd = '001099054321';
const fingerPositions = [2, 7];

async function enrolCitizen(base: string): Promise<Citizen> {
  const enrolPortrait = await portrait(1, sample1Faces.middle);
  const livePortrait = await portrait(1, sample1Faces.middle, {
    margin: 2.4,
    shiftX: 0.08,
    outputSidePx: 340,
  });
  const png = (seed: number, impression: number): Buffer =>
    encodeGrayPng(generateFingerImpression(seed, impression));
  const enrolFingers = fingerPositions.map((position) => ({ position, image: b64(png(9000 + position, 0)) }));
  const liveFingers = fingerPositions.map((position) => ({ position, image: png(9000 + position, 1) }));
  const record = { cccd: benchCccd, face: { image: b64(enrolPortrait) }, fingers: enrolFingers };
  try {
    await postJson(`${base}/v1/records`, record);
  } catch {
    await postJson(`${base}/v1/records/${benchCccd}`, record, 'PUT');
  }
  return { cccd: benchCccd, livePortrait, liveFingers };
}

/** Enrols (or replaces) the generated citizen the template scenarios probe, under templateCccd. */
async function enrolTemplateRecord(base: string): Promise<ReturnType<typeof citizen>> {
  const person = citizen(4242);
  const record = enrolmentJson(person, templateCccd);
  await postJson(`${base}/v1/records`, record).catch(() =>
    postJson(`${base}/v1/records/${templateCccd}`, record, 'PUT'),
  );
  return person;
}

/**
 * Template probes against a record enrolled from templates: generated (server/app/records-fixtures.ts), so this
 * scenario measures the service's template path alone and does not depend on the face models or image decoding.
 */
const verifyTemplates: Scenario = {
  async setup(base) {
    const person = await enrolTemplateRecord(base);
    const grpcRequest = {
      cccd: templateCccd,
      face: { template: person.liveFace },
      fingers: person.liveFingers.map((f) => ({ position: f.position, template: f.template })),
    };
    return {
      http: {
        path: `/v1/records/${templateCccd}:verify`,
        body: JSON.stringify(liveCaptureJson(person)),
      },
      grpc: { service: 'Records', method: 'Verify', request: () => grpcRequest },
    };
  },
};

const verifyImages: Scenario = {
  async setup(base) {
    const citizen = await enrolCitizen(base);
    const grpcRequest = {
      cccd: citizen.cccd,
      face: { image: citizen.livePortrait },
      fingers: citizen.liveFingers,
    };
    return {
      http: {
        path: `/v1/records/${citizen.cccd}:verify`,
        body: JSON.stringify({
          face: { image: b64(citizen.livePortrait) },
          fingers: citizen.liveFingers.map((f) => ({ position: f.position, image: b64(f.image) })),
        }),
      },
      grpc: { service: 'Records', method: 'Verify', request: () => grpcRequest },
    };
  },
};

/**
 * The transport's floor: GetRecord reads one record's metadata (no biometrics, no audit), so its CPU per request is
 * what gRPC or HTTP, routing and metrics cost before any verification work.
 */
const getRecord: Scenario = {
  async setup(base) {
    await enrolTemplateRecord(base);
    const grpcRequest = { cccd: templateCccd };
    return {
      http: { path: `/v1/records/${templateCccd}` },
      grpc: { service: 'Records', method: 'GetRecord', request: () => grpcRequest },
    };
  },
};

const scenarios: Record<string, Scenario> = {
  'get-record': getRecord,
  'compare-faces': compareFaces,
  'verify-templates': verifyTemplates,
  'verify-images': verifyImages,
};

export const scenarioNames = Object.keys(scenarios);

export function scenarioNamed(name: string): Scenario {
  const s = scenarios[name];
  if (!s) throw new Error(`--scenario must be one of ${scenarioNames.join(', ')}; got "${name}"`);
  return s;
}
