/**
 * The one place that decides what a client sees when something fails: a known error becomes its
 * 4xx with a localized message (and field list); anything else is logged and answered with a
 * generic 500. No stack, SDK text or internal message is ever put in a body.
 */
import type { APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { IdempotencyAlreadyInProgressError, IdempotencyValidationError } from '@aws-lambda-powertools/idempotency';
import {
  ConcurrentUpdateError,
  DomainError,
  ForbiddenError,
  IdempotencyConflictError,
  InvalidTransitionError,
  NotFoundError,
  UnauthorizedError,
  ValidationError,
} from '../domain/errors.ts';
import type { Locale } from '../domain/ticket.ts';
import { logger } from '../observability/logger.ts';
import { ExemptionTooLateError, TimerStateError } from '../domain/sla-timer.ts';
import { MalformedJsonError, PayloadTooLargeError, RouteNotFoundError, UnsupportedMediaTypeError } from './http-errors.ts';
import { message } from './messages.ts';

export function jsonResponse(statusCode: number, body: unknown, headers: Record<string, string> = {}): APIGatewayProxyStructuredResultV2 {
  return {
    statusCode,
    headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers },
    body: JSON.stringify(body),
  };
}

function statusOf(error: DomainError): number {
  if (error instanceof ValidationError || error instanceof MalformedJsonError) return 400;
  if (error instanceof UnauthorizedError) return 401;
  if (error instanceof ForbiddenError) return 403;
  if (error instanceof NotFoundError || error instanceof RouteNotFoundError) return 404;
  if (error instanceof InvalidTransitionError || error instanceof ConcurrentUpdateError || error instanceof TimerStateError) return 409;
  if (error instanceof ExemptionTooLateError) return 422;
  if (error instanceof IdempotencyConflictError) return error.code === 'idempotency_key_reused' ? 422 : 409;
  if (error instanceof PayloadTooLargeError) return 413;
  if (error instanceof UnsupportedMediaTypeError) return 415;
  return 400;
}

/** Powertools' idempotency errors are ours to translate into the client's vocabulary. */
function normalise(error: unknown): unknown {
  if (error instanceof IdempotencyValidationError) return new IdempotencyConflictError('reused', { cause: error });
  if (error instanceof IdempotencyAlreadyInProgressError) return new IdempotencyConflictError('in_progress', { cause: error });
  return error;
}

export function errorResponse(raw: unknown, locale: Locale): APIGatewayProxyStructuredResultV2 {
  const error = normalise(raw);
  if (!(error instanceof DomainError)) {
    logger.error('Unhandled error', error as Error);
    return jsonResponse(500, { error: { code: 'internal', message: message(locale, 'internal') } });
  }
  const status = statusOf(error);
  logger.info('Request refused', { errorName: error.name, code: error.code, status });
  const params: Record<string, string | number> = {};
  if (error instanceof PayloadTooLargeError) params.max = error.maxBytes;
  if (error instanceof InvalidTransitionError) params.current = error.currentStatus;
  if (error instanceof TimerStateError) params.state = error.state;
  if (error instanceof ExemptionTooLateError) params.dueAt = error.dueAt;
  return jsonResponse(status, {
    error: {
      code: error.code,
      message: message(locale, error.code, params),
      ...(error instanceof ValidationError
        ? { fields: error.fields.map((field) => ({ path: field.path, message: message(locale, field.key, field.params) })) }
        : {}),
      ...(error instanceof InvalidTransitionError ? { currentStatus: error.currentStatus } : {}),
      ...(error instanceof TimerStateError ? { timerState: error.state } : {}),
      ...(error instanceof ExemptionTooLateError ? { dueAt: error.dueAt } : {}),
    },
  });
}
