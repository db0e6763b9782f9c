import type { Locale } from './locale.ts';

/**
 * Typed domain errors. Each has a stable `code` the HTTP error middleware maps to a status and a
 * localized message; `cause` keeps the underlying error for logs, never for clients.
 */
export interface FieldProblem {
  path: string;
  /** Message key from lib/platform/http/messages.ts plus its parameters. */
  key: string;
  params?: Record<string, string | number>;
}

export abstract class DomainError extends Error {
  abstract readonly code: string;
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
  }

  /**
   * Values for the client message's placeholders (safe to show), in the reader's language where a
   * value is words; a code goes through the label catalogue (`{name:group}` in the message).
   */
  messageParams(_locale: Locale): Record<string, string | number> {
    return {};
  }

  /** Extra fields for the client (safe to show), beside code and message. */
  publicDetails(): Record<string, unknown> {
    return {};
  }
}

export class ValidationError extends DomainError {
  override name = 'ValidationError';
  readonly code = 'validation_failed';
  constructor(readonly fields: FieldProblem[], options?: { cause?: unknown }) {
    super(`Validation failed: ${fields.map((f) => f.path).join(', ')}`, options);
  }
}

export class NotFoundError extends DomainError {
  override name = 'NotFoundError';
  readonly code = 'not_found';
}

export class InvalidTransitionError extends DomainError {
  override name = 'InvalidTransitionError';
  readonly code = 'invalid_transition';
  constructor(readonly currentStatus: string, readonly requestedStatus: string, options?: { cause?: unknown }) {
    super(`Cannot move from ${currentStatus} to ${requestedStatus}`, options);
  }

  override messageParams() {
    return { current: this.currentStatus };
  }

  override publicDetails() {
    return { currentStatus: this.currentStatus };
  }
}

/** The item changed between read and write (a concurrent update won). */
export class ConcurrentUpdateError extends DomainError {
  override name = 'ConcurrentUpdateError';
  readonly code = 'concurrent_update';
}

export class IdempotencyConflictError extends DomainError {
  override name = 'IdempotencyConflictError';
  readonly code: 'idempotency_key_reused' | 'idempotency_in_progress';
  constructor(kind: 'reused' | 'in_progress', options?: { cause?: unknown }) {
    super(kind === 'reused' ? 'Idempotency-Key reused with another request body' : 'A request with this Idempotency-Key is in progress', options);
    this.code = kind === 'reused' ? 'idempotency_key_reused' : 'idempotency_in_progress';
  }
}

export class UnauthorizedError extends DomainError {
  override name = 'UnauthorizedError';
  readonly code = 'unauthorized';
}

/** A verified token whose staff record is gone or deactivated: signed out at once, whatever the token says. */
export class AccountInactiveError extends DomainError {
  override name = 'AccountInactiveError';
  readonly code: 'account_deactivated' | 'account_unknown';
  constructor(kind: 'deactivated' | 'unknown', options?: { cause?: unknown }) {
    super(kind === 'deactivated' ? 'Staff account deactivated' : 'No staff record for this account', options);
    this.code = kind === 'deactivated' ? 'account_deactivated' : 'account_unknown';
  }
}

export class ForbiddenError extends DomainError {
  override name = 'ForbiddenError';
  readonly code = 'forbidden';
}
