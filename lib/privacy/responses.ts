/**
 * Response schemas of the privacy routes (functions/privacy/staff-api.ts): what the handlers answer
 * through (`typedResponse<typeof schema>`) and the OpenAPI document publishes. Kept out of
 * schemas.ts, which the functions bundle: the handlers name these as types only.
 * 隐私接口的响应结构：处理函数按它作答，OpenAPI 文档按它发布；只以类型引用，不进函数包。
 */
import * as z from 'zod';
import { STAFF_ROLES } from '../wiring.ts';
import { ACCESS_KINDS, PERSONAL_FIELDS, privacySettingsSchema } from '../tickets/index.ts';
import { ticketEventSchema } from '../tickets/responses.ts';
import { RIGHTS_KINDS, VERIFICATION_METHODS } from './domain/rights.ts';

const instant = z.iso.datetime({ offset: true });
const count = z.number().int();
const personalField = z.enum(PERSONAL_FIELDS);

export const accessLogEntrySchema = z
  .object({
    entryId: z.uuid(),
    at: instant,
    staffId: z.string().meta({ description: 'Who read the data' }),
    roles: z.array(z.enum(STAFF_ROLES)).meta({ description: 'Their roles at the time' }),
    kind: z.enum(ACCESS_KINDS),
    purpose: z.string().meta({ description: 'The route (or job) that read the data', example: 'GET /v1/staff/tickets/{id}' }),
    customerRef: z.string().optional().meta({ description: "The customer's reference (blind index of their phone; the pseudonym once erased), when the read concerned one customer" }),
    ticketIds: z.array(z.string()),
    fields: z.array(personalField).meta({ description: 'The personal fields the read disclosed' }),
  })
  .meta({ id: 'AccessLogEntry' });

export const accessLogPageSchema = z
  .object({
    items: z.array(accessLogEntrySchema).meta({ description: 'Newest first' }),
    cursor: z.string().optional().meta({ description: 'Pass as `cursor` for the next page; absent on the last page' }),
  })
  .meta({ id: 'AccessLogPage' });

export const rightsRequestRecordSchema = z
  .object({
    requestId: z.uuid(),
    kind: z.enum(RIGHTS_KINDS),
    subject: z.object({ phone: z.string().optional().meta({ description: 'E.164' }), email: z.string().optional() }).meta({ description: 'The customer, by the phone or email they gave' }),
    verification: z
      .object({ method: z.enum(VERIFICATION_METHODS), note: z.string(), by: z.string(), at: instant })
      .meta({ description: "How customer service checked the requester is the customer, who did, and when" }),
    status: z.enum(['open', 'done']),
    createdAt: instant,
    outcome: z
      .object({
        by: z.string(),
        at: instant,
        tickets: count.meta({ description: 'How many tickets it covered' }),
        emailedTo: z.string().optional().meta({ description: 'An export emailed: the address on file it went to' }),
        fields: z.array(personalField).optional().meta({ description: 'A correction: the fields corrected' }),
      })
      .optional()
      .meta({ description: 'What was done (absent while open)' }),
  })
  .meta({ id: 'RightsRequestRecord' });

export const rightsRequestResponseSchema = z.object({ request: rightsRequestRecordSchema }).meta({ id: 'RightsRequestResponse' });

export const rightsRequestListSchema = z
  .object({ month: z.string().meta({ example: '2026-11' }), items: z.array(rightsRequestRecordSchema).meta({ description: 'Newest first' }) })
  .meta({ id: 'RightsRequestList' });

/** One ticket's part of the copy: records as held, open to every field they have. */
const exportedTicketSchema = z.object({
  number: z.string(),
  ticket: z
    .object({
      id: z.uuid(),
      number: z.string(),
      customer: z.object({ name: z.string(), phone: z.string(), email: z.string().optional(), organisation: z.string().optional() }),
      site: z.object({ address: z.string(), name: z.string().optional(), contactName: z.string().optional(), contactPhone: z.string().optional() }),
    })
    .meta({ description: 'The ticket as held, every field, contact data in full' }),
  timeline: z.array(ticketEventSchema),
  followUp: z.object({ ticketId: z.string() }).optional().meta({ description: 'The follow-up as held (outcome, survey), when there is one' }),
  visits: z.array(z.object({ job: z.object({ jobId: z.string() }).meta({ description: 'The visit as held' }), signature: z.boolean().meta({ description: 'A signature image is kept (the image itself is not in the copy)' }) })),
  statement: z
    .object({ statement: z.object({ statementId: z.string() }), revisions: z.array(z.object({ revision: count })), facts: z.array(z.object({ kind: z.string(), at: instant })) })
    .optional()
    .meta({ description: 'The statement with its revisions and facts, as held, when there is one' }),
});

export const personalDataExportSchema = z
  .object({
    request: rightsRequestRecordSchema,
    data: z.object({
      generatedAt: instant,
      subject: z.object({ phone: z.string().optional(), email: z.string().optional() }),
      tickets: z.array(exportedTicketSchema),
    }),
    csv: z.string().meta({ description: 'The same as rows (ticket, field, value), UTF-8 with BOM' }),
    emailedTo: z.string().optional().meta({ description: "Delivery `email`: the customer's address on file it was sent to" }),
  })
  .meta({ id: 'PersonalDataExport' });

export const versionedPrivacySettingsSchema = z
  .object({
    value: privacySettingsSchema,
    version: count.meta({ description: 'Send as `expectedVersion` with a change; 0 while the defaults apply' }),
    updatedAt: instant.optional(),
    updatedBy: z.string().optional(),
  })
  .meta({ id: 'VersionedPrivacySettings' });

/** `{ version }`: what a settings change answers. */
export const newVersionSchema = z.object({ version: count.meta({ description: 'The version now in force' }) });
