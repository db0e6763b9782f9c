/**
 * Property-based requests generated from the published document's request schemas (fast-check): each
 * public operation and each staff operation (with a manager token) gets requests that the document
 * allows and requests it does not. Whatever arrives: never a 5xx, every status documented, every
 * error body an `Error` (the client `api()` checks both on every response); and a request the
 * document allows is never refused with 400. Path ids are fresh (unknown) ids, and operations whose
 * effects would reach other tests (settings, catalogues, new records) are left out. Bounded: a few
 * cases per operation, one run well inside a minute.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ContractViolation, api, staffToken } from '../support/local.ts';
import { openApiDocument, operations, validatorFor, type Operation } from '../support/contract.ts';

type Json = Record<string, any>;

/** Operations left out: they change shared configuration or create records other tests count. */
const LEFT_OUT = new Set([
  'PUT /v1/staff/sla/standards',
  'PUT /v1/staff/calendars/{calendarId}',
  'PUT /v1/staff/settlement/fee-schedule',
  'PUT /v1/staff/people/settings',
  'PUT /v1/staff/scorecards/config',
  'PUT /v1/staff/privacy/settings',
  'PUT /v1/staff/parts-settings',
  'PUT /v1/staff/members/{staffId}',
  'PUT /v1/staff/parts/{sku}',
  'PUT /v1/staff/suppliers/{supplierId}',
  'PUT /v1/staff/tools/{assetNo}',
  'PUT /v1/staff/devices/{system}/{serial}/coverage',
  'POST /v1/staff/tickets',
  'POST /v1/staff/purchase-orders',
  'POST /v1/staff/procurement-plan/orders',
  'POST /v1/staff/transfers',
  'POST /v1/staff/stocktakes',
  'POST /v1/staff/supplier-returns',
  'POST /v1/staff/training/sessions',
  'POST /v1/staff/privacy/requests',
  'POST /v1/staff/scorecards/{quarter}/sign-off',
  'POST /v1/staff/scorecards/{quarter}/adjustments/{staffId}',
  'POST /v1/staff/people/{staffId}/certificates',
  'POST /v1/staff/people/{staffId}/assessments',
  'POST /v1/staff/stock/{location}/{sku}/adjust',
]);

const VALID_RUNS = 6;
const INVALID_RUNS = 4;

const document = openApiDocument();
const resolve = (schema: Json): Json => (schema.$ref ? resolve(document.components.schemas[schema.$ref.replace('#/components/schemas/', '')]) : schema);

const word = fc.string({ unit: fc.constantFrom(...'abcdefghijkmnpqrstuvwxyz0123456789摄像机门禁'.split('')), minLength: 1, maxLength: 12 });

