/**
 * 回访、投诉与调查的响应结构（OpenAPI 文档由此生成；处理函数只以类型引用，不打进函数包）。
 * Response schemas of the follow-up (surveys, complaints, investigations, quality): the OpenAPI
 * document publishes them
 * (lib/openapi.ts) and the handlers answer through them as types only
 * (`typedResponse<typeof schema>`), so they stay out of the function bundles. Open objects: fields
 * may be added within /v1, never removed or retyped.
 */
import * as z from 'zod';
import { TIMER_KINDS } from '../sla/index.ts';

/** What filing it answers: the investigation it became (the status view follows it). */
export const customerComplaintFiledSchema = z
  .object({ complaint: z.object({ investigationId: z.uuid(), filedAt: z.iso.datetime(), status: z.enum(['open', 'outcome_pending_approval', 'closed']) }) })
  .meta({ id: 'CustomerComplaintFiled' });

export const surveyViewSchema = z
  .object({
    ticketNumber: z.string(),
    locale: z.enum(['zh-CN', 'en']),
    answered: z.boolean(),
    expiresAt: z.iso.datetime({ offset: true }).optional(),
  })
  .meta({ id: 'SurveyView' });

export const surveyAnswerResultSchema = z.object({ recorded: z.literal(true) }).meta({ id: 'SurveyAnswerResult' });

/* 员工接口 · Staff API */

const instant = z.iso.datetime({ offset: true });
const investigationStatus = z.enum(['open', 'outcome_pending_approval', 'closed']);

/** A ticket's follow-up: the survey, the call task when it went unanswered, the outcome once recorded. */
export const followUpSchema = z
  .object({
    ticketId: z.uuid(),
    ticketNumber: z.string(),
    state: z.enum(['scheduled', 'surveyed', 'call_task', 'done']),
    completedAt: instant,
    repairedBy: z.string().optional().meta({ description: 'Staff id of who fixed it (the technician, or customer service for a remote fix)' }),
    nextActionAt: instant.optional(),
    nextAction: z.enum(['send_survey', 'open_call_task']).optional(),
    surveySentAt: instant.optional(),
    surveyExpiresAt: instant.optional(),
    callTaskOpenedAt: instant.optional(),
    outcome: z
      .object({
        satisfaction: z.number().int(),
        equipmentWorking: z.boolean(),
        comment: z.string().optional(),
        via: z.enum(['survey', 'phone']),
        recordedAt: instant,
        recordedBy: z.string(),
      })
      .optional(),
    version: z.number().int(),
  })
  .meta({ id: 'FollowUp' });

/** Customer service's call tasks: surveys that went unanswered. */
export const callTaskListSchema = z.object({ items: z.array(followUpSchema) }).meta({ id: 'CallTaskList' });

/** An investigation (corrective action): what triggered it, the manager's analysis, the letter to the customer. */
export const investigationSchema = z
  .object({
    investigationId: z.uuid(),
    ticketId: z.uuid(),
    ticketNumber: z.string(),
    source: z.enum(['survey', 'phone', 'complaint']),
    trigger: z.object({ satisfaction: z.number().int().optional(), equipmentWorking: z.boolean().optional(), comment: z.string().optional(), complaint: z.string().optional() }),
    assignedTo: z.literal('manager'),
    status: investigationStatus,
    openedAt: instant,
    dueDate: z.iso.date().meta({ description: 'Local date by which the corrective action is due' }),
    reworkTicketId: z.uuid().optional(),
    rootCause: z.string().optional(),
    correctiveMeasures: z.string().optional(),
    owner: z.string().optional(),
    customerMessage: z.string().optional().meta({ description: 'The outcome letter to the customer, once drafted' }),
    approvedBy: z.string().optional(),
    approvedAt: instant.optional(),
    closedAt: instant.optional(),
    againstStaffId: z.string().optional().meta({ description: 'The staff member a complaint is against (counts against them once upheld)' }),
    upheld: z.boolean().optional().meta({ description: "The manager's finding on a complaint: justified or not" }),
    version: z.number().int(),
  })
  .meta({ id: 'Investigation' });

/** What recording a complaint and each step of an investigation answer. */
export const investigationResponseSchema = z.object({ investigation: investigationSchema }).meta({ id: 'InvestigationResponse' });

/** The open investigations, each flagged when past its due date. */
export const investigationListSchema = z
  .object({ items: z.array(z.object({ ...investigationSchema.shape, overdue: z.boolean().meta({ description: 'Open and past its due date' }) })) })
  .meta({ id: 'InvestigationList' });

const rate = z.number().meta({ description: 'A share between 0 and 1 (four decimals)' });
const rateOrNull = rate.nullable().meta({ description: 'A share between 0 and 1 (four decimals); null when nothing was counted' });
const count = z.number().int();

/** The quality figures of a quarter (STD-1..4): repeat failures, satisfaction, punctuality, investigations, promises kept. */
export const qualityFiguresSchema = z
  .object({
    quarter: z.string().meta({ example: '2026-Q4' }),
    repeatFailure: z.object({
      repairs: count,
      failedAgain: count,
      rate,
      target: rate.meta({ description: 'The configured STD-4a target, as a share' }),
      met: z.boolean(),
      perTechnician: z.array(z.object({ technicianId: z.string(), repairs: count, failedAgain: count, rate, met: z.boolean() })),
    }),
    satisfaction: z.object({
      responses: count,
      average: z.number().nullable().meta({ description: 'Average score (1-5, two decimals); null without responses' }),
      distribution: z.record(z.string(), count).meta({ description: 'Responses per score, keys "1" to "5"' }),
      equipmentNotWorking: count,
    }),
    punctuality: z.object({
      arrivals: count,
      late: count,
      onTimeRate: rateOrNull,
      averageLateMinutes: count,
      perTechnician: z.array(z.object({ technicianId: z.string(), arrivals: count, late: count, lateMinutes: count })),
    }),
    investigations: z.object({ opened: count, closed: count, overdue: count, complaints: count }),
    sla: z.object({
      met: count,
      breached: count,
      metRate: rateOrNull,
      kinds: z.array(z.object({ kind: z.enum(TIMER_KINDS), met: count, breached: count, exempt: count, cancelled: count, laterGenerations: count, metRate: rateOrNull })),
    }),
  })
  .meta({ id: 'QualityFigures' });
