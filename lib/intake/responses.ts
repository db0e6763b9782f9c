/**
 * 受理的员工接口响应结构（OpenAPI 文档由此生成；处理函数只以类型引用，不打进函数包）。
 * Response schemas of intake's own staff routes (the ticket page, the mail tasks; the ticket itself
 * is lib/tickets/responses.ts): the OpenAPI document publishes them (lib/openapi.ts) and the handlers
 * answer through them as types only (`typedResponse<typeof schema>`), so they stay out of the
 * function bundles. Open objects: fields may be added within /v1, never removed or retyped.
 */
import * as z from 'zod';
import { MAIL_TASK_OUTCOMES } from './domain/mail-task.ts';
import { staffTicketSchema, ticketEventSchema } from '../tickets/responses.ts';
import { slaTimerSchema } from '../sla/responses.ts';

const instant = z.iso.datetime({ offset: true });

/**
 * 工单页：工单、时间线、计时器与新的状态链接。计时器属 sla，而 tickets 不能依赖 sla，故组合放在受理这里。
 * The ticket page: the ticket (need-to-know applied), its timeline, its SLA timers and a fresh status
 * link. Composed here, above both: the timer is sla's, and tickets may not depend on sla.
 */
export const ticketDetailSchema = z
  .object({
    ticket: staffTicketSchema,
    events: z.array(ticketEventSchema).meta({ description: 'The timeline, oldest first' }),
    timers: z.array(slaTimerSchema).meta({ description: 'Every timer of the ticket, each generation of a promise agreed again' }),
    statusUrl: z.url().meta({ description: 'A fresh signed status link to give the customer' }),
  })
  .meta({ id: 'TicketDetail' });

/** An email that bounced or was marked as spam, as a call task for customer service. */
export const mailTaskSchema = z
  .object({
    taskId: z.string().meta({ example: '3f1c0d9a8b7e6f5a4c3b2a1908f7e6d5' }),
    address: z.string().meta({ description: 'The address the email did not reach' }),
    problem: z.enum(['bounce', 'complaint']).meta({ description: 'bounce: not delivered; complaint: the recipient marked it as spam' }),
    bounceType: z.enum(['Permanent', 'Transient', 'Undetermined']).optional(),
    diagnostic: z.string().optional().meta({ description: "The receiving server's reason, e.g. `550 5.1.1 user unknown`" }),
    messageId: z.string(),
    sentAt: instant,
    mailKind: z.string().optional().meta({ description: 'What the email was (ack, survey, visit, statement ...)' }),
    subject: z.string().optional(),
    ticketId: z.uuid().optional(),
    ticketNumber: z.string().optional(),
    at: instant.meta({ description: 'When the bounce or complaint happened' }),
    customerAddress: z.boolean().meta({ description: "Whether the address is the ticket's customer address (an invoice contact's may differ)" }),
    state: z.enum(['open', 'closed']),
    openedAt: instant,
    closedAt: instant.optional(),
    closedBy: z.string().optional(),
    outcome: z.enum(MAIL_TASK_OUTCOMES).optional(),
    newAddress: z.string().optional(),
    note: z.string().optional(),
  })
  .meta({ id: 'MailTask' });

/** The open mail tasks, oldest first. */
export const mailTaskListSchema = z.object({ items: z.array(mailTaskSchema) }).meta({ id: 'MailTaskList' });

/** What closing a task answers: the task as closed. */
export const mailTaskResponseSchema = z.object({ task: mailTaskSchema }).meta({ id: 'MailTaskResponse' });
