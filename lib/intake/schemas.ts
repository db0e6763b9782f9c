/** Request shapes of intake's own routes (the report itself is the ticket's, in lib/tickets/schemas.ts). */
import * as z from 'zod/mini';
import { meta } from '../platform/schema-meta.ts';
import { MAIL_TASK_OUTCOMES } from './domain/mail-task.ts';

// An exported schema that calls more than zod's constructors (a check, `.apply(meta())`, a helper) is
// built inside a /* @__PURE__ */ arrow, so that a function's bundle keeps only the schemas it uses
// (lib/platform/schema-meta.ts says why).

export const mailTaskIdSchema = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^[0-9a-f]{32}$/)))();

export const mailTasksQuerySchema = /* @__PURE__ */ (() =>
  z.strictObject({ limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50) }))();

/** `POST /v1/staff/mail-tasks/{taskId}/close`: what came of the call. A new address is required with `new_address`. */
export const closeMailTaskSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      outcome: z.enum(MAIL_TASK_OUTCOMES),
      newAddress: z.optional(z.email().check(z.maxLength(254))),
      note: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
    })
    .check(
      z.superRefine((value, ctx) => {
        if (value.outcome === 'new_address' && !value.newAddress) ctx.addIssue({ code: 'custom', path: ['newAddress'], params: { key: 'required' }, message: 'required' });
      }),
    )
    .apply(meta({ id: 'MailTaskClosing' })))();
export type CloseMailTaskInput = z.output<typeof closeMailTaskSchema>;
