/** createApiHandler against the function's manifest entry: the routes it answers are exactly its entry's. */
import { describe, expect, it } from 'vitest';
import { createApiHandler, jsonResponse, route } from '../../lib/platform/http/api-handler.ts';
import type { FunctionSpec } from '../../lib/wiring.ts';

const THROTTLE = { rate: 1, burst: 1 };
const spec = (routes: FunctionSpec['routes']): FunctionSpec => ({
  entry: 'functions/test.ts',
  description: 'test',
  timeoutSeconds: 3,
  memoryMb: 128,
  access: { table: 'none', sendsEmail: false, signsLinks: false, customerData: false },
  routes,
});
const ok = route({ handle: async () => jsonResponse(200, {}) });
const staffStatus = async () => ({ active: true, roles: ['manager' as const] });

describe("an API handler and its function's manifest entry", () => {
  it('starts when the handler answers exactly the routes of its entry', () => {
    expect(() => createApiHandler({ 'GET /v1/a': ok }, { spec: spec([{ method: 'GET', path: '/v1/a', auth: 'public', throttle: THROTTLE }]) })).not.toThrow();
  });

  it('fails the cold start when a route is in one and not the other', () => {
    const entry = spec([{ method: 'GET', path: '/v1/a', auth: 'public', throttle: THROTTLE }]);
    expect(() => createApiHandler({ 'GET /v1/a': ok, 'POST /v1/a': ok }, { spec: entry })).toThrow(/POST \/v1\/a/);
    expect(() => createApiHandler({}, { spec: entry })).toThrow(/GET \/v1\/a/);
  });

  it('fails the cold start for a staff route without roles, or without the staff record check', () => {
    const withoutRoles = spec([{ method: 'GET', path: '/v1/staff/x', auth: 'staff', throttle: THROTTLE }]);
    expect(() => createApiHandler({ 'GET /v1/staff/x': ok }, { spec: withoutRoles, staffStatus })).toThrow(/without roles/);
    const withRoles = spec([{ method: 'GET', path: '/v1/staff/x', auth: 'staff', roles: ['finance'], throttle: THROTTLE }]);
    expect(() => createApiHandler({ 'GET /v1/staff/x': ok }, { spec: withRoles })).toThrow(/staff status lookup/);
    expect(() => createApiHandler({ 'GET /v1/staff/x': ok }, { spec: withRoles, staffStatus })).not.toThrow();
  });
});
