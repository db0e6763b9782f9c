/**
 * The middy stack every API function uses: structured logging with the request id, locale
 * detection, route dispatch on the API Gateway route key, staff authorization (the roles of the
 * manifest's route), body/query parsing
 * with zod, and one error middleware. A route's own code only maps a parsed request to a use case.
 */
import middy, { type MiddlewareObj } from '@middy/core';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod/mini';
import { AccountInactiveError, ForbiddenError, UnauthorizedError } from '../errors.ts';
import type { Locale } from '../locale.ts';
import { isAllowed, staffUserFromClaims, type StaffStatusLookup, type StaffUser } from '../auth/staff-user.ts';
import { routeKey, type FunctionSpec, type StaffRole } from '../../wiring.ts';
import { logger, logContext } from '../observability/logger.ts';
import { errorResponse, jsonResponse } from './error-response.ts';
import { MalformedJsonError, PayloadTooLargeError, RouteNotFoundError, UnsupportedMediaTypeError } from './http-errors.ts';
import { pickLocale } from './messages.ts';
import { parseWith } from './validation.ts';

export type ApiEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type ApiResult = APIGatewayProxyStructuredResultV2;

export interface ApiRequest<Body, Query> {
  event: ApiEvent;
  context: Context;
  body: Body;
  query: Query;
  params: Record<string, string | undefined>;
  locale: Locale;
  /** Present on staff routes: the verified caller, with the roles of their staff record. */
  user: StaffUser | undefined;
  header(name: string): string | undefined;
}

export interface Route<Body = undefined, Query = undefined> {
  body?: z.core.$ZodType<Body>;
  query?: z.core.$ZodType<Query>;
  maxBodyBytes?: number;
  handle(request: ApiRequest<Body, Query>): Promise<ApiResult>;
}

/** Keeps the body/query types of a route literal while storing routes in one table. */
export function route<Body = undefined, Query = undefined>(definition: Route<Body, Query>): Route<Body, Query> {
  return definition;
}

const DEFAULT_MAX_BODY_BYTES = 16 * 1024;

function header(event: ApiEvent, name: string): string | undefined {
  const wanted = name.toLowerCase();
  for (const [key, value] of Object.entries(event.headers ?? {})) if (key.toLowerCase() === wanted) return value;
  return undefined;
}

function rawBody(event: ApiEvent): string {
  if (!event.body) return '';
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
}

function parseJsonBody(event: ApiEvent, maxBytes: number): unknown {
  const text = rawBody(event);
  if (Buffer.byteLength(text, 'utf8') > maxBytes) throw new PayloadTooLargeError(maxBytes);
  const contentType = header(event, 'content-type') ?? '';
  if (text !== '' && !/^application\/(?:[\w.+-]+\+)?json\b/i.test(contentType)) {
    throw new UnsupportedMediaTypeError('Body must be JSON');
  }
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new MalformedJsonError('Body is not JSON', { cause: error });
  }
}

/** Reads the locale without trusting the body: the request may be the thing that is malformed. */
function requestLocale(event: ApiEvent): Locale {
  let bodyLocale: unknown;
  const text = rawBody(event);
  if (text.length > 0 && text.length <= DEFAULT_MAX_BODY_BYTES * 4) {
    try {
      bodyLocale = (JSON.parse(text) as { locale?: unknown } | null)?.locale;
    } catch {
      bodyLocale = undefined;
    }
  }
  return pickLocale(bodyLocale, header(event, 'accept-language'));
}

function errorsInClientLocale(): MiddlewareObj<ApiEvent, ApiResult, Error, Context> {
  return {
    onError: (request) => {
      request.response = errorResponse(request.error, requestLocale(request.event));
    },
  };
}

export interface ApiHandlerOptions {
  /** The function's own manifest entry (lib/wiring.ts): its routes and their roles. */
  spec: FunctionSpec;
  /**
   * The caller's staff record (active, roles), read on every staff route; the composition injects it
   * (`staffAdapters`) so the platform names no context. Required when any route has `roles`.
   */
  staffStatus?: StaffStatusLookup;
}

/**
 * Staff routes: 401 without a verified user or when their staff record is missing or deactivated
 * (off-boarding takes effect within the lookup's cache window, whatever the token says), 403 without
 * one of the route's roles, the record's roles being the ones that count. Public routes read nothing.
 */
