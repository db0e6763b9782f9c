/**
 * The HTTP API's `$default` route: every request no route matches. A known path with another method
 * is 405 with `Allow`, a malformed %-escape 400, anything else 404, in the caller's language
 * (lib/platform/http/route-table.ts, which the local gateway uses too). No table, no secrets.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { pickLocale } from '../../lib/platform/http/messages.ts';
import { unmatchedResponse } from '../../lib/platform/http/route-table.ts';

export async function handler(event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> {
  return unmatchedResponse(event.requestContext.http.method.toUpperCase(), event.rawPath, pickLocale(undefined, event.headers['accept-language']));
}
