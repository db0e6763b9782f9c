/**
 * The manifest's routes as patterns, and the answer to a request no route takes: 405 with `Allow` for
 * a known path called with another method, 400 for a path whose %-escape is malformed, 404 otherwise.
 * One piece of code for both gateways: the local one calls it, and in AWS it is the HTTP API's
 * `$default` route (functions/platform/unmatched.ts), which API Gateway invokes for every request
 * that matches no route.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { OPENAPI_PATH, allRoutes, type FunctionName, type RouteSpec } from '../../wiring.ts';
import { errorResponse } from './error-response.ts';
import { MalformedPathError, MethodNotAllowedError, RouteNotFoundError } from './http-errors.ts';
import type { Locale } from '../locale.ts';

export interface CompiledRoute extends RouteSpec {
  functionName: FunctionName;
  pattern: RegExp;
  /** The path parameters' names, in the order of the pattern's groups. */
  names: string[];
}

let compiled: CompiledRoute[] | undefined;

export function compiledRoutes(): CompiledRoute[] {
  compiled ??= allRoutes().map((route) => {
    const names: string[] = [];
    const pattern = new RegExp(
      `^${route.path.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\\?\{(\w+)\\?\}/g, (_, name: string) => (names.push(name), '([^/]+)'))}$`,
    );
    return { ...route, pattern, names };
  });
  return compiled;
}

export function findRoute(method: string, path: string): CompiledRoute | undefined {
  return compiledRoutes().find((route) => route.method === method && route.pattern.test(path));
}

/** `text` %-decoded; undefined when an escape is malformed (the client's mistake: a 400, not a failure). */
function decoded(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch (error) {
    if (error instanceof URIError) return undefined;
    throw error;
  }
}

/** The path parameters, %-decoded; undefined when an escape is malformed. */
export function decodedParameters(route: CompiledRoute, path: string): Record<string, string> | undefined {
  const values = route.pattern.exec(path)!.slice(1).map(decoded);
  if (values.some((value) => value === undefined)) return undefined;
  return Object.fromEntries(route.names.map((name, i) => [name, values[i]!]));
}

/** What a request no route takes is answered (never a 5xx: every case is the client's). */
export function unmatchedResponse(method: string, path: string, locale: Locale): APIGatewayProxyStructuredResultV2 {
  const allow = [...new Set(compiledRoutes().filter((route) => route.pattern.test(path)).map((route) => route.method as string))];
  // The document is a static file (CloudFront's bucket in AWS), readable with GET and HEAD.
  if (path === OPENAPI_PATH) allow.push('GET', 'HEAD');
  if (allow.length > 0 && !allow.includes(method)) {
    const refused = errorResponse(new MethodNotAllowedError(allow), locale);
    return { ...refused, headers: { ...refused.headers, allow: allow.join(', ') } };
  }
  if (decoded(path) === undefined) return errorResponse(new MalformedPathError(`Malformed path ${path}`), locale);
  return errorResponse(new RouteNotFoundError(`${method} ${path}`), locale);
}
