/**
 * The middy stack every API function uses: structured logging with the request id, locale
 * detection, route dispatch on the API Gateway route key, staff authorization, body/query parsing
 * with zod, and one error middleware. A route's own code only maps a parsed request to a use case.
 */
import middy, { type MiddlewareObj } from '@middy/core';
import { injectLambdaContext } from '@aws-lambda-powertools/logger/middleware';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from 'zod';
import { ForbiddenError, UnauthorizedError } from '../errors.ts';
import type { Locale } from '../locale.ts';
import { isAllowed, staffUserFromClaims, type StaffUser } from '../auth/staff-user.ts';
import type { StaffRole } from '../../wiring.ts';
import { logger } from '../observability/logger.ts';
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
  /** Present on staff routes (the authorizer verified the JWT). */
  user: StaffUser | undefined;
  header(name: string): string | undefined;
}

export interface Route<Body = undefined, Query = undefined> {
  /** Roles allowed on a staff route; public routes leave it out. */
  roles?: readonly StaffRole[];
  body?: z.ZodType<Body>;
  query?: z.ZodType<Query>;
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

/** Staff routes: 401 without a verified user, 403 without one of the route's roles. */
function authorizeStaff(routes: Record<string, Route<any, any>>): MiddlewareObj<ApiEvent, ApiResult, Error, Context> {
  return {
    before: (request) => {
      const definition = routes[request.event.routeKey];
      const claims = request.event.requestContext?.authorizer?.jwt?.claims as Record<string, unknown> | undefined;
      const user = staffUserFromClaims(claims);
      if (!definition?.roles) return;
      if (!user) throw new UnauthorizedError('No verified staff user');
      if (!isAllowed(user, definition.roles)) throw new ForbiddenError(`Roles ${user.roles.join(',')} may not call ${request.event.routeKey}`);
      logger.appendKeys({ staffId: user.id });
    },
  };
}

export function createApiHandler(routes: Record<string, Route<any, any>>) {
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
      user: staffUserFromClaims(event.requestContext?.authorizer?.jwt?.claims as Record<string, unknown> | undefined),
      header: (name) => header(event, name),
    });
  };
  return middy(dispatch)
    .use(injectLambdaContext(logger, { resetKeys: true }))
    .use(errorsInClientLocale())
    .use(authorizeStaff(routes));
}

export { jsonResponse };
