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

/** A complaint the customer files from the status page (the status link's token in `t`). */
export const customerComplaintSchema = z.strictObject({ complaint: text(2000) }).meta({ id: 'CustomerComplaint' });

/** A complaint, optionally against a named staff member (it counts against them once the manager upholds it). */
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
