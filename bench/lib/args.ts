/**
 * Minimal `--name value` / `--flag` / `--name=value` parser for benchmarks: no dependency, typed getters that
 * name the argument when a value is wrong.
 */
export interface BenchArgs {
  string(name: string, fallback: string): string;
  number(name: string, fallback: number): number;
  flag(name: string): boolean;
}

export function parseArgs(argv: readonly string[] = process.argv.slice(2)): BenchArgs {
  const values = new Map<string, string>();
  const flags = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (!arg.startsWith('--')) continue;
    const eq = arg.indexOf('=');
    if (eq > 0) {
      values.set(arg.slice(2, eq), arg.slice(eq + 1));
      continue;
    }
    const name = arg.slice(2);
    const next = argv[i + 1];
    if (next !== undefined && !next.startsWith('--')) {
      values.set(name, next);
      i++;
    } else {
      flags.add(name);
    }
  }
  return {
    string: (name, fallback) => values.get(name) ?? fallback,
    number(name, fallback) {
      const raw = values.get(name);
      if (raw === undefined) return fallback;
      const n = Number(raw);
      if (!Number.isFinite(n)) throw new Error(`--${name} must be a number, got "${raw}"`);
      return n;
    },
    flag(name) {
      if (flags.has(name)) return true;
      const raw = values.get(name);
      return raw === 'true' || raw === '1' || raw === 'yes';
    },
  };
}
