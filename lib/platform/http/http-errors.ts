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

/** A known path called with a method it does not have; `allow` lists the ones it has (the `Allow` header). */
export class MethodNotAllowedError extends DomainError {
  override name = 'MethodNotAllowedError';
  readonly code = 'method_not_allowed';
  constructor(readonly allow: readonly string[]) {
    super(`Method not allowed; allowed: ${allow.join(', ')}`);
  }

  override messageParams() {
    return { allow: this.allow.join(', ') };
  }

  override publicDetails() {
    return { allow: [...this.allow] };
  }
}

/** A path that is not a valid URL path (a malformed %-escape): the client's mistake, not a server error. */
export class MalformedPathError extends DomainError {
  override name = 'MalformedPathError';
  readonly code = 'malformed_path';
}
