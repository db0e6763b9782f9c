/**
 * 派工与上门的响应结构（OpenAPI 文档由此生成；处理函数只以类型引用，不打进函数包）。
 * Response schemas of dispatch and the technician's visit: the OpenAPI document publishes them
 * (lib/openapi.ts) and the handlers answer through them as types only
 * (`typedResponse<typeof schema>`), so they stay out of the function bundles. Open objects: fields
 * may be added within /v1, never removed or retyped.
 */
import * as z from 'zod';
import { SYSTEM_TYPES, TICKET_STATUSES } from '../tickets/index.ts';
import { contactPersonSchema, reworkSchema, siteViewSchema, ticketAssessmentSchema } from '../tickets/responses.ts';
import { JOB_STATUSES } from './domain/job.ts';
import { CERTIFICATE_TYPES, SKILL_LEVELS } from '../staff/index.ts';
import { TOOL_KINDS } from '../people/index.ts';
import { STAFF_ROLES } from '../wiring.ts';

/* 上门工作单 · Jobs */

const at = z.iso.datetime({ offset: true });
const window = z.object({ from: at, to: at });

/** A part used on the job, as the repair report and the statement list it. */
const partUsedSchema = z.object({
  sku: z.string(),
  name: z.string(),
  quantity: z.number().int(),
  unitPriceFen: z.number().int().meta({ description: 'Catalog price when used, in fen' }),
  installedSerial: z.string().optional().meta({ description: 'A valuable part: the serial put in' }),
  removedSerial: z.string().optional().meta({ description: 'A valuable part: the serial taken out' }),
  location: z.string().meta({ description: 'The stock it came from (the van)' }),
  at,
  by: z.string(),
});

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
    partsToTake: z
      .array(z.object({ sku: z.string(), quantity: z.number().int(), location: z.string().meta({ description: 'Where the part is reserved (the van, or the warehouse)' }) }))
      .meta({ description: 'Reserved for the visit; the quantity falls as parts are used and to 0 at sign-off' }),
    reschedules: z.array(
      z.object({ at, by: z.string(), reason: z.string(), from: window, to: window, fromTechnicianId: z.string().optional(), toTechnicianId: z.string().optional() }),
    ),
    safetyChecks: z.array(
      z.object({
        at,
        by: z.string(),
        items: z.array(z.object({ item: z.string(), ok: z.boolean(), note: z.string().optional() })),
        tools: z
          .array(z.object({ assetNo: z.string(), kind: z.string(), nextDueOn: z.iso.date(), condition: z.enum(['ok', 'failed']), inDate: z.boolean() }))
          .optional()
          .meta({ description: 'The registered tools checked, as the register stood then (absent on checks recorded before the register)' }),
        passed: z.boolean(),
      }),
    ),
    checkIn: z
      .object({
        at,
        latitude: z.number().optional(),
        longitude: z.number().optional(),
        punctuality: z.object({ insideWindow: z.boolean(), lateMinutes: z.number().int() }).optional().meta({ description: 'Arrival against the agreed window' }),
      })
      .optional(),
    diagnosis: z.string().optional().meta({ description: 'Diagnosis on site' }),
    workDone: z.string().optional(),
    partsUsed: z.array(partUsedSchema),
    testResult: z.string().optional(),
    usageNotes: z.string().optional().meta({ description: 'Advice to the customer on using the equipment' }),
    signOff: z
      .object({
        signerName: z.string(),
        signedAt: at,
        signatureRef: z.string().meta({ description: 'Where the signature image is kept' }),
        signatureBytes: z.number().int(),
      })
      .optional(),
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
      status: z.enum(TICKET_STATUSES),
      customer: contactPersonSchema.optional(),
      site: siteViewSchema.optional(),
      device: z.object({ system: z.enum(SYSTEM_TYPES), model: z.string().optional(), serial: z.string().optional(), location: z.string().optional() }),
      symptom: z.string(),
      assessment: ticketAssessmentSchema.optional(),
      rework: reworkSchema.optional(),
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

/* 备件目录、库存与员工档案 · Catalog, stock and staff records (dispatch-catalog-api) */

const instant = z.iso.datetime({ offset: true });
const units = z.number().int();

