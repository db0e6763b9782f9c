/** Request schemas of the SLA staff API (timers, standards, calendars) and of recording contact. */
import * as z from 'zod/mini';
import { meta } from '../platform/schema-meta.ts';
import { serviceStandardsConfigSchema } from './domain/service-standards.ts';
import { TIMER_KINDS } from './domain/service-standards.ts';
import { PAUSE_CATEGORIES, TOLD_VIA } from './domain/sla-timer.ts';

// An exported schema that calls more than zod's constructors (a check, `.apply(meta())`, a helper) is
// built inside a /* @__PURE__ */ arrow, so that a function's bundle keeps only the schemas it uses
// (lib/platform/schema-meta.ts says why).

const instant = z.pipe(z.iso.datetime({ offset: true }), z.transform((value) => new Date(value)));

export const contactSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      note: z.string().check(z.trim(), z.minLength(1), z.maxLength(2000)),
      contactedAt: z.optional(instant),
    })
    .apply(meta({ id: 'FirstContact' })))();

export const timerKindParamSchema = z.enum(TIMER_KINDS);

/** A pause is an exemption in time: why, and when and how the customer was told (before the deadline). */
export const pauseSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      category: z.enum(PAUSE_CATEGORIES),
      reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(500)),
      customerToldAt: instant,
      customerToldVia: z.enum(TOLD_VIA),
    })
    .apply(meta({ id: 'TimerPause' })))();

export const exemptionSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
      customerToldAt: instant,
      customerToldVia: z.enum(TOLD_VIA),
    })
    .apply(meta({ id: 'TimerExemption' })))();

export const putServiceStandardsSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({ expectedVersion: z.number().check(z.int(), z.minimum(0)), config: serviceStandardsConfigSchema })
    .apply(meta({ id: 'ServiceStandardsUpdate' })))();

/** The calendar itself is checked by validateCalendar (field-level errors from the engine). */
export const putCalendarSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      expectedVersion: z.number().check(z.int(), z.minimum(0)),
      name: z.string().check(z.trim(), z.minLength(1), z.maxLength(100)),
      calendar: z.record(z.string(), z.unknown()),
    })
    .apply(meta({ id: 'CalendarUpdate' })))();

/** `GET /v1/staff/sla/board`: breaches and exemptions of the last `days` days (UTC days, today included). */
export const slaBoardQuerySchema = /* @__PURE__ */ (() =>
  z.strictObject({ days: z._default(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(31)), 7) }))();
