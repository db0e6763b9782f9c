import { describe, expect, it } from 'vitest';
import type { APIGatewayProxyEventV2 } from 'aws-lambda';
import { handler } from '../../functions/platform/unmatched.ts';

/** What API Gateway hands the `$default` route's function: a request no route matched. */
function unmatched(method: string, rawPath: string, language?: string): APIGatewayProxyEventV2 {
  return {
    version: '2.0',
    routeKey: '$default',
    rawPath,
    rawQueryString: '',
    headers: language ? { 'accept-language': language } : {},
    requestContext: { http: { method, path: rawPath, protocol: 'HTTP/1.1', sourceIp: '203.0.113.9', userAgent: 'test' } },
    isBase64Encoded: false,
  } as unknown as APIGatewayProxyEventV2;
}

const bodyOf = (result: { body?: string }) => JSON.parse(result.body ?? '{}');

describe("the $default route's function (requests no route takes, in AWS)", () => {
  it('answers a known path with another method 405 with the Allow header and the methods in the body', async () => {
    const result = await handler(unmatched('DELETE', '/v1/tickets', 'en'));
    expect(result.statusCode).toBe(405);
    expect(result.headers?.allow).toBe('POST');
    expect(bodyOf(result)).toEqual({ error: { code: 'method_not_allowed', message: 'This endpoint does not support this method; allowed: POST', allow: ['POST'] } });
  });

  it('lists every method of a templated path, in Chinese by default', async () => {
    const result = await handler(unmatched('PUT', '/v1/staff/tickets/2a0e1f36-3c0e-4a47-9f57-1a0c5a4b1c11'));
    expect(result.statusCode).toBe(405);
    expect(result.headers?.allow).toBe('GET, PATCH');
    expect(bodyOf(result).error.message).toBe('该接口不支持此请求方法，可用方法：GET, PATCH');
  });

  it('answers a malformed %-escape 400 without any internal detail', async () => {
    const result = await handler(unmatched('GET', '/v1/%E0%A4%A/x', 'en'));
    expect(result.statusCode).toBe(400);
    expect(bodyOf(result).error.code).toBe('malformed_path');
    expect(result.body).not.toMatch(/URIError|at |\.ts/);
  });

  it('answers an unknown path 404 in the error shape', async () => {
    const result = await handler(unmatched('GET', '/v1/nothing-here', 'en'));
    expect(result.statusCode).toBe(404);
    expect(bodyOf(result)).toEqual({ error: { code: 'route_not_found', message: 'No such endpoint' } });
  });
});
