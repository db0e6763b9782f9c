/** Request schemas of certificates, training, exams and the tool register (zod; the web form runs them too). */
import * as z from 'zod/mini';
import { meta } from '../platform/schema-meta.ts';
import { GRADES, quarterSchema, scorecardConfigSchema } from './domain/scorecard.ts';
import { CERTIFICATE_RECORD_TYPES, STAFF_GROUPS, TOOL_KINDS, TRAINING_METHODS, TRAINING_TOPICS, peopleSettingsSchema } from './domain/people.ts';

// An exported schema that calls more than zod's constructors (a check, `.apply(meta())`, a helper) is
// built inside a /* @__PURE__ */ arrow, so that a function's bundle keeps only the schemas it uses
// (lib/platform/schema-meta.ts says why).

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max)));
const localDay = z.iso.date();

export const staffIdSchema = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{2,59}$/)))();
export const assetNoSchema = /* @__PURE__ */ (() =>
  z.string().check(z.trim(), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/)))();
export const sessionIdSchema = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}-[a-z0-9]{6,12}$/)))();
export const certIdSchema = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^[a-z0-9-]{6,40}$/)))();

export const certificateSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      type: z.enum(CERTIFICATE_RECORD_TYPES),
      name: optionalText(100),
      number: text(60),
      issuer: text(100),
      validFrom: localDay,
      validUntil: localDay,
      scanRef: optionalText(300),
    })
    .check(
      z.superRefine((value, ctx) => {
        if (value.validUntil < value.validFrom) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'window_order', params: { key: 'window_order' } });
        if (value.type === 'other' && !value.name) ctx.addIssue({ code: 'custom', path: ['name'], message: 'required', params: { key: 'required' } });
      }),
    )
    .apply(
      meta({
        id: 'Certificate',
        description: '`validUntil` is not before `validFrom`; a certificate of type `other` needs its `name`.',
        if: { type: 'object', properties: { type: { const: 'other' } }, required: ['type'] },
        then: { type: 'object', properties: { name: { type: 'string', pattern: '\\S' } }, required: ['name'] },
      }),
    ))();

export const trainingSessionSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      groups: z.array(z.enum(STAFF_GROUPS)).check(z.minLength(1), z.maxLength(3)),
      topic: z.enum(TRAINING_TOPICS),
      title: text(200),
      date: localDay,
      trainer: text(100),
      method: z.enum(TRAINING_METHODS),
      passMark: z.optional(z.number().check(z.int(), z.minimum(1), z.maximum(100))),
    })
    .apply(meta({ id: 'TrainingSession' })))();

export const sessionResultsSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      results: z
        .array(z.strictObject({ staffId: staffIdSchema, attended: z.boolean(), score: z.optional(z.number().check(z.int(), z.minimum(0), z.maximum(100))) }))
        .check(z.minLength(1), z.maxLength(200)),
    })
    .apply(meta({ id: 'TrainingResults' })))();

export const trainingQuerySchema = /* @__PURE__ */ (() =>
  z.strictObject({ year: z.string().check(z.regex(/^\d{4}$/)) }))();

export const toolSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      kind: z.enum(TOOL_KINDS),
      name: text(100),
      holder: z.union([z.literal('warehouse'), staffIdSchema]),
      inspectionIntervalDays: z.number().check(z.int(), z.minimum(1), z.maximum(3650)),
      /** For a tool new to the register: when its first inspection is due. */
      nextDueOn: z.optional(localDay),
    })
    .apply(meta({ id: 'Tool' })))();

export const toolInspectionSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ date: localDay, inspector: text(100), result: z.enum(['pass', 'fail']), notes: optionalText(1000) })
    .apply(meta({ id: 'ToolInspection' })))();

export const putPeopleSettingsSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ expectedVersion: z.number().check(z.int(), z.minimum(0)), settings: peopleSettingsSchema })
    .apply(meta({ id: 'PutPeopleSettings' })))();

export const scorecardQuerySchema = z.strictObject({ quarter: quarterSchema });

export const putScorecardConfigSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ expectedVersion: z.number().check(z.int(), z.minimum(0)), config: scorecardConfigSchema })
    .apply(meta({ id: 'PutScorecardConfig' })))();

/** The manager's grade beside the computed one: the reason is required (TRAIN-2). */
export const gradeAdjustmentSchema = /* @__PURE__ */ (() =>
  z.strictObject({ grade: z.enum(GRADES), reason: text(1000) }).apply(meta({ id: 'GradeAdjustment' })))();

/** An ad-hoc assessment (incident handling, efficiency), any time; filed in the quarter of its date. */
export const adHocAssessmentSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ date: localDay, kind: z.enum(['incident', 'efficiency', 'other']), note: text(2000), grade: z.optional(z.enum(GRADES)) })
    .apply(meta({ id: 'AdHocAssessment' })))();
