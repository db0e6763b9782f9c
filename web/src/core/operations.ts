/**
 * 按 operationId 调用接口所需的地址与参数类型:路径模板来自 OpenAPI 文档(生成的 api-types.ts 中的 OPERATIONS)。
 * The URL of an operation named by its operationId: the path template of the OpenAPI document
 * (generated: api-types.ts `OPERATIONS`) with its `{name}`s filled (encodeURIComponent) and the
 * query appended; and the arguments of a typed call (`call` in api.ts), checked against the
 * operation's path parameters, query and body. Pure (no DOM, no fetch).
 */
import { OPERATIONS, type IdempotentOperation, type OperationId, type PathParams, type QueryParams, type RequestBody } from './api-types.ts';

/** One kind of input of a call: required, optional when all its members are, refused when the operation takes none. */
type Slot<Name extends string, T> = [T] extends [never] ? { [K in Name]?: never } : {} extends T ? { [K in Name]?: T } : { [K in Name]: T };

/** What an operation's URL is built from: its path parameters and its query. */
export type UrlParams<Id extends OperationId> = Slot<'path', PathParams<Id>> & Slot<'query', QueryParams<Id>>;

/** The arguments of a typed call: the URL's, the body, and an Idempotency-Key where the operation takes one. */
export type CallArgs<Id extends OperationId> = UrlParams<Id> &
  Slot<'body', RequestBody<Id>> &
  (Id extends IdempotentOperation ? { idempotencyKey?: string } : { idempotencyKey?: never }) & { signal?: AbortSignal };

/** `f(id)` when the operation needs no argument, `f(id, args)` when it does. */
export type OptionalWhenEmpty<Args> = {} extends Args ? [args?: Args] : [args: Args];

/** A query value as the client may give it: absent ones are left out, arrays repeat the name. */
export type QueryValue = string | number | boolean | undefined | ReadonlyArray<string | number | boolean>;

/** `/v1/staff/tickets/{id}` with `{ id: 'a/b' }` → `/v1/staff/tickets/a%2Fb`; a missing value is a programming error. */
export function fillPath(template: string, path: Readonly<Record<string, string>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = path[name];
    if (value === undefined) throw new Error(`${template}: no value for {${name}}`);
    return encodeURIComponent(value);
  });
}

/**
 * `?a=1&b=x%20y`, or '' when nothing is left. encodeURIComponent, not URLSearchParams: a space is
 * %20, never '+', which not every server reads as a space.
 */
export function queryString(query: Readonly<Record<string, QueryValue>> = {}): string {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(query)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) pairs.push(`${encodeURIComponent(name)}=${encodeURIComponent(String(item))}`);
  }
  return pairs.length ? `?${pairs.join('&')}` : '';
}

/** The URL of an operation (same origin): `operationUrl('getStaffTickets', { path: { id } })`. */
export function operationUrl<Id extends OperationId>(id: Id, ...[params]: OptionalWhenEmpty<UrlParams<Id>>): string {
  const { path, query } = (params ?? {}) as { path?: Record<string, string>; query?: Record<string, QueryValue> };
  return `${fillPath(OPERATIONS[id].path, path)}${queryString(query)}`;
}
