/** Request schemas of triage, assessment, dispatch, the technician's visit and the parts catalog. */
import * as z from 'zod/mini';
import { meta } from '../platform/schema-meta.ts';
import { SKILL_LEVELS } from '../staff/index.ts';
import { SYSTEM_TYPES } from '../tickets/index.ts';
import { TOOL_KINDS } from '../people/index.ts';
import { STAFF_ROLES } from '../wiring.ts';
import { STANDARD_SAFETY_CHECKLIST } from './domain/job.ts';

// An exported schema that calls more than zod's constructors (a check, `.apply(meta())`, a helper) is
// built inside a /* @__PURE__ */ arrow, so that a function's bundle keeps only the schemas it uses
// (lib/platform/schema-meta.ts says why).

const text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const optionalText = (max: number) => z.optional(z.string().check(z.trim(), z.maxLength(max)));
const instant = z.pipe(z.iso.datetime({ offset: true }), z.transform((value) => new Date(value).toISOString()));
const localDay = z.iso.date();
const sku = z.string().check(z.trim(), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/));

export const triageSchema = /* @__PURE__ */ (() =>
  z
    .discriminatedUnion('classification', [
      z.strictObject({ classification: z.literal('simple'), notes: text(2000), solution: text(4000), guidance: text(4000) }),
      z.strictObject({ classification: z.literal('complex'), notes: text(2000) }),
    ])
    .apply(meta({ id: 'Triage' })))();

/** The manager corrects a triage (audited): the new classification and why. */
export const retriageSchema = /* @__PURE__ */ (() =>
  z
    .discriminatedUnion('classification', [
      z.strictObject({ classification: z.literal('simple'), reason: text(1000), notes: text(2000), solution: text(4000), guidance: text(4000) }),
      z.strictObject({ classification: z.literal('complex'), reason: text(1000), notes: text(2000) }),
    ])
    .apply(meta({ id: 'Retriage' })))();

export const remoteConfirmationSchema = /* @__PURE__ */ (() =>
  z.strictObject({ customerConfirmation: text(1000) }).apply(meta({ id: 'RemoteResolutionConfirmation' })))();

export const factsSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      device: z.optional(z.strictObject({ system: z.optional(z.enum(SYSTEM_TYPES)), model: optionalText(100), serial: optionalText(100), location: optionalText(200) })),
      site: z.optional(z.strictObject({ address: optionalText(500), name: optionalText(200), contactName: optionalText(100), contactPhone: optionalText(32) })),
      calendarId: z.optional(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{1,59}$/))),
    })
    .apply(meta({ id: 'TicketFacts' })))();

export const assessmentSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      diagnosis: text(4000),
      repairPlan: text(4000),
      technicalMeasures: text(4000),
      toolsNeeded: z.array(text(100)).check(z.maxLength(30)),
      /** Registered tool kinds (SAFE-3): scheduling needs the technician to hold one of each, inspected and in date. */
      toolKinds: z._default(z.array(z.enum(TOOL_KINDS)).check(z.maxLength(TOOL_KINDS.length)), []),
      partsNeeded: z.array(z.strictObject({ sku, quantity: z.number().check(z.int(), z.minimum(1), z.maximum(1000)) })).check(z.maxLength(30)),
      skillRequired: z.enum(SYSTEM_TYPES),
      complexity: z.enum(['simple', 'complex']),
      estimatedMinutes: z.number().check(z.int(), z.minimum(5), z.maximum(60 * 24 * 14)),
      onSite: z.boolean(),
      requiresWorkAtHeight: z._default(z.boolean(), false),
      requiresElectrician: z._default(z.boolean(), false),
      remoteInstructions: optionalText(4000),
    })
    .apply(meta({ id: 'Assessment' })))();

export const candidatesQuerySchema = z.strictObject({ date: localDay });

const visitWindow = z.strictObject({ from: instant, to: instant });

export const scheduleSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ technicianId: text(60), window: visitWindow, agreedCompletionBy: z.optional(instant) })
    .apply(meta({ id: 'ScheduleVisit' })))();

export const rescheduleSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ window: visitWindow, reason: text(500), technicianId: z.optional(text(60)) })
    .apply(meta({ id: 'RescheduleVisit' })))();

