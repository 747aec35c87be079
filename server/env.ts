/** Integer settings read from the environment: unset or empty = the default, anything else must be in range. */
export function intFrom(
  env: NodeJS.ProcessEnv,
  name: string,
  fallback: number,
  min = 0,
  max = Number.POSITIVE_INFINITY,
): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) {
    const range = max === Number.POSITIVE_INFINITY ? `>= ${min}` : `${min}-${max}`;
    throw new Error(`${name} must be an integer ${range}, got ${raw}`);
  }
  return n;
}
