/** Request schemas of the follow-up: survey answers, phone outcomes, complaints, investigations, quality. */
import * as z from 'zod';

const text = (max: number) => z.string().trim().min(1).max(max);

export const followUpAnswerSchema = z
  .strictObject({
    satisfaction: z.number().int().min(1).max(5),
    equipmentWorking: z.boolean(),
    comment: z.string().trim().max(2000).optional(),
  })
  .meta({ id: 'FollowUpAnswer' });

export const surveyQuerySchema = z.strictObject({ t: z.string().min(1).max(200).optional() });

const staffId = z.string().regex(/^[a-z0-9][a-z0-9-]{2,59}$/);

/** A complaint, optionally against a named staff member (it counts against them once the manager upholds it). */
/** A complaint the customer files from the status page (the status link's token in `t`). */
export const customerComplaintSchema = z.strictObject({ complaint: text(2000) }).meta({ id: 'CustomerComplaint' });

/** What filing it answers: the investigation it became (the status view follows it). */
export const customerComplaintFiledSchema = z
  .object({ complaint: z.object({ investigationId: z.uuid(), filedAt: z.iso.datetime(), status: z.enum(['open', 'outcome_pending_approval', 'closed']) }) })
  .meta({ id: 'CustomerComplaintFiled' });

export const complaintSchema = z.strictObject({ complaint: text(4000), againstStaffId: staffId.optional() }).meta({ id: 'Complaint' });

export const analysisSchema = z
  .strictObject({
    rootCause: text(4000),
    correctiveMeasures: text(4000),
    owner: text(100),
    dueDate: z.iso.date(),
    /** A complaint's finding: upheld against the person named (here or when registered), or not. */
    upheld: z.boolean().optional(),
    againstStaffId: staffId.optional(),
  })
  .meta({ id: 'InvestigationAnalysis' });

export const outcomeSchema = z.strictObject({ customerMessage: text(4000) }).meta({ id: 'InvestigationOutcome' });

/** STD-4b judged: was the failure caused by the earlier repair? */
export const reworkJudgementSchema = z.strictObject({ decision: z.enum(['confirmed', 'rejected']), reason: text(2000) }).meta({ id: 'ReworkJudgement' });

export const callTasksQuerySchema = z.strictObject({ limit: z.coerce.number().int().min(1).max(100).default(50) });

export const qualityQuerySchema = z.strictObject({ quarter: z.string().regex(/^\d{4}-Q[1-4]$/) });

/* Responses (open objects: fields may be added; see lib/tickets/schemas.ts). */

export const surveyViewSchema = z
  .object({
    ticketNumber: z.string(),
    locale: z.enum(['zh-CN', 'en']),
    answered: z.boolean(),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .meta({ id: 'SurveyView' });

export const surveyAnswerResultSchema = z.object({ recorded: z.literal(true) }).meta({ id: 'SurveyAnswerResult' });