export const cancelVisitSchema = /* @__PURE__ */ (() =>
  z.strictObject({ reason: text(500) }).apply(meta({ id: 'CancelVisit' })))();

export const jobsQuerySchema = /* @__PURE__ */ (() =>
  z.strictObject({ date: localDay, technicianId: z.optional(text(60)) }))();

export const safetyCheckSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      items: z
        .array(z.strictObject({ item: text(60), ok: z.boolean(), note: optionalText(500) }))
        .check(z.minLength(1), z.maxLength(40))
        .apply(
          meta({
            description: `One entry per item checked. The standard checklist must all be there (a 400 naming the missing ones otherwise): ${STANDARD_SAFETY_CHECKLIST.map((item) => `\`${item}\``).join(', ')}; further items may be added. The check passes when every item is ok.`,
            example: STANDARD_SAFETY_CHECKLIST.map((item) => ({ item, ok: true })),
            allOf: STANDARD_SAFETY_CHECKLIST.map((item) => ({ contains: { type: 'object', properties: { item: { const: item } }, required: ['item'] } })),
          }),
        ),
      /** Asset numbers of the registered tools checked (SAFE-3). */
      toolsChecked: z.optional(z.array(z.string().check(z.trim(), z.regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/))).check(z.maxLength(20))),
    })
    .apply(meta({ id: 'SafetyCheck' })))();

export const checkInSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ latitude: z.optional(z.number().check(z.minimum(-90), z.maximum(90))), longitude: z.optional(z.number().check(z.minimum(-180), z.maximum(180))) })
    .apply(meta({ id: 'CheckIn' })))();

export const workSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ diagnosis: optionalText(4000), workDone: optionalText(4000), testResult: optionalText(2000), usageNotes: optionalText(2000) })
    .apply(meta({ id: 'WorkRecord' })))();

export const partUseSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ sku, quantity: z.number().check(z.int(), z.minimum(1), z.maximum(100)), installedSerial: optionalText(100), removedSerial: optionalText(100) })
    .apply(meta({ id: 'PartUse' })))();

export const signOffSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      signerName: text(100),
      testResult: text(2000),
      usageNotes: text(2000),
      /** Base64 PNG (a data: URL prefix is accepted), at most 100 KB decoded. */
      signaturePng: z.string().check(z.minLength(12), z.maxLength(140_000)),
    })
    .apply(meta({ id: 'SignOff' })))();

export const partSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      name: text(200),
      specification: text(200),
      unit: text(20),
      unitPriceFen: z.number().check(z.int(), z.minimum(0), z.maximum(100_000_000)),
      designated: z.boolean(),
      valuable: z.boolean(),
      reorderPoint: z.number().check(z.int(), z.minimum(0), z.maximum(100_000)),
      category: optionalText(60),
      bin: optionalText(40),
    })
    .apply(meta({ id: 'CatalogPart' })))();

/** A correction by hand: a ledger entry with its reason and who made it; a write-off only takes out. */
export const stockAdjustSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      delta: z.number().check(
        z.int(),
        z.minimum(-100_000),
        z.maximum(100_000),
        z.refine((d) => d !== 0),
      ),
      reason: text(500),
      kind: z._default(z.enum(['adjusted', 'written_off']), 'adjusted'),
    })
    .check(z.refine((body) => body.kind !== 'written_off' || body.delta < 0, { path: ['delta'], params: { key: 'write_off_negative' } }))
    .apply(meta({ id: 'StockAdjustment' })))();

export const technicianSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      name: text(100),
      email: z.email(),
      phone: optionalText(32),
      roles: z.array(z.enum(STAFF_ROLES)).check(z.minLength(1)),
      active: z.boolean(),
      technician: z.optional(
        z.strictObject({
          skills: z.array(z.enum(SYSTEM_TYPES)),
          skillLevel: z.enum(SKILL_LEVELS),
          stockLocation: text(60),
          lead: z._default(z.boolean(), false),
        }),
      ),
    })
    .apply(meta({ id: 'StaffMember' })))();

export const skuParamSchema = sku;
