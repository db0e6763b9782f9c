/** Request schemas of triage, assessment, dispatch, the technician's visit and the parts catalog. */
import * as z from 'zod';
import { SKILL_LEVELS } from '../staff/index.ts';
import { SYSTEM_TYPES } from '../tickets/index.ts';
import { TOOL_KINDS } from '../people/index.ts';
import { STAFF_ROLES } from '../wiring.ts';
import { STANDARD_SAFETY_CHECKLIST } from './domain/job.ts';

const text = (max: number) => z.string().trim().min(1).max(max);
const optionalText = (max: number) => z.string().trim().max(max).optional();
const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value).toISOString());
const localDay = z.iso.date();
const sku = z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/);

export const triageSchema = z
  .discriminatedUnion('classification', [
    z.strictObject({ classification: z.literal('simple'), notes: text(2000), solution: text(4000), guidance: text(4000) }),
    z.strictObject({ classification: z.literal('complex'), notes: text(2000) }),
  ])
  .meta({ id: 'Triage' });

/** The manager corrects a triage (audited): the new classification and why. */
export const retriageSchema = z
  .discriminatedUnion('classification', [
    z.strictObject({ classification: z.literal('simple'), reason: text(1000), notes: text(2000), solution: text(4000), guidance: text(4000) }),
    z.strictObject({ classification: z.literal('complex'), reason: text(1000), notes: text(2000) }),
  ])
  .meta({ id: 'Retriage' });

export const remoteConfirmationSchema = z.strictObject({ customerConfirmation: text(1000) }).meta({ id: 'RemoteResolutionConfirmation' });

export const factsSchema = z
  .strictObject({
    device: z.strictObject({ system: z.enum(SYSTEM_TYPES).optional(), model: optionalText(100), serial: optionalText(100), location: optionalText(200) }).optional(),
    site: z.strictObject({ address: optionalText(500), name: optionalText(200), contactName: optionalText(100), contactPhone: optionalText(32) }).optional(),
    calendarId: z.string().regex(/^[a-z0-9][a-z0-9-]{1,59}$/).optional(),
  })
  .meta({ id: 'TicketFacts' });

export const assessmentSchema = z
  .strictObject({
    diagnosis: text(4000),
    repairPlan: text(4000),
    technicalMeasures: text(4000),
    toolsNeeded: z.array(text(100)).max(30),
    /** Registered tool kinds (SAFE-3): scheduling needs the technician to hold one of each, inspected and in date. */
    toolKinds: z.array(z.enum(TOOL_KINDS)).max(TOOL_KINDS.length).default([]),
    partsNeeded: z.array(z.strictObject({ sku, quantity: z.number().int().min(1).max(1000) })).max(30),
    skillRequired: z.enum(SYSTEM_TYPES),
    complexity: z.enum(['simple', 'complex']),
    estimatedMinutes: z.number().int().min(5).max(60 * 24 * 14),
    onSite: z.boolean(),
    requiresWorkAtHeight: z.boolean().default(false),
    requiresElectrician: z.boolean().default(false),
    remoteInstructions: optionalText(4000),
  })
  .meta({ id: 'Assessment' });

export const candidatesQuerySchema = z.strictObject({ date: localDay });

const visitWindow = z.strictObject({ from: instant, to: instant });

export const scheduleSchema = z
  .strictObject({ technicianId: text(60), window: visitWindow, agreedCompletionBy: instant.optional() })
  .meta({ id: 'ScheduleVisit' });

export const rescheduleSchema = z
  .strictObject({ window: visitWindow, reason: text(500), technicianId: text(60).optional() })
  .meta({ id: 'RescheduleVisit' });

export const cancelVisitSchema = z.strictObject({ reason: text(500) }).meta({ id: 'CancelVisit' });

export const jobsQuerySchema = z.strictObject({ date: localDay, technicianId: text(60).optional() });

export const safetyCheckSchema = z
  .strictObject({
    items: z
      .array(z.strictObject({ item: text(60), ok: z.boolean(), note: optionalText(500) }))
      .min(1)
      .max(40)
      .meta({
        description: `One entry per item checked. The standard checklist must all be there (a 400 naming the missing ones otherwise): ${STANDARD_SAFETY_CHECKLIST.map((item) => `\`${item}\``).join(', ')}; further items may be added. The check passes when every item is ok.`,
        example: STANDARD_SAFETY_CHECKLIST.map((item) => ({ item, ok: true })),
        allOf: STANDARD_SAFETY_CHECKLIST.map((item) => ({ contains: { type: 'object', properties: { item: { const: item } }, required: ['item'] } })),
      }),
    /** Asset numbers of the registered tools checked (SAFE-3). */
    toolsChecked: z.array(z.string().trim().regex(/^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$/)).max(20).optional(),
  })
  .meta({ id: 'SafetyCheck' });

export const checkInSchema = z
  .strictObject({ latitude: z.number().min(-90).max(90).optional(), longitude: z.number().min(-180).max(180).optional() })
  .meta({ id: 'CheckIn' });

export const workSchema = z
  .strictObject({ diagnosis: optionalText(4000), workDone: optionalText(4000), testResult: optionalText(2000), usageNotes: optionalText(2000) })
  .meta({ id: 'WorkRecord' });

export const partUseSchema = z
  .strictObject({ sku, quantity: z.number().int().min(1).max(100), installedSerial: optionalText(100), removedSerial: optionalText(100) })
  .meta({ id: 'PartUse' });

export const signOffSchema = z
  .strictObject({
    signerName: text(100),
    testResult: text(2000),
    usageNotes: text(2000),
    /** Base64 PNG (a data: URL prefix is accepted), at most 100 KB decoded. */
    signaturePng: z.string().min(12).max(140_000),
  })
  .meta({ id: 'SignOff' });

export const partSchema = z
  .strictObject({
    name: text(200),
    specification: text(200),
    unit: text(20),
    unitPriceFen: z.number().int().min(0).max(100_000_000),
    designated: z.boolean(),
    valuable: z.boolean(),
    reorderPoint: z.number().int().min(0).max(100_000),
    category: optionalText(60),
    bin: optionalText(40),
  })
  .meta({ id: 'CatalogPart' });

/** A correction by hand: a ledger entry with its reason and who made it; a write-off only takes out. */
export const stockAdjustSchema = z
  .strictObject({
    delta: z.number().int().min(-100_000).max(100_000).refine((d) => d !== 0),
    reason: text(500),
    kind: z.enum(['adjusted', 'written_off']).default('adjusted'),
  })
  .refine((body) => body.kind !== 'written_off' || body.delta < 0, { path: ['delta'], params: { key: 'write_off_negative' } })
  .meta({ id: 'StockAdjustment' });

export const technicianSchema = z
  .strictObject({
    name: text(100),
    email: z.email(),
    phone: optionalText(32),
    roles: z.array(z.enum(STAFF_ROLES)).min(1),
    active: z.boolean(),
    technician: z
      .strictObject({
        skills: z.array(z.enum(SYSTEM_TYPES)),
        skillLevel: z.enum(SKILL_LEVELS),
        stockLocation: text(60),
        lead: z.boolean().default(false),
      })
      .optional(),
  })
  .meta({ id: 'StaffMember' });

export const skuParamSchema = sku;
