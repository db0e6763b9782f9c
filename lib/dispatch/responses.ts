/**
 * 派工与上门的响应结构（OpenAPI 文档由此生成；处理函数只以类型引用，不打进函数包）。
 * Response schemas of dispatch and the technician's visit: the OpenAPI document publishes them
 * (lib/openapi.ts) and the handlers answer through them as types only
 * (`typedResponse<typeof schema>`), so they stay out of the function bundles. Open objects: fields
 * may be added within /v1, never removed or retyped.
 */
import * as z from 'zod';
import { SYSTEM_TYPES } from '../tickets/index.ts';
import { JOB_STATUSES } from './domain/job.ts';
import { CERTIFICATE_TYPES } from '../staff/index.ts';
import { TOOL_KINDS } from '../people/index.ts';

/* 上门工作单 · Jobs */

const at = z.iso.datetime({ offset: true });
const window = z.object({ from: at, to: at });

/** A visit: what the technician sees and does on it, with its history. */
export const jobSchema = z
  .object({
    jobId: z.uuid(),
    ticketId: z.uuid(),
    ticketNumber: z.string(),
    technicianId: z.string(),
    status: z.enum(JOB_STATUSES),
    window,
    visitDate: z.iso.date(),
    agreedCompletionBy: at.optional(),
    plan: z.string(),
    partsToTake: z.array(z.object({ sku: z.string(), quantity: z.number().int() })),
    reschedules: z.array(z.object({ at, by: z.string(), reason: z.string(), from: window, to: window })),
    safetyChecks: z.array(z.object({ at, by: z.string(), items: z.array(z.object({ item: z.string(), ok: z.boolean(), note: z.string().optional() })), passed: z.boolean() })),
    checkIn: z.object({ at, latitude: z.number().optional(), longitude: z.number().optional() }).optional(),
    partsUsed: z.array(z.object({ sku: z.string(), quantity: z.number().int() })),
    signOff: z.object({ signerName: z.string(), signedAt: at }).optional(),
    completedAt: at.optional(),
    cancelled: z.object({ at, by: z.string(), reason: z.string() }).optional(),
    createdAt: at,
    version: z.number().int(),
  })
  .meta({ id: 'Job' });

export const jobResponseSchema = z.object({ job: jobSchema }).meta({ id: 'JobResponse' });

export const jobListSchema = z.object({ date: z.iso.date(), technicianId: z.string(), items: z.array(jobSchema) }).meta({ id: 'JobList' });

/** A technician's own job with what they need of its ticket (contact data while the job needs it). */
export const jobDetailSchema = z
  .object({
    job: jobSchema,
    ticket: z.object({
      id: z.uuid(),
      number: z.string(),
      status: z.string(),
      customer: z.object({ name: z.string().optional(), phone: z.string().optional() }).optional(),
      site: z.object({ address: z.string().optional(), name: z.string().optional() }).optional(),
      device: z.object({ system: z.enum(SYSTEM_TYPES) }),
      symptom: z.string(),
      assessment: z.object({ diagnosis: z.string(), repairPlan: z.string(), complexity: z.enum(['simple', 'complex']) }).optional(),
      rework: z.object({ ofTicketNumber: z.string(), judgement: z.enum(['suspected', 'confirmed', 'rejected']).optional() }).optional(),
    }),
  })
  .meta({ id: 'JobDetail' });

/* 派工候选技术员 · Dispatch candidates (GET /v1/staff/tickets/{id}/candidates) */

const localDay = z.iso.date();

/** Why a technician may not be sent on the visit date (also the `reasons` of a 422 `technician_not_eligible`). */
export const ineligibleReasonSchema = z
  .discriminatedUnion('code', [
    z.object({ code: z.literal('not_a_technician') }),
    z.object({ code: z.literal('inactive') }),
    z.object({ code: z.literal('missing_skill'), skill: z.enum(SYSTEM_TYPES) }),
    z.object({ code: z.literal('missing_certificate'), certificate: z.enum(CERTIFICATE_TYPES) }),
    z.object({ code: z.literal('certificate_expired'), certificate: z.enum(CERTIFICATE_TYPES), expiresOn: localDay }),
    z.object({ code: z.literal('safety_training_expired'), validUntil: localDay }),
    z.object({ code: z.literal('safety_training_missing') }),
    z.object({ code: z.literal('tool_missing'), tool: z.enum(TOOL_KINDS) }),
    z.object({ code: z.enum(['tool_overdue', 'tool_failed']), tool: z.enum(TOOL_KINDS), assetNo: z.string(), dueOn: localDay.meta({ description: 'When the inspection was or is due' }) }),
  ])
  .meta({ id: 'IneligibleReason' });

/** Technicians for a visit date, eligible ones first (fewest jobs that day, then name), each with why not. */
export const candidateListSchema = z
  .object({
    date: localDay.meta({ description: 'The visit date asked for' }),
    candidates: z.array(
      z.object({
        technicianId: z.string(),
        name: z.string(),
        eligible: z.boolean(),
        reasons: z.array(ineligibleReasonSchema).meta({ description: 'Empty when eligible' }),
        jobsThatDay: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'TechnicianCandidates' });
