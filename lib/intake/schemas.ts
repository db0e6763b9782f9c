/** Request shapes of intake's own routes (the report itself is the ticket's, in lib/tickets/schemas.ts). */
import * as z from 'zod';
import { MAIL_TASK_OUTCOMES } from './domain/mail-task.ts';

export const mailTaskIdSchema = z.string().regex(/^[0-9a-f]{32}$/);

export const mailTasksQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(50) });

/** `POST /v1/staff/mail-tasks/{taskId}/close`: what came of the call. A new address is required with `new_address`. */
export const closeMailTaskSchema = z
  .strictObject({
    outcome: z.enum(MAIL_TASK_OUTCOMES),
    newAddress: z.email().max(254).optional(),
    note: z.string().trim().min(1).max(1000),
  })
  .superRefine((value, ctx) => {
    if (value.outcome === 'new_address' && !value.newAddress) ctx.addIssue({ code: 'custom', path: ['newAddress'], params: { key: 'required' }, message: 'required' });
  })
  .meta({ id: 'MailTaskClosing' });
export type CloseMailTaskInput = z.output<typeof closeMailTaskSchema>;
