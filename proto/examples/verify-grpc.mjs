// A gRPC client of sinhtrac in plain JavaScript (grpc-js + proto-loader, no generated code): enrol a citizen from
// template files, verify a live capture, and read the reason trailers of a refusal.
//
//   node proto/examples/verify-grpc.mjs <host:port> <cccd> <enrol-face.tpl> <live-face.tpl>
//
// Templates are the bytes ExtractFaceTemplate returns (or `npm run demo:fixtures` writes). Other languages: compile
// proto/sinhtrac/v1/*.proto with their protoc plugin, as the README's gRPC section shows.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as grpc from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';

const [address, cccd, enrolFacePath, liveFacePath] = process.argv.slice(2);
if (!liveFacePath) {
  console.error('usage: verify-grpc.mjs <host:port> <cccd> <enrol-face.tpl> <live-face.tpl>');
  process.exit(2);
}

const protoRoot = fileURLToPath(new URL('..', import.meta.url));
const definition = loadSync(['sinhtrac/v1/records.proto'], {
  includeDirs: [protoRoot],
  keepCase: true, // field names as in the .proto (snake_case)
  enums: String, // decisions as names: "MATCH", not 1
  longs: Number,
  defaults: true,
});
const { sinhtrac } = grpc.loadPackageDefinition(definition);
const records = new sinhtrac.v1.Records(address, grpc.credentials.createInsecure());

/** A unary call as a promise; the request id the service echoes is in the initial metadata. */
function call(method, request, metadata = new grpc.Metadata()) {
  return new Promise((resolve, reject) => {
    const deadline = new Date(Date.now() + 5000); // the service skips work whose deadline has passed
    records[method](request, metadata, { deadline }, (err, response) =>
      err ? reject(err) : resolve(response),
    );
  });
}

/** What a refusal says: the status, and the reason code and field in the trailing metadata. */
function refusal(err) {
  return {
    status: grpc.status[err.code],
    reason: err.metadata?.get('sinhtrac-reason')[0],
    field: err.metadata?.get('sinhtrac-field')[0],
  };
}

const face = (path) => ({ template: readFileSync(path) });
const metadata = new grpc.Metadata();
metadata.set('x-request-id', `example-${Date.now()}`);
try {
  await call('CreateRecord', { cccd, face: face(enrolFacePath) }, metadata);
} catch (err) {
  if (err.code !== grpc.status.ALREADY_EXISTS) throw err;
}
const verified = await call('Verify', { cccd, level: 1, face: face(liveFacePath) });
console.log(JSON.stringify({ decision: verified.decision, reasons: verified.reasons }));
try {
  await call('Verify', { cccd: '123', face: face(liveFacePath) });
} catch (err) {
  console.log(JSON.stringify(refusal(err)));
}
records.close();
