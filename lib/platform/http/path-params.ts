/** Path parameters: an id of the wrong shape answers exactly like an unknown one (404, no hint). */
import * as z from 'zod/mini';
import { NotFoundError } from '../errors.ts';

export function pathId<T>(schema: z.core.$ZodType<T>, raw: string | undefined, notFound: string): T {
  const parsed = z.safeParse(schema, raw);
  if (!parsed.success) throw new NotFoundError(notFound);
  return parsed.data;
}
