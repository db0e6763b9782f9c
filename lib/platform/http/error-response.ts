/**
 * The one place that decides what a client sees when something fails: a known error becomes its
 * 4xx with a localized message (and field list); anything else is logged and answered with a
 * generic 500. No stack, SDK text or internal message is ever put in a body.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { DomainError, ValidationError } from '../errors.ts';
import type { Locale } from '../locale.ts';
import { logger } from '../observability/logger.ts';
import { message } from './messages.ts';

export function jsonResponse(statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}

/** HTTP status of each client-facing error code; a code missing here is a 400 (the OpenAPI document lists them). */
export const STATUS_BY_CODE: Record<string, number> = {
  unauthorized: 401,
  account_deactivated: 401,
  account_unknown: 401,
  forbidden: 403,
  not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  service_unavailable: 503,
  invalid_transition: 409,
  concurrent_update: 409,
  timer_state: 409,
  safety_check_required: 409,
  insufficient_stock: 409,
  idempotency_in_progress: 409,
  survey_already_answered: 409,
  statement_state: 409,
  rework_not_suspected: 409,
  rework_already_judged: 409,
  rework_too_late: 409,
  statement_revision_stale: 409,
  invoice_already_requested: 409,
  invoice_not_requested: 409,
  invoice_already_issued: 409,
  nothing_to_invoice: 409,
  discount_needs_manager: 403,
  payment_exceeds_outstanding: 422,
  link_expired: 410,
  body_too_large: 413,
  unsupported_media_type: 415,
  idempotency_key_reused: 422,
  exemption_too_late: 422,
  technician_not_eligible: 422,
  quarter_signed_off: 409,
  rights_request_done: 409,
  part_not_designated: 422,
  supplier_not_approved: 422,
  document_state: 409,
  document_changed: 409,
};

export function errorResponse(error: unknown, locale: Locale): APIGatewayProxyStructuredResultV2 {
  if (!(error instanceof DomainError)) {
    logger.error('Unhandled error', error as Error);
    return jsonResponse(500, { error: { code: 'internal', message: message(locale, 'internal') } });
  }
  const status = STATUS_BY_CODE[error.code] ?? 400;
  logger.info('Request refused', { errorName: error.name, code: error.code, status });
  return jsonResponse(status, {
    error: {
      code: error.code,
      message: message(locale, error.code, error.messageParams(locale)),
      ...(error instanceof ValidationError
        ? { fields: error.fields.map((field) => ({ path: field.path, message: message(locale, field.key, field.params) })) }
        : {}),
      ...error.publicDetails(),
    },
  });
}
