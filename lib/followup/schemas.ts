/** Request schemas of the follow-up: survey answers, phone outcomes, complaints, investigations, quality. */
import * as z from 'zod/mini';
import { meta } from '../platform/schema-meta.ts';

// An exported schema that calls more than zod's constructors (a check, `.apply(meta())`, a helper) is
// built inside a /* @__PURE__ */ arrow, so that a function's bundle keeps only the schemas it uses
// (lib/platform/schema-meta.ts says why).

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));

export const followUpAnswerSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      satisfaction: z.number().check(z.int(), z.minimum(1), z.maximum(5)),
      equipmentWorking: z.boolean(),
      comment: z.optional(z.string().check(z.trim(), z.maxLength(2000))),
    })
    .apply(meta({ id: 'FollowUpAnswer' })))();

export const surveyQuerySchema = /* @__PURE__ */ (() =>
  z.strictObject({ t: z.optional(z.string().check(z.minLength(1), z.maxLength(200))) }))();

const staffId = z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{2,59}$/));

/** A complaint the customer files from the status page (the status link's token in `t`). */
export const customerComplaintSchema = /* @__PURE__ */ (() =>
  z.strictObject({ complaint: text(2000) }).apply(meta({ id: 'CustomerComplaint' })))();

/** A complaint, optionally against a named staff member (it counts against them once the manager upholds it). */
export const complaintSchema = /* @__PURE__ */ (() =>
  z.strictObject({ complaint: text(4000), againstStaffId: z.optional(staffId) }).apply(meta({ id: 'Complaint' })))();

export const analysisSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      rootCause: text(4000),
      correctiveMeasures: text(4000),
      owner: text(100),
      dueDate: z.iso.date(),
      /** A complaint's finding: upheld against the person named (here or when registered), or not. */
      upheld: z.optional(z.boolean()),
      againstStaffId: z.optional(staffId),
    })
    .apply(meta({ id: 'InvestigationAnalysis' })))();

export const outcomeSchema = /* @__PURE__ */ (() =>
  z.strictObject({ customerMessage: text(4000) }).apply(meta({ id: 'InvestigationOutcome' })))();

/** STD-4b judged: was the failure caused by the earlier repair? */
export const reworkJudgementSchema = /* @__PURE__ */ (() =>
  z.strictObject({ decision: z.enum(['confirmed', 'rejected']), reason: text(2000) }).apply(meta({ id: 'ReworkJudgement' })))();

export const callTasksQuerySchema = /* @__PURE__ */ (() =>
  z.strictObject({ limit: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(100)), 50) }))();

export const qualityQuerySchema = /* @__PURE__ */ (() =>
  z.strictObject({ quarter: z.string().check(z.regex(/^\d{4}-Q[1-4]$/)) }))();
