/** Request schemas of the SLA staff API (timers, standards, calendars) and of recording contact. */
import * as z from 'zod';
import { serviceStandardsConfigSchema } from './domain/service-standards.ts';
import { TIMER_KINDS } from './domain/service-standards.ts';
import { PAUSE_CATEGORIES, TOLD_VIA } from './domain/sla-timer.ts';

const instant = z.iso.datetime({ offset: true }).transform((value) => new Date(value));

export const contactSchema = z.strictObject({
  note: z.string().trim().min(1).max(2000),
  contactedAt: instant.optional(),
}).meta({ id: 'FirstContact' });

export const timerKindParamSchema = z.enum(TIMER_KINDS);

/** A pause is an exemption in time: why, and when and how the customer was told (before the deadline). */
export const pauseSchema = z
  .strictObject({
    category: z.enum(PAUSE_CATEGORIES),
    reason: z.string().trim().min(1).max(500),
    customerToldAt: instant,
    customerToldVia: z.enum(TOLD_VIA),
  })
  .meta({ id: 'TimerPause' });

export const exemptionSchema = z
  .strictObject({
    reason: z.string().trim().min(1).max(1000),
    customerToldAt: instant,
    customerToldVia: z.enum(TOLD_VIA),
  })
  .meta({ id: 'TimerExemption' });

export const putServiceStandardsSchema = z
  .strictObject({ expectedVersion: z.number().int().min(0), config: serviceStandardsConfigSchema })
  .meta({ id: 'ServiceStandardsUpdate' });

/** The calendar itself is checked by validateCalendar (field-level errors from the engine). */
export const putCalendarSchema = z
  .strictObject({
    expectedVersion: z.number().int().min(0),
    name: z.string().trim().min(1).max(100),
    calendar: z.record(z.string(), z.unknown()),
  })
  .meta({ id: 'CalendarUpdate' });

/** `GET /v1/staff/sla/board`: breaches and exemptions of the last `days` days (UTC days, today included). */
export const slaBoardQuerySchema = z.strictObject({ days: z.coerce.number().int().min(1).max(31).default(7) });
