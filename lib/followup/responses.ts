/**
 * 回访、投诉与调查的响应结构（OpenAPI 文档由此生成；处理函数只以类型引用，不打进函数包）。
 * Response schemas of the follow-up (surveys, complaints, investigations, quality): the OpenAPI
 * document publishes them
 * (lib/openapi.ts) and the handlers answer through them as types only
 * (`typedResponse<typeof schema>`), so they stay out of the function bundles. Open objects: fields
 * may be added within /v1, never removed or retyped.
 */
import * as z from 'zod';

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
