/**
 * Transport security for both ports, from PEM files. With a client CA the service requires mutual TLS: a caller
 * must present a certificate that CA signed, and its subject CN (e.g. the kiosk's name) is the caller recorded in
 * the audit, so "who" no longer rests on a header the caller writes itself.
 */
import { readFileSync } from 'node:fs';

export interface TlsConfig {
  certPem: Buffer;
  keyPem: Buffer;
  /** Set: client certificates are required and verified against it. */
  clientCaPem?: Buffer;
}

function pemFile(env: NodeJS.ProcessEnv, name: string): Buffer | undefined {
  const file = env[name];
  if (file === undefined || file === '') return undefined;
  try {
    return readFileSync(file);
  } catch (err) {
    throw new Error(`${name}: cannot read ${file} (${(err as Error).message})`);
  }
}

/** SINHTRAC_TLS_CERT + SINHTRAC_TLS_KEY (server chain and key), SINHTRAC_TLS_CLIENT_CA (mutual TLS). */
export function tlsConfigFrom(env: NodeJS.ProcessEnv): TlsConfig | undefined {
  const certPem = pemFile(env, 'SINHTRAC_TLS_CERT');
  const keyPem = pemFile(env, 'SINHTRAC_TLS_KEY');
  const clientCaPem = pemFile(env, 'SINHTRAC_TLS_CLIENT_CA');
  if (certPem === undefined && keyPem === undefined) {
    if (clientCaPem !== undefined)
      throw new Error('SINHTRAC_TLS_CLIENT_CA needs SINHTRAC_TLS_CERT and SINHTRAC_TLS_KEY');
    return undefined;
  }
  if (certPem === undefined || keyPem === undefined)
    throw new Error('SINHTRAC_TLS_CERT and SINHTRAC_TLS_KEY must be set together');
  return clientCaPem === undefined ? { certPem, keyPem } : { certPem, keyPem, clientCaPem };
}
