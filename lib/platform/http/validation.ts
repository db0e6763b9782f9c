/**
 * Turns zod issues into field problems with message keys, so every validation error is field-level
 * and localizable, and no zod wording reaches a client.
 */
import * as z from 'zod/mini';
import { ValidationError, type FieldProblem } from '../errors.ts';

type Issue = z.core.$ZodIssue;

function pathOf(path: PropertyKey[]): string {
  return path.map(String).join('.') || '(body)';
}

function valueAt(data: unknown, path: PropertyKey[]): unknown {
  let current: unknown = data;
  for (const segment of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[segment];
  }
  return current;
}

function problemsOf(issue: Issue, data: unknown): FieldProblem[] {
  const path = pathOf(issue.path);
  switch (issue.code) {
    case 'invalid_type':
      if (valueAt(data, issue.path) === undefined) return [{ path, key: 'required' }];
      if (issue.expected === 'int') return [{ path, key: 'invalid_integer' }];
      return [{ path, key: 'invalid_type', params: { expected: issue.expected } }];
    case 'too_big':
      return [{ path, key: issue.origin === 'string' ? 'too_long' : 'too_big', params: { max: Number(issue.maximum) } }];
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) === 1) return [{ path, key: 'required' }];
      return [{ path, key: issue.origin === 'string' ? 'too_short' : 'too_small', params: { min: Number(issue.minimum) } }];
    case 'invalid_format':
      return [{ path, key: issue.format === 'email' ? 'invalid_email' : 'invalid_format' }];
    case 'invalid_value':
      // A missing choice is "required", as for any missing field (the web form shows it on the select).
      if (valueAt(data, issue.path) === undefined) return [{ path, key: 'required' }];
      return [{ path, key: 'invalid_option', params: { options: issue.values.map(String).join(', ') } }];
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path: pathOf([...issue.path, key]), key: 'unknown_field' }));
    case 'custom': {
      const key = (issue.params as { key?: string } | undefined)?.key ?? 'invalid_format';
      return [{ path, key }];
    }
    default:
      return [{ path, key: 'invalid_format' }];
  }
}

/** Parses `data` with `schema` or throws a ValidationError listing every bad field. */
export function parseWith<S extends z.core.$ZodType>(schema: S, data: unknown): z.output<S> {
  const result = z.safeParse(schema, data);
  if (result.success) return result.data;
  throw new ValidationError(result.error.issues.flatMap((issue) => problemsOf(issue, data)), { cause: result.error });
}
