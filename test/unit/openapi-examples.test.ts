/**
 * 请求示例是事实，不是装饰：每个带请求体的操作都有示例，且路由校验用的 zod schema 接受它，发布的
 * JSON Schema（ajv strict）也接受它。
 * Request examples are facts, not decoration: every operation with a request body has one, the zod
 * schema the route validates with accepts it, and so does the published JSON Schema (ajv, strict).
 */
import * as z from 'zod';
import { describe, expect, it } from 'vitest';
import { ROUTE_DOCS } from '../../lib/openapi.ts';
import { validateCalendar } from '../../lib/calendar/index.ts';
import { operations, validatorFor } from '../support/contract.ts';

type Json = Record<string, any>;

const withBody = operations()
  .map((operation) => ({ key: `${operation.method} ${operation.template}`, operation, content: operation.spec.requestBody?.content?.['application/json'] as Json | undefined }))
  .filter((entry) => entry.content !== undefined);

describe('the request examples of the OpenAPI document', () => {
  it('are looked at for every operation with a JSON body', () => {
    expect(withBody.length).toBe(Object.values(ROUTE_DOCS).filter((doc) => doc.body).length);
  });

  it.each(withBody)('$key: present, accepted by the route’s zod schema and by the published schema', ({ key, operation, content }) => {
    const example = content!.example;
    expect(example, `${key} has no request example`).toBeDefined();
    // The published example (after its JSON round trip) is what a client copies.
    const parsed = z.safeParse(ROUTE_DOCS[key]!.body!, example);
    expect(parsed.success, parsed.success ? '' : `${key}: ${z.prettifyError(parsed.error)}`).toBe(true);
    const validate = validatorFor(`example ${operation.operationId}`, content!.schema);
    const valid = validate(example);
    expect(valid, `${key}: ${JSON.stringify(validate.errors)}`).toBe(true);
  });

  it('give a calendar the calendar engine accepts (the zod schema leaves it to validateCalendar)', () => {
    const example = withBody.find((entry) => entry.key === 'PUT /v1/staff/calendars/{calendarId}')!.content!.example;
    expect(() => validateCalendar(example.calendar)).not.toThrow();
  });
});
