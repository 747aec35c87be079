/** Benchmarks end with exactly one JSON line on stdout: the result. */
export function printResult(result: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
