/**
 * Service standards (policy STD-1..3) as configuration: per urgency, which timer runs, for how long,
 * on which clock, and which group answers for it. Defaults are the policy's; a manager changes them
 * through the staff API (stored in the table), without a deploy. A change applies to timers started
 * afterwards: a customer keeps the promise made when the ticket was opened.
 */
import * as z from 'zod/mini';
import { URGENCIES } from '../../tickets/index.ts';

// An exported schema that calls more than zod's constructors (a check, `.apply(meta())`, a helper) is
// built inside a /* @__PURE__ */ arrow, so that a function's bundle keeps only the schemas it uses
// (lib/platform/schema-meta.ts says why).

/** FLOW-4 / STD-3: when the survey goes out and what an answer triggers (part of the standards document). */
export const followUpSettingsSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    surveyDelayWorkingDays: z.number().check(z.int(), z.minimum(0), z.maximum(10)),
    callTaskAfterWorkingDays: z.number().check(z.int(), z.minimum(0), z.maximum(10)),
    surveyLinkValidDays: z.number().check(z.int(), z.minimum(1), z.maximum(90)),
    /** Satisfaction at or below this opens an investigation. */
    lowSatisfactionThreshold: z.number().check(z.int(), z.minimum(1), z.maximum(5)),
    investigationDueDays: z.number().check(z.int(), z.minimum(1), z.maximum(90)),
  }))();
export type FollowUpSettings = z.output<typeof followUpSettingsSchema>;

export const DEFAULT_FOLLOW_UP_SETTINGS: FollowUpSettings = {
  surveyDelayWorkingDays: 1,
  callTaskAfterWorkingDays: 1,
  surveyLinkValidDays: 14,
  lowSatisfactionThreshold: 2,
  investigationDueDays: 10,
};

export const TIMER_KINDS = ['first_contact', 'visit_agreement', 'on_site', 'simple_repair', 'agreed_completion', 'follow_up'] as const;
export type TimerKind = (typeof TIMER_KINDS)[number];

/** `always`: 24x7 (the 24x7 calendar); `business`: the ticket's business calendar. */
export const CLOCKS = ['always', 'business'] as const;
export type Clock = (typeof CLOCKS)[number];

/** Mailboxes that receive warnings; `manager` also receives every breach. */
export const RESPONSIBLE_GROUPS = ['customer_service', 'tech_support', 'repair_service', 'manager'] as const;
export type ResponsibleGroup = (typeof RESPONSIBLE_GROUPS)[number];

/** Eight working hours make a working day on the default calendar (09:00-12:00, 13:00-18:00). */
export const WORKING_DAY_MINUTES = 480;

export const serviceStandardSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    id: z.string().check(z.trim(), z.minLength(1), z.maxLength(20)),
    timer: z.enum(TIMER_KINDS),
    urgency: z.enum([...URGENCIES, 'any']),
    minutes: z.number().check(z.int(), z.minimum(1), z.maximum(60 * 24 * 60)),
    clock: z.enum(CLOCKS),
    responsibleGroup: z.enum(RESPONSIBLE_GROUPS),
  }))();
export type ServiceStandard = z.output<typeof serviceStandardSchema>;

export const serviceStandardsConfigSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    /** Share of the allowed time after which the responsible group is warned (policy: 80 %). */
    warnAtPercent: z.number().check(z.int(), z.minimum(1), z.maximum(99)),
    /** STD-4b: a device failing again within this many days of a repair is reworked free of charge. */
    repairWarrantyDays: z.number().check(z.int(), z.minimum(0), z.maximum(3650)),
    /** STD-4a: at most this share of a quarter's repairs may fail again within the warranty (policy: 2 %). */
    repeatFailureTargetPercent: z.number().check(z.minimum(0), z.maximum(100)),
    businessCalendarId: z.string().check(z.trim(), z.minLength(1), z.maxLength(60)),
    groupEmails: z.strictObject(Object.fromEntries(RESPONSIBLE_GROUPS.map((g) => [g, z.email()])) as Record<ResponsibleGroup, z.ZodMiniEmail>),
    standards: z.array(serviceStandardSchema).check(z.minLength(1), z.maxLength(50)),
    followUp: followUpSettingsSchema,
  }))();
export type ServiceStandardsConfig = z.output<typeof serviceStandardsConfigSchema>;

export const DEFAULT_SERVICE_STANDARDS: ServiceStandardsConfig = {
  warnAtPercent: 80,
  repairWarrantyDays: 90,
  repeatFailureTargetPercent: 2,
  followUp: DEFAULT_FOLLOW_UP_SETTINGS,
  businessCalendarId: 'cn-business',
  groupEmails: {
    customer_service: 'cs-team@elv-demo.cn',
    tech_support: 'support-team@elv-demo.cn',
    repair_service: 'repair-team@elv-demo.cn',
    manager: 'manager@elv-demo.cn',
  },
  standards: [
    { id: 'STD-1a', timer: 'first_contact', urgency: 'urgent', minutes: 60, clock: 'always', responsibleGroup: 'customer_service' },
    { id: 'STD-1b', timer: 'on_site', urgency: 'urgent', minutes: 240, clock: 'always', responsibleGroup: 'repair_service' },
    { id: 'STD-1c', timer: 'first_contact', urgency: 'general', minutes: WORKING_DAY_MINUTES, clock: 'business', responsibleGroup: 'customer_service' },
    // STD-1c's second half: the visit time agreed within the same working day (stops when a visit is scheduled).
    { id: 'STD-1c', timer: 'visit_agreement', urgency: 'general', minutes: WORKING_DAY_MINUTES, clock: 'business', responsibleGroup: 'customer_service' },
    { id: 'STD-2a', timer: 'simple_repair', urgency: 'any', minutes: 120, clock: 'always', responsibleGroup: 'repair_service' },
    { id: 'STD-3', timer: 'follow_up', urgency: 'any', minutes: 3 * WORKING_DAY_MINUTES, clock: 'business', responsibleGroup: 'customer_service' },
  ],
};

/** The standard that governs `timer` for a ticket of `urgency`, if any (an urgency-specific one wins). */
export function standardFor(config: ServiceStandardsConfig, timer: TimerKind, urgency: string): ServiceStandard | undefined {
  return (
    config.standards.find((s) => s.timer === timer && s.urgency === urgency) ?? config.standards.find((s) => s.timer === timer && s.urgency === 'any')
  );
}
