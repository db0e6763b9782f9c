/**
 * The local API Gateway (HTTP API, payload format 2.0): serves the manifest's routes by invoking the
 * handler modules, verifies staff JWTs from the local issuer the way the JWT authorizer does, and
 * offers local-only routes under /__local (never deployed: CDK builds routes from the manifest).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { errorResponse } from '../lib/platform/http/error-response.ts';
import { MalformedPathError, ServiceUnavailableError } from '../lib/platform/http/http-errors.ts';
import { decodedParameters, findRoute } from '../lib/platform/http/route-table.ts';
import { UnauthorizedError } from '../lib/platform/errors.ts';
import { pickLocale } from '../lib/platform/http/messages.ts';
import { OPENAPI_PATH, defaultRouteFunction, routeKey } from '../lib/wiring.ts';
import type { LocalIssuer } from './issuer.ts';
import { invoke } from './lambda-runtime.ts';
import type { StaticHandler } from './static-files.ts';

export type LocalRoute = (request: { method: string; path: string; query: URLSearchParams; body: string }) => Promise<{ status: number; body: unknown }>;

/** API Gateway hands JWT claims to Lambda as strings, arrays as `[a b]`. */
function claimsAsApiGatewayDoes(payload: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(payload).map(([key, value]) => [key, Array.isArray(value) ? `[${value.join(' ')}]` : String(value)]),
  );
}

function readBody(request: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });
}

function send(response: ServerResponse, result: APIGatewayProxyStructuredResultV2): void {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(result.headers ?? {})) headers[name] = String(value);
  response.writeHead(result.statusCode ?? 200, headers);
  response.end(result.body === undefined ? '' : result.isBase64Encoded ? Buffer.from(result.body, 'base64') : result.body);
}

export interface GatewayOptions {
  port: number;
  root: string;
  issuer: LocalIssuer;
  localRoutes: Record<string, LocalRoute>;
  /** The web app: GET/HEAD outside /v1/ and /__local/, and /v1/openapi.json (CloudFront's bucket behaviours in AWS). */
  staticFiles?: StaticHandler;
  /**
   * Settles when every service, queue, poller and schedule is up. The gateway listens earlier (the
   * system needs its port for the links it signs); a request that arrives before waits for it, and
   * answers 503 if start-up takes longer than `readyWaitMs` or fails.
   */
  ready?: Promise<void>;
  readyWaitMs?: number;
}

class NotReadyError extends Error {
  override name = 'NotReadyError';
}

function withinWait(ready: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    ready,
    new Promise<void>((_, reject) => {
      timer = setTimeout(() => reject(new NotReadyError(`not ready after ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
}

export async function startGateway(options: GatewayOptions): Promise<{ url: string; server: Server; stop(): Promise<void> }> {
  // API Gateway's payload limit is 10 MB; anything beyond is cut here too, the handler refuses far less.
  const maxPayload = 10 * 1024 * 1024;
  const server = createServer(async (request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const method = (request.method ?? 'GET').toUpperCase();
    const locale = pickLocale(undefined, request.headers['accept-language']);
    try {
      const body = await readBody(request, maxPayload);
      if (options.ready) {
        const waited = await withinWait(options.ready, options.readyWaitMs ?? 30_000).then(
          () => true,
          () => false,
        );
        if (!waited) {
          const unavailable = errorResponse(new ServiceUnavailableError('The local system is still starting'), locale);
          return send(response, { ...unavailable, headers: { ...unavailable.headers, 'retry-after': '1' } });
        }
      }
      const local = options.localRoutes[`${method} ${url.pathname}`];
      if (local) {
        const result = await local({ method, path: url.pathname, query: url.searchParams, body: body.toString('utf8') });
        return send(response, { statusCode: result.status, headers: { 'content-type': 'application/json' }, body: JSON.stringify(result.body) });
      }
      // The OpenAPI document is a static file, as CloudFront serves it from the site bucket.
      const isApi = (url.pathname.startsWith('/v1/') && url.pathname !== OPENAPI_PATH) || url.pathname.startsWith('/__local/');
      if (options.staticFiles && !isApi && (method === 'GET' || method === 'HEAD')) {
        await options.staticFiles(method, url.pathname, response);
        return;
      }
      // No route: the `$default` route's function answers (405 with Allow, 400, 404), as in AWS.
      const route = findRoute(method, url.pathname);
      const pathParameters = route ? decodedParameters(route, url.pathname) : {};
      if (!pathParameters) return send(response, errorResponse(new MalformedPathError(`Malformed path ${url.pathname}`), locale));
      let authorizer: { jwt: { claims: Record<string, string>; scopes: null } } | undefined;
      if (route?.auth === 'staff') {
        const bearer = /^Bearer (.+)$/i.exec(request.headers.authorization ?? '')?.[1];
        const payload = bearer ? await options.issuer.verify(bearer).catch(() => undefined) : undefined;
        if (!payload) return send(response, errorResponse(new UnauthorizedError('Missing or invalid token'), locale));
        authorizer = { jwt: { claims: claimsAsApiGatewayDoes(payload as Record<string, unknown>), scopes: null } };
      }
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(request.headers)) {
        if (value !== undefined && name !== 'cookie') headers[name] = Array.isArray(value) ? value.join(',') : value;
      }
      const query: Record<string, string> = {};
      for (const [name, value] of url.searchParams) query[name] = query[name] === undefined ? value : `${query[name]},${value}`;
      const textual = /json|text|xml|form-urlencoded/.test(headers['content-type'] ?? 'application/json');
      const now = new Date();
      const event = {
        version: '2.0',
        routeKey: route ? routeKey(route) : '$default',
        rawPath: url.pathname,
        rawQueryString: url.search.slice(1),
        ...(request.headers.cookie ? { cookies: request.headers.cookie.split(/;\s*/) } : {}),
        headers,
        ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
        ...(route?.names.length ? { pathParameters } : {}),
        requestContext: {
          accountId: '000000000000',
          apiId: 'local',
          domainName: headers.host ?? 'localhost',
          domainPrefix: 'local',
          http: { method, path: url.pathname, protocol: `HTTP/${request.httpVersion}`, sourceIp: request.socket.remoteAddress ?? '127.0.0.1', userAgent: headers['user-agent'] ?? '' },
          requestId: randomUUID(),
          routeKey: route ? routeKey(route) : '$default',
          stage: '$default',
          time: now.toUTCString(),
          timeEpoch: now.getTime(),
          ...(authorizer ? { authorizer } : {}),
        },
        ...(body.length ? { body: textual ? body.toString('utf8') : body.toString('base64') } : {}),
        isBase64Encoded: body.length > 0 && !textual,
      };
      const result = (await invoke(route?.functionName ?? defaultRouteFunction(), event, options.root)) as APIGatewayProxyStructuredResultV2;
      send(response, result);
    } catch (error) {
      // As API Gateway does when the integration fails: a 500 without detail (here in our error shape).
      console.error(`[gateway] ${method} ${url.pathname} failed:`, error);
      if (!response.headersSent) send(response, errorResponse(new Error('integration failure'), locale));
    }
  });
  await new Promise<void>((resolve) => server.listen(options.port, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    url: `http://127.0.0.1:${port}`,
    server,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
