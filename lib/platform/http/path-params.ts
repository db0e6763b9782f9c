/** Path parameters: an id of the wrong shape answers exactly like an unknown one (404, no hint). */
import type * as z from 'zod';
import { NotFoundError } from '../errors.ts';

export function pathId<T>(schema: z.ZodType<T>, raw: string | undefined, notFound: string): T {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new NotFoundError(notFound);
  return parsed.data;
}
