/** Errors of the HTTP layer itself (before any use case runs). */
import { DomainError } from '../errors.ts';

export class PayloadTooLargeError extends DomainError {
  override name = 'PayloadTooLargeError';
  readonly code = 'body_too_large';
  constructor(readonly maxBytes: number) {
    super(`Body larger than ${maxBytes} bytes`);
  }

  override messageParams() {
    return { max: this.maxBytes };
  }
}

export class UnsupportedMediaTypeError extends DomainError {
  override name = 'UnsupportedMediaTypeError';
  readonly code = 'unsupported_media_type';
}

export class MalformedJsonError extends DomainError {
  override name = 'MalformedJsonError';
  readonly code = 'invalid_json';
}

/** The system cannot take requests yet (the local runtime while it starts); the client retries. */
export class ServiceUnavailableError extends DomainError {
  override name = 'ServiceUnavailableError';
  readonly code = 'service_unavailable';
}

export class RouteNotFoundError extends DomainError {
  override name = 'RouteNotFoundError';
  readonly code = 'route_not_found';
}
