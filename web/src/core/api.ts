/**
 * The API client: same origin (`/v1/...`; CloudFront forwards it to the HTTP API in AWS, the local
 * gateway serves it locally), JSON both ways, the chosen language as Accept-Language, and the error
 * shape `{ error: { code, message, fields: [{ path, message }] } }` turned into an ApiError.
 */
import { OPERATIONS, type OperationId, type SuccessBody } from './api-types.ts';
import { locale, t } from './i18n.ts';
import { fillPath, queryString, type CallArgs, type QueryValue } from './operations.ts';

export interface FieldMessage {
  path: string;
  message: string;
}

export class ApiError extends Error {
  override name = 'ApiError';
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fields: FieldMessage[] = [],
    readonly details: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export interface RequestOptions {
  body?: unknown;
  token?: string | undefined;
  idempotencyKey?: string;
  signal?: AbortSignal;
}

/** Called with every 401 of an authenticated request (the staff app signs out). */
let onUnauthorized: (() => void) | undefined;
export function setUnauthorizedHandler(handler: () => void): void {
  onUnauthorized = handler;
}

export async function request<T = any>(method: string, path: string, options: RequestOptions = {}): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json', 'accept-language': locale() };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.token) headers.authorization = `Bearer ${options.token}`;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
      credentials: 'same-origin',
    });
  } catch (error) {
    if ((error as Error).name === 'AbortError') throw error;
    throw new ApiError(0, 'network', t('app.networkError'));
  }
  const text = await response.text();
  let body: any;
  try {
    body = text ? JSON.parse(text) : undefined;
  } catch {
    body = undefined;
  }
  if (response.ok) return body as T;
  if (response.status === 401 && options.token && onUnauthorized) onUnauthorized();
  const error = body?.error;
  if (error && typeof error === 'object' && typeof error.code === 'string') {
    const { code, message, fields, ...details } = error as { code: string; message: string; fields?: FieldMessage[] };
    throw new ApiError(response.status, code, message, fields ?? [], details);
  }
  // Not our error shape (API Gateway's own `{"message":"Unauthorized"}`, a proxy page...).
  throw new ApiError(response.status, 'http', t('app.unknownError', { message: String(body?.message ?? response.statusText ?? response.status) }));
}

/**
 * An operation of the OpenAPI document called by its operationId, through `request` (same errors,
 * same 401 handling): `call('getStaffTickets', { path: { id } }, token)` answers its success body as
 * the document types it.
 */
export function call<Id extends OperationId>(id: Id, args: CallArgs<Id>, token?: string): Promise<SuccessBody<Id>> {
  const { path, query, body, idempotencyKey, signal } = args as { path?: Record<string, string>; query?: Record<string, QueryValue>; body?: unknown; idempotencyKey?: string; signal?: AbortSignal };
  return request<SuccessBody<Id>>(OPERATIONS[id].method, `${fillPath(OPERATIONS[id].path, path)}${queryString(query)}`, {
    ...(body !== undefined ? { body } : {}),
    ...(token ? { token } : {}),
    ...(idempotencyKey ? { idempotencyKey } : {}),
    ...(signal ? { signal } : {}),
  });
}

/**
 * A document (the PDFs) fetched with the staff token, which a plain link cannot carry, and handed to
 * the browser to save (or show) under `filename`. Errors as `request` reports them.
 */
export async function downloadFile(path: string, filename: string, token?: string): Promise<void> {
  let response: Response;
  try {
    response = await fetch(path, { headers: { accept: 'application/pdf', 'accept-language': locale(), ...(token ? { authorization: `Bearer ${token}` } : {}) }, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, 'network', t('app.networkError'));
  }
  if (!response.ok) {
    const body = await response.json().catch(() => undefined);
    if (response.status === 401 && token && onUnauthorized) onUnauthorized();
    const error = body?.error;
    throw new ApiError(response.status, typeof error?.code === 'string' ? error.code : 'http', typeof error?.message === 'string' ? error.message : t('app.unknownError', { message: String(response.status) }));
  }
  const url = URL.createObjectURL(await response.blob());
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  document.body.append(anchor);
  anchor.click();
  anchor.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** A random key for Idempotency-Key: a retried submit of the same form is the same request. */
export function randomKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
