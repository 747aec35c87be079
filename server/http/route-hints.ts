/**
 * What a 404 can tell a newcomer: the path exists but takes other methods (405 with `Allow`), or a route is one
 * small slip away (`/v1/records/{cccd}/verify` for `:verify`, a trailing slash, another letter case, a missing
 * `/v1`). Hints name the route's template (`/v1/records/{cccd}:verify`), never the caller's URL back.
 */
import type { FastifyInstance, RouteOptions } from 'fastify';

interface KnownRoute {
  /** As the OpenAPI document writes it: `/v1/records/{cccd}:verify`. */
  template: string;
  pattern: RegExp;
  methods: Set<string>;
}

export interface RouteHint {
  /** Methods this exact path takes (the request's method is not one of them). */
  allow?: string[];
  /** A route the path was probably meant for, with the method to use. */
  didYouMean?: string;
}

/** Collects every public route as it is added; register before the routes. */
export class RouteHints {
  private readonly routes = new Map<string, KnownRoute>();

  watch(fastify: FastifyInstance): void {
    fastify.addHook('onRoute', (route: RouteOptions) => {
      const { template, pattern } = compile(route.url);
      const known = this.routes.get(template) ?? { template, pattern, methods: new Set<string>() };
      for (const m of [route.method].flat()) if (m !== 'HEAD') known.methods.add(m);
      this.routes.set(template, known);
    });
  }

  /** A hint for a request no route took, or undefined when nothing is near. */
  hintFor(method: string, path: string): RouteHint | undefined {
    const exact = this.matching(path);
    if (exact.length > 0) return { allow: [...new Set(exact.flatMap((r) => [...r.methods]))].sort() };
    for (const candidate of nearMisses(path)) {
      const near = this.matching(candidate);
      const same = near.find((r) => r.methods.has(method)) ?? near[0];
      if (same) {
        const m = same.methods.has(method) ? method : [...same.methods].sort()[0]!;
        return { didYouMean: `${m} ${same.template}` };
      }
    }
    return undefined;
  }

  private matching(path: string): KnownRoute[] {
    return [...this.routes.values()].filter((r) => r.pattern.test(path));
  }
}

/** Paths one slip away from `path`, most likely first. */
function nearMisses(path: string): string[] {
  const out: string[] = [];
  const add = (p: string) => {
    if (p !== path && !out.includes(p)) out.push(p);
  };
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  add(trimmed);
  // Custom methods take a colon (AIP-136): `/records/X/verify` -> `/records/X:verify`.
  add(trimmed.replace(/\/([a-z]+)$/i, ':$1'));
  add(trimmed.toLowerCase());
  add(trimmed.toLowerCase().replace(/\/([a-z]+)$/, ':$1'));
  if (!trimmed.startsWith('/v1/')) {
    add(`/v1${trimmed}`);
    add(`/v1${trimmed.replace(/\/([a-z]+)$/i, ':$1')}`);
  }
  return out;
}

/**
 * Fastify's route syntax to a template and a matcher: `::` is a literal colon, `:name` a parameter (up to the next
 * `/`, or its own `(regex)`), so `/v1/records/:cccd(^[^:]+)::verify` is `/v1/records/{cccd}:verify`.
 */
function compile(url: string): { template: string; pattern: RegExp } {
  let template = '';
  let pattern = '';
  for (let i = 0; i < url.length;) {
    if (url.startsWith('::', i)) {
      template += ':';
      pattern += ':';
      i += 2;
    } else if (url[i] === ':') {
      const name = /^:([A-Za-z_][A-Za-z0-9_]*)/.exec(url.slice(i))![1]!;
      i += name.length + 1;
      let part = '[^/]+';
      if (url[i] === '(') {
        const close = url.indexOf(')', i);
        part = url
          .slice(i + 1, close)
          .replace(/^\^/, '')
          .replace(/\$$/, '');
        i = close + 1;
      }
      template += `{${name}}`;
      pattern += `(?:${part})`;
    } else if (url[i] === '*') {
      template += '*';
      pattern += '.*';
      i++;
    } else {
      template += url[i];
      pattern += url[i]!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      i++;
    }
  }
  return { template, pattern: new RegExp(`^${pattern}$`) };
}
