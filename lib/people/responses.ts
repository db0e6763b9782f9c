/**
 * Response schemas of the people routes (functions/people/staff-api.ts): what the handlers answer
 * through (`typedResponse<typeof schema>`) and the OpenAPI document publishes. Kept out of
 * schemas.ts, which the functions bundle: the handlers name these as types only.
 * 人员接口的响应结构：处理函数按它作答，OpenAPI 文档按它发布；只以类型引用，不进函数包。
 */
import * as z from 'zod';
import { STAFF_ROLES } from '../wiring.ts';
import { CERTIFICATE_RECORD_TYPES, STAFF_GROUPS, TOOL_KINDS, TRAINING_METHODS, TRAINING_TOPICS, peopleSettingsSchema } from './domain/people.ts';
import { GRADES, METRICS, scorecardConfigSchema } from './domain/scorecard.ts';

const instant = z.iso.datetime({ offset: true });
const localDay = z.iso.date();
const count = z.number().int();
const grade = z.enum(GRADES);
const quarter = z.string().meta({ example: '2026-Q4' });

/** A versioned settings document: the value in force, its version, and who changed it last (absent while the defaults apply). */
const versioned = <T extends z.core.$ZodType>(value: T) =>
  z.object({
    value,
    version: count.meta({ description: 'Send as `expectedVersion` with a change; 0 while the defaults apply' }),
    updatedAt: instant.optional(),
    updatedBy: z.string().optional(),
  });

/** `{ version }`: what a settings change answers. */
export const newVersionSchema = z.object({ version: count.meta({ description: 'The version now in force' }) });

export const versionedPeopleSettingsSchema = versioned(peopleSettingsSchema).meta({ id: 'VersionedPeopleSettings' });
export const versionedScorecardConfigSchema = versioned(scorecardConfigSchema).meta({ id: 'VersionedScorecardConfig' });

/* Certificates, training, tools. */

export const certificateRecordSchema = z
  .object({
    certId: z.string(),
    staffId: z.string(),
    type: z.enum(CERTIFICATE_RECORD_TYPES),
    name: z.string().optional().meta({ description: "The certificate's own name (always there for `other`)" }),
    number: z.string(),
    issuer: z.string(),
    validFrom: localDay,
    validUntil: localDay.meta({ description: 'Valid through this local date (Asia/Shanghai)' }),
    scanRef: z.string().optional().meta({ description: 'Where the scanned copy is kept' }),
    updatedAt: instant,
    updatedBy: z.string(),
  })
  .meta({ id: 'CertificateRecord' });

export const certificateResponseSchema = z.object({ certificate: certificateRecordSchema }).meta({ id: 'CertificateRecordResponse' });

export const trainingSessionRecordSchema = z
  .object({
    sessionId: z.string().meta({ description: '`<date>-<random>`: sorts by date', example: '2026-03-12-3f9a1c2b' }),
    year: z.string(),
    groups: z.array(z.enum(STAFF_GROUPS)),
    topic: z.enum(TRAINING_TOPICS),
    title: z.string(),
    date: localDay,
    trainer: z.string(),
    method: z.enum(TRAINING_METHODS),
    exam: z.object({ passMark: count }).optional().meta({ description: 'The exam that ends the session, out of 100 (absent: no exam)' }),
    results: z
      .array(z.object({ staffId: z.string(), attended: z.boolean(), score: count.optional() }))
      .optional()
      .meta({ description: 'Attendance and exam scores once the session is held (absent before)' }),
    createdAt: instant,
    createdBy: z.string(),
  })
  .meta({ id: 'TrainingSessionRecord' });

export const trainingSessionResponseSchema = z.object({ session: trainingSessionRecordSchema }).meta({ id: 'TrainingSessionResponse' });

export const trainingPlanSchema = z.object({ year: z.string(), sessions: z.array(trainingSessionRecordSchema) }).meta({ id: 'TrainingPlan' });

/** One person's record of one session. */
const trainingRecordSchema = z.object({
  staffId: z.string(),
  sessionId: z.string(),
  date: localDay,
  topic: z.enum(TRAINING_TOPICS),
  title: z.string(),
  attended: z.boolean(),
  score: count.optional().meta({ description: 'Present when the session had an exam and the person sat it' }),
  passMark: count.optional(),
  passed: z.boolean().optional(),
});

