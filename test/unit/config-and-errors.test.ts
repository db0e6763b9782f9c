import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../lib/platform/config/env.ts';
import { IdempotencyConflictError, ValidationError } from '../../lib/platform/errors.ts';
import { errorResponse } from '../../lib/platform/http/error-response.ts';
import { functions } from '../../lib/wiring.ts';

describe('configuration at cold start', () => {
  const access = functions['intake-public-api'].access;
  const complete = {
    TABLE_NAME: 't',
    PUBLIC_BASE_URL: 'https://api.example.cn/',
    LINK_SIGNING_SECRET_ID: 'arn:aws:secretsmanager:ap-east-1:123456789012:secret:LinkSigningSecret-AbCdEf',
    DATA_KEYS_SOURCE: 'kms:arn:aws:kms:ap-east-1:123456789012:key/0b1c2d3e-1111-2222-3333-444455556666',
  };

  it('reads a complete environment and trims the base URL', () => {
    const config = loadConfig(access, complete);
    expect(config.publicBaseUrl).toBe('https://api.example.cn');
  });

  it('fails naming every missing or bad variable', () => {
    const { TABLE_NAME: _omitted, ...rest } = complete;
    let caught: unknown;
    try {
      loadConfig(access, { ...rest, LINK_SIGNING_SECRET_ID: '   ', DATA_KEYS_SOURCE: 'plain-key-in-env' });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(ConfigError);
    expect((caught as ConfigError).message).toContain('TABLE_NAME is missing');
    expect((caught as ConfigError).message).toContain('LINK_SIGNING_SECRET_ID is invalid');
    expect((caught as ConfigError).message).toContain('DATA_KEYS_SOURCE is invalid');
    expect((caught as ConfigError).variables).toEqual(['TABLE_NAME', 'LINK_SIGNING_SECRET_ID', 'DATA_KEYS_SOURCE']);
  });
});

describe('error responses', () => {
  it("answers a replayed Idempotency-Key in the client's codes: another body 422, still in progress 409", () => {
    const reused = errorResponse(new IdempotencyConflictError('reused'), 'en');
    expect(reused.statusCode).toBe(422);
    expect(JSON.parse(reused.body!).error.code).toBe('idempotency_key_reused');
    const busy = errorResponse(new IdempotencyConflictError('in_progress'), 'zh-CN');
    expect(busy.statusCode).toBe(409);
    expect(JSON.parse(busy.body!).error).toEqual({ code: 'idempotency_in_progress', message: '相同 Idempotency-Key 的请求正在处理中，请稍后重试' });
  });

  it('answers an unexpected error with a generic 500 and nothing internal', () => {
    const internal = new Error('ECONNREFUSED 10.0.0.7:8000 at DynamoDBClient.send');
    const response = errorResponse(internal, 'en');
    expect(response.statusCode).toBe(500);
    expect(response.body).not.toContain('ECONNREFUSED');
    expect(response.body).not.toContain('DynamoDB');
    expect(JSON.parse(response.body!)).toEqual({ error: { code: 'internal', message: 'Something went wrong on our side; please try again later' } });
  });

  it('answers a validation error with localized field messages', () => {
    const error = new ValidationError([{ path: 'customer.name', key: 'too_long', params: { max: 100 } }]);
    expect(JSON.parse(errorResponse(error, 'zh-CN').body!).error.fields).toEqual([{ path: 'customer.name', message: '长度不能超过 100 个字符' }]);
    expect(JSON.parse(errorResponse(error, 'en').body!).error.fields).toEqual([{ path: 'customer.name', message: 'Must be at most 100 characters' }]);
  });
});