/* The catalog API (functions/dispatch/catalog-api.ts): parts, stock per location, the issue register, staff records */

export const catalogPartRecordSchema = z
  .object({
    sku: z.string(),
    name: z.string(),
    specification: z.string(),
    unit: z.string(),
    unitPriceFen: z.number().int(),
    designated: z.boolean().meta({ description: 'A company-designated qualified part: only these may be installed' }),
    valuable: z.boolean().meta({ description: 'A valuable or wear part: every serial is followed in the issue register' }),
    reorderPoint: units,
    category: z.string().optional(),
    bin: z.string().optional().meta({ description: 'Its bin in the warehouse' }),
  })
  .meta({ id: 'CatalogPartRecord' });

export const catalogPartListSchema = z.object({ items: z.array(catalogPartRecordSchema) }).meta({ id: 'CatalogPartList' });
export const catalogPartResponseSchema = z.object({ part: catalogPartRecordSchema }).meta({ id: 'CatalogPartResponse' });

const stockLevelSchema = z
  .object({
    location: z.string(),
    sku: z.string(),
    onHand: units,
    reserved: units.meta({ description: 'Reserved for scheduled jobs' }),
    available: units.meta({ description: 'onHand - reserved' }),
  })
  .meta({ id: 'StockLevel' });

export const stockAtLocationSchema = z.object({ location: z.string(), items: z.array(stockLevelSchema) }).meta({ id: 'StockAtLocation' });

export const stockAdjustedSchema = z
  .object({
    /** The balance after the adjustment. */
    stock: stockLevelSchema,
    adjustment: z.object({
      id: z.uuid(),
      location: z.string(),
      sku: z.string(),
      delta: z.number().int().meta({ description: '+ in, - out' }),
      kind: z.enum(['adjusted', 'written_off']),
      reason: z.string(),
      at: instant,
      by: z.string(),
    }),
  })
  .meta({ id: 'StockAdjusted' });

export const issueRegisterSchema = z
  .object({
    items: z.array(
      z.object({
        kind: z.enum(['issued', 'returned', 'used']).optional().meta({ description: 'Absent on uses recorded before the register had kinds: read it as `used`' }),
        sku: z.string(),
        at: instant,
        by: z.string(),
        quantity: units,
        serials: z.array(z.string()).optional(),
        installedSerial: z.string().optional(),
        removedSerial: z.string().optional(),
        location: z.string(),
        takenBy: z.string().optional().meta({ description: 'The technician who took it (issued) or gave it back (returned)' }),
        jobId: z.string().optional(),
        ticketId: z.string().optional(),
        transferId: z.string().optional(),
      }),
    ),
    serials: z
      .array(z.object({ serial: z.string(), state: z.enum(['out', 'used', 'returned']), takenBy: z.string().optional(), jobId: z.string().optional(), at: instant }))
      .meta({ description: 'Where each serial issued from the store is now: out with a technician, used on a job, or back' }),
  })
  .meta({ id: 'IssueRegister' });

const technicianProfileSchema = z.object({
  skills: z.array(z.enum(SYSTEM_TYPES)),
  skillLevel: z.enum(SKILL_LEVELS),
  stockLocation: z.string().meta({ description: "The van's stock location" }),
  lead: z.boolean().meta({ description: 'A repair-service lead dispatches like the manager' }),
});

export const staffRecordSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.email(),
    phone: z.string().optional(),
    roles: z.array(z.enum(STAFF_ROLES)),
    active: z.boolean(),
    technician: technicianProfileSchema.optional(),
  })
  .meta({ id: 'StaffRecord' });

export const staffRecordResponseSchema = z.object({ member: staffRecordSchema }).meta({ id: 'StaffRecordResponse' });

export const staffDirectorySchema = z
  .object({
    items: z.array(
      staffRecordSchema
        .extend({
          email: z.email().optional().meta({ description: 'Only the manager sees contact details' }),
          phone: z.string().optional().meta({ description: 'Only the manager sees contact details' }),
        })
        .meta({ id: 'StaffDirectoryEntry' }),
    ),
  })
  .meta({ id: 'StaffDirectory' });