export const registeredToolSchema = z
  .object({
    assetNo: z.string(),
    kind: z.enum(TOOL_KINDS),
    name: z.string(),
    holder: z.string().meta({ description: "A technician's staff id, or `warehouse`" }),
    inspectionIntervalDays: count,
    condition: z.enum(['ok', 'failed']).meta({ description: "The latest inspection's result; `failed` keeps the tool off jobs until it passes again" }),
    lastInspectedOn: localDay.optional(),
    nextDueOn: localDay,
    updatedAt: instant,
    version: count,
  })
  .meta({ id: 'RegisteredTool' });

export const toolInspectionRecordSchema = z
  .object({
    assetNo: z.string(),
    inspectionId: z.string(),
    date: localDay,
    inspector: z.string(),
    result: z.enum(['pass', 'fail']),
    notes: z.string().optional(),
    recordedAt: instant,
    recordedBy: z.string(),
  })
  .meta({ id: 'ToolInspectionRecord' });

/** What keeps a tool off jobs today (null: nothing). */
const toolProblem = z.enum(['tool_failed', 'tool_overdue']).nullable().meta({ description: 'What keeps the tool off jobs today; null when nothing does' });
const toolToday = registeredToolSchema.extend({ problem: toolProblem });

export const toolRegisterSchema = z.object({ items: z.array(toolToday).meta({ description: 'Soonest inspection due first' }) }).meta({ id: 'ToolRegister' });
export const toolResponseSchema = z.object({ tool: registeredToolSchema }).meta({ id: 'RegisteredToolResponse' });
export const toolDetailSchema = z.object({ tool: registeredToolSchema, inspections: z.array(toolInspectionRecordSchema).meta({ description: 'Newest first' }) }).meta({ id: 'ToolDetail' });
export const toolInspectedSchema = z.object({ tool: registeredToolSchema, inspection: toolInspectionRecordSchema }).meta({ id: 'ToolInspected' });

/* Scorecards (TRAIN-2). */

const personFactsSchema = z
  .object({
    sla: z.object({ met: count, breached: count, exempt: count, cancelled: count }),
    arrivals: z.object({ total: count, late: count }),
    repairs: z.object({ total: count, failedAgain: count }),
    satisfaction: z.object({ answers: count, sum: count }),
    complaintsUpheld: count,
    training: z.object({ sessions: count, attended: count }),
    exams: z.object({ sat: count, passed: count }),
  })
  .meta({ id: 'ScorecardFacts', description: "The counts of a person's quarter: every number the scorecard is computed from" });

const metricResultSchema = z.object({
  metric: z.enum(METRICS),
  score: z.number().nullable().meta({ description: '0-100, one decimal; null when the quarter has nothing to measure it by' }),
  weight: count,
  counted: z.boolean().meta({ description: 'In the weighted score: measured, weighted, and not a small sample' }),
  smallSample: z.boolean().optional(),
});

export const gradeAdjustmentRecordSchema = z
  .object({ staffId: z.string(), quarter, grade, reason: z.string(), by: z.string(), at: instant })
  .meta({ id: 'GradeAdjustmentRecord', description: "The manager's grade beside the computed one, with the reason" });

export const adHocAssessmentRecordSchema = z
  .object({
    assessmentId: z.uuid(),
    staffId: z.string(),
    quarter: quarter.meta({ description: 'The quarter of `date`' }),
    date: localDay,
    kind: z.enum(['incident', 'efficiency', 'other']),
    note: z.string(),
    grade: grade.optional(),
    by: z.string(),
    at: instant,
  })
  .meta({ id: 'AdHocAssessmentRecord' });

const computedScorecard = {
  staffId: z.string(),
  name: z.string(),
  group: z.enum(STAFF_GROUPS),
  quarter,
  facts: personFactsSchema,
  configVersion: count.meta({ description: 'The scorecard configuration version it was computed with' }),
  metrics: z.array(metricResultSchema),
  score: z.number().nullable().meta({ description: 'Weighted over the counted metrics; null without a counted work metric' }),
  grade: grade.nullable().meta({ description: 'The computed grade (never overwritten); null without a score' }),
  smallSample: z.boolean().meta({ description: 'Fewer survey answers than the configured minimum: shown, not graded on' }),
};