function authorizeStaff(
  roles: ReadonlyMap<string, readonly StaffRole[]>,
  staffStatus: StaffStatusLookup | undefined,
  authorized: WeakMap<ApiEvent, StaffUser>,
): MiddlewareObj<ApiEvent, ApiResult, Error, Context> {
  return {
    before: async (request) => {
      const allowed = roles.get(request.event.routeKey);
      if (!allowed) return;
      const user = staffUserFromClaims(request.event.requestContext?.authorizer?.jwt?.claims as Record<string, unknown> | undefined);
      if (!user) throw new UnauthorizedError('No verified staff user');
      if (!staffStatus) throw new Error(`No staff status lookup for ${request.event.routeKey}`);
      const status = await staffStatus(user.id, user.issuedAt);
      if (!status) throw new AccountInactiveError('unknown');
      if (!status.active) throw new AccountInactiveError('deactivated');
      const current: StaffUser = { ...user, roles: [...status.roles] };
      logger.appendKeys({ staffId: current.id });
      if (!isAllowed(current, allowed)) throw new ForbiddenError(`Roles ${current.roles.join(',')} may not call ${request.event.routeKey}`);
      authorized.set(request.event, current);
    },
  };
}

/**
 * The roles of each staff route come from the function's manifest entry (lib/wiring.ts `roles`), the
 * same table the OpenAPI document states them from. The handler's routes and its entry's must be the
 * same set, and a staff route without roles fails the cold start: the deployed routes and the code
 * cannot drift apart.
 */
function manifestRoles(routes: Record<string, Route<any, any>>, spec: FunctionSpec): Map<string, readonly StaffRole[]> {
  const declared = new Set((spec.routes ?? []).map(routeKey));
  const handled = Object.keys(routes);
  const mismatch = [...handled.filter((key) => !declared.has(key)), ...[...declared].filter((key) => !(key in routes))];
  if (mismatch.length) throw new Error(`Routes of the handler and of its manifest entry differ: ${mismatch.join(', ')}`);
  const byKey = new Map<string, readonly StaffRole[]>();
  for (const route of spec.routes ?? []) {
    if (route.auth !== 'staff') continue;
    if (!route.roles?.length) throw new Error(`Staff route without roles in the manifest: ${routeKey(route)}`);
    byKey.set(routeKey(route), route.roles);
  }
  return byKey;
}

export function createApiHandler(routes: Record<string, Route<any, any>>, options: ApiHandlerOptions) {
  const roles = manifestRoles(routes, options.spec);
  const staffRoutes = [...roles.keys()];
  // Fails the cold start rather than a request: a staff route without the record check would trust the token alone.
  if (staffRoutes.length > 0 && !options.staffStatus) throw new Error(`Staff routes without a staff status lookup: ${staffRoutes.join(', ')}`);
  const authorized = new WeakMap<ApiEvent, StaffUser>();
  const dispatch = async (event: ApiEvent, context: Context): Promise<ApiResult> => {
    const definition = routes[event.routeKey];
    if (!definition) throw new RouteNotFoundError(`No route ${event.routeKey}`);
    const locale = requestLocale(event);
    const body = definition.body ? parseWith(definition.body, parseJsonBody(event, definition.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES)) : undefined;
    const query = definition.query ? parseWith(definition.query, event.queryStringParameters ?? {}) : undefined;
    return definition.handle({
      event,
      context,
      body,
      query,
      params: event.pathParameters ?? {},
      locale,
      user: authorized.get(event),
      header: (name) => header(event, name),
    });
  };
  return middy(dispatch)
    .use(logContext())
    .use(errorsInClientLocale())
    .use(authorizeStaff(roles, options.staffStatus, authorized));
}

export { jsonResponse };

/**
 * A JSON response whose body the compiler checks against the route's response schema, the one the
 * OpenAPI document publishes for it (lib/openapi.ts): `typedResponse<typeof schema>(200, body)`. A
 * handler cannot answer a shape the document does not describe. The schema is named as a type only
 * (`import type`), so response schemas stay out of the function bundles; the e2e client checks the
 * same at run time (test/support/contract.ts).
 */
export function typedResponse<S extends z.core.$ZodType>(statusCode: number, body: z.input<S>, headers: Record<string, string> = {}): ApiResult {
  return jsonResponse(statusCode, body, headers);
}
