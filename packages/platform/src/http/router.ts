import { problems } from "./problem";
import type { RouteSpec } from "./route";

/** Every `{id}` of the API is a ULID: anything else names nothing (and never reaches a key over DynamoDB's limit). */
export const ULID = /^[0-7][0-9A-HJKMNP-TV-Z]{25}$/;

interface Compiled<R extends RouteSpec> {
  route: R;
  pattern: RegExp;
  names: string[];
}

/**
 * Matches a method and path against route specs: the route and its path
 * parameters, a 405 (with Allow) when only the method is wrong, else a 404.
 * (middy's http-router has no 405, which the API contract needs.)
 */
export function createRouter<R extends RouteSpec>(routes: readonly R[]) {
  const compiled: Compiled<R>[] = routes.map((route) => {
    const names: string[] = [];
    const source = route.path.replace(/\{([^}/]+)\}/g, (_, name: string) => {
      names.push(name);
      return "([^/]+)";
    });
    return { route, pattern: new RegExp(`^${source}/?$`), names };
  });
  // Static paths win over parameterised ones (`/triage` before `/{id}`).
  compiled.sort((a, b) => a.names.length - b.names.length);

  return (method: string, path: string): { route: R; params: Record<string, string> } => {
    const allow = new Set<string>();
    for (const { route, pattern, names } of compiled) {
      const match = pattern.exec(path);
      if (!match) continue;
      if (route.method !== method) {
        allow.add(route.method);
        continue;
      }
      const params: Record<string, string> = {};
      for (const [i, name] of names.entries()) {
        const value = decodeSegment(match[i + 1] ?? "");
        if (value === null) throw problems.notFound(); // a malformed %-escape names nothing
        if (name === "id" && !ULID.test(value)) throw problems.notFound();
        params[name] = value;
      }
      return { route, params };
    }
    if (allow.size) throw problems.methodNotAllowed([...allow].sort());
    throw problems.notFound();
  };
}

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}