/** A scorecard as the sign-off froze it, with the adjustment in force then. */
export const frozenScorecardSchema = z
  .object({
    ...computedScorecard,
    adjustment: gradeAdjustmentRecordSchema.optional(),
    finalGrade: grade.nullable().meta({ description: "The adjustment's grade, else the computed one" }),
    signedOffAt: instant,
    signedOffBy: z.string(),
  })
  .meta({ id: 'FrozenScorecard' });

export const scorecardSignOffSchema = z.object({ quarter, at: instant, by: z.string(), configVersion: count }).meta({ id: 'ScorecardSignOff' });

/** A card of the manager's quarter view: a live draft, or frozen at sign-off (`signedOffAt`), with its history. */
const quarterCardSchema = z.object({
  ...computedScorecard,
  adjustment: gradeAdjustmentRecordSchema.optional().meta({ description: 'The adjustment in force' }),
  finalGrade: grade.nullable(),
  signedOffAt: instant.optional(),
  signedOffBy: z.string().optional(),
  adjustments: z.array(gradeAdjustmentRecordSchema).meta({ description: 'Every adjustment of the quarter, oldest first' }),
  adHoc: z.array(adHocAssessmentRecordSchema),
  afterSignOff: z.record(z.string(), count).meta({ description: 'Counts that changed after sign-off, by fact path (`complaintsUpheld`, `sla.met`): shown beside the frozen card, never in it; empty for a draft' }),
});

export const quarterScorecardsSchema = z
  .object({
    quarter,
    signOff: scorecardSignOffSchema.nullable().meta({ description: 'Null while the cards are live drafts' }),
    cards: z.array(quarterCardSchema),
  })
  .meta({ id: 'QuarterScorecards' });

export const quarterSignedOffSchema = z.object({ signOff: scorecardSignOffSchema, cards: z.array(frozenScorecardSchema) }).meta({ id: 'QuarterSignedOff' });
export const gradeAdjustmentResponseSchema = z.object({ adjustment: gradeAdjustmentRecordSchema }).meta({ id: 'GradeAdjustmentResponse' });
export const adHocAssessmentResponseSchema = z.object({ assessment: adHocAssessmentRecordSchema }).meta({ id: 'AdHocAssessmentResponse' });

/* The person's page and the manager's team page. */

export const personViewSchema = z
  .object({
    member: z.object({ id: z.string(), name: z.string(), roles: z.array(z.enum(STAFF_ROLES)), group: z.enum(STAFF_GROUPS).nullable().meta({ description: 'Null for the manager and finance' }) }),
    today: localDay,
    safetyTraining: z.object({
      validUntil: localDay.nullable().meta({ description: 'Derived from the latest passed safety exam; null without one' }),
      valid: z.boolean(),
    }),
    certificates: z.array(certificateRecordSchema.extend({ expired: z.boolean(), daysLeft: z.number().int().meta({ description: 'Days from today to `validUntil` (negative once expired)' }) })),
    training: z.array(trainingRecordSchema).meta({ description: 'Newest first' }),
    tools: z.array(toolToday).meta({ description: 'The tools the person holds' }),
    scorecards: z.array(frozenScorecardSchema).meta({ description: "This year's signed-off scorecards, latest quarter first" }),
  })
  .meta({ id: 'PersonView' });

export const teamViewSchema = z
  .object({
    today: localDay,
    settings: peopleSettingsSchema,
    members: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        roles: z.array(z.enum(STAFF_ROLES)),
        group: z.enum(STAFF_GROUPS),
        safetyValidUntil: localDay.nullable(),
        safetyValid: z.boolean(),
      }),
    ).meta({ description: 'Every active member of the three groups' }),
    certificatesDue: z
      .array(certificateRecordSchema.extend({ staffName: z.string(), expired: z.boolean() }))
      .meta({ description: 'Certificates expired or expiring within the longest reminder period' }),
    toolsDue: z.array(toolToday.extend({ holderName: z.string() })).meta({ description: 'Tools due for inspection within `toolDueSoonDays`, or overdue' }),
    sessions: z.array(trainingSessionRecordSchema).meta({ description: "This year's training plan" }),
  })
  .meta({ id: 'TeamView' });