/** An arbitrary of values the schema (probably) allows; cases that do not validate are skipped by the caller. */
function arbitraryOf(raw: Json, depth = 0): fc.Arbitrary<unknown> {
  const schema = resolve(raw);
  if (schema.const !== undefined) return fc.constant(schema.const);
  if (schema.enum) return fc.constantFrom(...schema.enum);
  const choices = schema.anyOf ?? schema.oneOf;
  if (choices) {
    // Each alternative with what the schema around it says (properties and required merged).
    const base: Json = { ...schema, anyOf: undefined, oneOf: undefined };
    return fc.oneof(
      ...choices.map((choice: Json) =>
        arbitraryOf(choice.$ref || !base.type ? choice : { ...base, ...choice, properties: { ...choice.properties, ...base.properties }, required: [...(base.required ?? []), ...(choice.required ?? [])] }, depth + 1),
      ),
    );
  }
  const example = schema.example;
  const type = Array.isArray(schema.type) ? schema.type[0] : schema.type;
  let arbitrary: fc.Arbitrary<unknown>;
  switch (type) {
    case 'string': {
      const max = Math.min(schema.maxLength ?? 24, 24);
      const min = Math.min(schema.minLength ?? 0, max);
      if (schema.format === 'date-time') arbitrary = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
      else if (schema.format === 'date') arbitrary = fc.date({ min: new Date('2026-01-01T00:00:00Z'), max: new Date('2027-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
      else if (schema.format === 'uuid') arbitrary = fc.uuid({ version: 4 });
      else if (schema.format === 'email') arbitrary = word.map((w) => `fuzz-${w.replace(/[^a-z0-9]/g, 'x')}@example.cn`);
      else if (schema.format === 'cn-uscc') arbitrary = fc.constantFrom('91350100M000100Y43', '91110000600037341L');
      else if (schema.format === 'uri') arbitrary = fc.constant('https://example.cn/fuzz');
      else if (schema.pattern) arbitrary = fc.stringMatching(new RegExp(schema.pattern)).filter((s) => s.length >= min && s.length <= (schema.maxLength ?? 10_000));
      else arbitrary = fc.string({ unit: fc.constantFrom(...'abcdefghijkmnpqrstuvwxyz0123456789摄像机门禁'.split('')), minLength: Math.max(min, schema.minLength ? 1 : 0), maxLength: Math.max(max, min) });
      break;
    }
    case 'integer':
      arbitrary = fc.integer({ min: schema.minimum ?? (schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : -1000), max: schema.maximum ?? (schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : 100_000) });
      break;
    case 'number':
      arbitrary = fc.double({ min: schema.minimum ?? -1000, max: schema.maximum ?? 100_000, noNaN: true, noDefaultInfinity: true });
      break;
    case 'boolean':
      arbitrary = fc.boolean();
      break;
    case 'array':
      arbitrary = depth > 4 ? fc.constant([]) : fc.array(arbitraryOf(schema.items ?? {}, depth + 1), { minLength: schema.minItems ?? 0, maxLength: Math.max(schema.minItems ?? 0, Math.min(schema.maxItems ?? 3, 3)) });
      break;
    case 'object': {
      const properties = Object.entries((schema.properties ?? {}) as Record<string, Json>);
      if (depth > 5) return fc.constant({});
      arbitrary = fc.record(Object.fromEntries(properties.map(([name, property]) => [name, arbitraryOf(property, depth + 1)])), { requiredKeys: schema.required ?? [] });
      break;
    }
    default:
      arbitrary = fc.constant('x');
  }
  return example !== undefined ? fc.oneof({ weight: 1, arbitrary: fc.constant(example) }, { weight: 4, arbitrary }) : arbitrary;
}

interface Case {
  path: string;
  query: Record<string, string>;
  body?: unknown;
  rawBody?: string;
  headers: Record<string, string>;
}

function pathArbitrary(template: string): fc.Arbitrary<string> {
  const parts: fc.Arbitrary<string>[] = template.split(/(\{\w+\})/).map((part) => (part.startsWith('{') ? (part === '{quarter}' ? fc.constant('2026-Q4') : part === '{kind}' ? fc.constant('first_contact') : fc.uuid({ version: 4 })) : fc.constant(part)));
  return fc.tuple(...parts).map((values) => values.join(''));
}

function requestArbitrary(operation: Operation): fc.Arbitrary<Case> {
  const parameters = (operation.spec.parameters ?? []) as Json[];
  const query = parameters.filter((p) => p.in === 'query');
  const exactlyOne: string[] = operation.spec['x-exactly-one-of'] ?? [];
  const queryArbitrary = fc.record(Object.fromEntries(query.map((p) => [p.name, arbitraryOf(p.schema).map((v) => String(v))])), {
    requiredKeys: query.filter((p) => p.required || exactlyOne.includes(p.name)).map((p) => p.name) as never[],
  });
  const bodySchema = operation.spec.requestBody?.content?.['application/json']?.schema;
  const example = operation.spec.requestBody?.content?.['application/json']?.example;
  const bodyArbitrary = bodySchema ? (example !== undefined ? fc.oneof(fc.constant(example), arbitraryOf(bodySchema)) : arbitraryOf(bodySchema)) : fc.constant(undefined);
  const idempotent = parameters.some((p) => p.name === 'Idempotency-Key');
  const oneOf = exactlyOne.length ? fc.constantFrom(...exactlyOne) : fc.constant(undefined);
  return fc.record({ path: pathArbitrary(operation.template), query: queryArbitrary, body: bodyArbitrary, key: fc.uuid({ version: 4 }), one: oneOf }).map(({ path, query, body, key, one }) => ({
    path,
    // x-exactly-one-of: the chosen parameter of the group, no other.
    query: Object.fromEntries(Object.entries(query as Record<string, string>).filter(([name]) => one === undefined || !exactlyOne.includes(name) || name === one)),
    ...(body !== undefined ? { body } : {}),
    headers: (idempotent ? { 'idempotency-key': key } : {}) as Record<string, string>,
  }));
}

/**
 * The ways a request leaves the document: with a body, a required field dropped, an unknown field, a
 * wrong type, not JSON; without one (GET), a query value that is garbage, a required one dropped, an
 * unknown query parameter.
 */
function invalidArbitrary(operation: Operation): fc.Arbitrary<Case> {
  const hasBody = Boolean(operation.spec.requestBody);
  const ways = hasBody ? (['drop', 'unknown', 'wrong-type', 'not-json'] as const) : (['garbage-query', 'drop-query', 'unknown-query'] as const);
  return fc.tuple(requestArbitrary(operation), fc.constantFrom<string>(...ways), word).map(([valid, how, noise]) => {
    const body = valid.body && typeof valid.body === 'object' && !Array.isArray(valid.body) ? { ...(valid.body as Json) } : valid.body;
    switch (how) {
      case 'drop':
        if (body && typeof body === 'object') delete (body as Json)[Object.keys(body as Json)[0] ?? ''];
        return { ...valid, body };
      case 'unknown':
        return { ...valid, body: body && typeof body === 'object' ? { ...(body as Json), [`x_${noise}`]: noise } : { [`x_${noise}`]: noise } };
      case 'wrong-type':
        return { ...valid, body: body && typeof body === 'object' ? Object.fromEntries(Object.keys(body as Json).map((k) => [k, 12345])) : [noise] };
      case 'not-json':
        return { ...valid, body: undefined, rawBody: `{${noise}` };
      case 'garbage-query':
        return { ...valid, query: Object.fromEntries(Object.keys(valid.query).map((k) => [k, `%${noise}`])) };
      case 'drop-query':
        return { ...valid, query: Object.fromEntries(Object.entries(valid.query).slice(1)) };
      default:
        return { ...valid, query: { ...valid.query, [`x_${noise}`]: noise } };
    }
  });
}

/** The response, or undefined when it broke the document (the violation is a finding). */
async function send(operation: Operation, request: Case, token: string | undefined, findings: string[]) {
  const search = new URLSearchParams(request.query).toString();
  return api(operation.method, `${request.path}${search ? `?${search}` : ''}`, {
    ...(request.rawBody !== undefined ? { rawBody: request.rawBody } : request.body !== undefined ? { body: request.body } : {}),
    headers: request.headers,
    ...(token ? { token } : {}),
  }).catch((error: unknown) => {
    if (!(error instanceof ContractViolation)) throw error;
    findings.push(...error.problems.map((problem) => `${problem} ← ${JSON.stringify(request).slice(0, 300)}`));
    return undefined;
  });
}

/** A 400 whose fields are all ones the operation's `x-rules` name (rules the schema cannot say). */
function byDocumentedRule(operation: Operation, body: Json): boolean {
  const ruled: string[] = (operation.spec['x-rules'] ?? []).flatMap((rule: Json) => rule.fields);
  const fields: Json[] = body?.error?.fields ?? [];
  return fields.length > 0 && fields.every((field) => ruled.some((name) => field.path === name || field.path.startsWith(`${name}.`)));
}

const fuzzed = operations().filter((op) => !LEFT_OUT.has(`${op.method} ${op.template}`));

describe('the document against generated requests', () => {
  it('covers every public operation and most staff ones', () => {
    expect(fuzzed.filter((op) => op.spec.security.length === 0).length).toBe(operations().filter((op) => op.spec.security.length === 0).length);
    expect(fuzzed.length).toBeGreaterThan(90);
  });

  it('answers allowed requests without a 400 and refused ones with a documented error, never a 5xx', async () => {
    const manager = await staffToken('manager');
    const findings: string[] = [];
    const neverSent: string[] = [];
    for (const operation of fuzzed) {
      let sent = 0;
      const token = operation.spec.security.length ? manager : undefined;
      const bodySchema = operation.spec.requestBody?.content?.['application/json']?.schema;
      const bodyValid = bodySchema ? validatorFor(`request ${operation.operationId}`, bodySchema) : undefined;
      await fc.assert(
        fc.asyncProperty(requestArbitrary(operation), async (request) => {
          if (bodyValid && !bodyValid(request.body)) return; // the generator's miss: not a request the document allows
          sent += 1;
          const response = await send(operation, request, token, findings); // api() checks status and body against the document
          if (response && (response.status >= 500 || (response.status === 400 && !byDocumentedRule(operation, response.body)))) findings.push(`${operation.method} ${operation.template} allowed ${JSON.stringify(request).slice(0, 400)} → ${response.status} ${JSON.stringify(response.body).slice(0, 300)}`);
        }),
        { numRuns: VALID_RUNS, seed: 16, endOnFailure: true },
      );
      if (sent === 0) neverSent.push(`${operation.method} ${operation.template}`);
      await fc.assert(
        fc.asyncProperty(invalidArbitrary(operation), async (request) => {
          const response = await send(operation, request, token, findings);
          if (response && response.status >= 500) findings.push(`${operation.method} ${operation.template} refused ${JSON.stringify(request).slice(0, 400)} → ${response.status}`);
        }),
        { numRuns: INVALID_RUNS, seed: 16, endOnFailure: true },
      );
    }
    expect(findings).toEqual([]);
    // The generator reaches (nearly) every operation with requests the document allows.
    expect(neverSent).toEqual([]);
  }, 240_000);
});
