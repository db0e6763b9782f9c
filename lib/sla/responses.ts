/**
 * SLA 员工接口的响应结构（OpenAPI 文档由此生成；处理函数只以类型引用，不打进函数包）。
 * Response schemas of the SLA staff API (standards, calendars, the board, timer actions): the OpenAPI
 * document publishes them (lib/openapi.ts) and the handlers answer through them as types only
 * (`typedResponse<typeof schema>`), so they stay out of the function bundles. Open objects: fields
 * may be added within /v1, never removed or retyped.
 */
import * as z from 'zod';
import { TICKET_STATUSES, URGENCIES } from '../tickets/index.ts';
import { CLOCKS, RESPONSIBLE_GROUPS, TIMER_KINDS, serviceStandardsConfigSchema } from './domain/service-standards.ts';
import { CANCELLATION_CAUSES, PAUSE_CATEGORIES, TIMER_STATES, TOLD_VIA } from './domain/sla-timer.ts';

const instant = z.iso.datetime({ offset: true });
const version = z.number().int().meta({ description: 'The version in force; send it as `expectedVersion` to change the document' });

/* 服务标准 · Service standards */

/** The standards in force: the stored document over the built-in defaults (version 0 until first saved). */
export const serviceStandardsSchema = z
  .object({
    value: serviceStandardsConfigSchema,
    version,
    updatedAt: instant.optional(),
    updatedBy: z.string().optional().meta({ description: 'Staff id of who saved this version; absent for the defaults' }),
  })
  .meta({ id: 'ServiceStandards' });

export const serviceStandardsSavedSchema = z.object({ version }).meta({ id: 'ServiceStandardsSaved' });

/* 工作时间日历 · Working-time calendars */

const clockTime = z.string().meta({ description: "Local time 'HH:MM' ('24:00' only as an end)", example: '09:00' });
const workWindow = z.array(clockTime).length(2).meta({ id: 'CalendarWindow', description: 'Start and end, local time' });
const dayWindows = z.array(workWindow);
const localDay = z.iso.date();

/** A calendar as the working-time engine reads it (lib/calendar/types.ts); every weekday is given. */
export const workCalendarSchema = z
  .object({
    timezone: z.string().meta({ description: 'IANA time zone', example: 'Asia/Shanghai' }),
    week: z
      .object({ mon: dayWindows, tue: dayWindows, wed: dayWindows, thu: dayWindows, fri: dayWindows, sat: dayWindows, sun: dayWindows })
      .meta({ description: 'Working windows per weekday, sorted; [] is a day off, several windows leave breaks' }),
    holidays: z.array(localDay).optional().meta({ description: 'Local dates off (a holiday wins over `week` and `workdays`)' }),
    workdays: z.array(localDay).optional().meta({ description: 'Make-up workdays (调休): local dates worked although their weekday is off' }),
    workdayWindows: z.array(workWindow).optional().meta({ description: "Windows on a make-up workday; Monday's when absent" }),
  })
  .meta({ id: 'WorkCalendar' });

const calendarSummaryFields = {
  id: z.string(),
  name: z.string(),
  version: version.meta({ description: 'The version in force (0: built in, never changed); send it as `expectedVersion` to change the calendar' }),
  updatedAt: instant.optional(),
  updatedBy: z.string().optional(),
};

/** The stored calendars and the built-in ones not overridden, without their windows and dates. */
export const calendarListSchema = z.object({ items: z.array(z.object(calendarSummaryFields)) }).meta({ id: 'CalendarList' });

export const calendarRecordSchema = z.object({ ...calendarSummaryFields, calendar: workCalendarSchema }).meta({ id: 'CalendarRecord' });

export const calendarSavedSchema = z.object({ id: z.string(), version }).meta({ id: 'CalendarSaved' });

/* 时限计时器 · Timers */

/** A timer as staff see it: its promise, its deadline and state, its pauses and outcome. */
export const slaTimerSchema = z
  .object({
    ticketId: z.uuid(),
    kind: z.enum(TIMER_KINDS),
    standardId: z.string().optional().meta({ description: 'The service standard it enforces (STD-1a ...); absent for a deadline agreed with the customer' }),
    clock: z.enum(CLOCKS),
    calendarId: z.string().meta({ description: 'The calendar whose working time counts (`24x7` for the always clock)' }),
    responsibleGroup: z.enum(RESPONSIBLE_GROUPS),
    allowedMinutes: z.number().int().meta({ description: 'Allowed working minutes in the clock of the timer' }),
    warnAtPercent: z.number().int(),
    startedAt: instant,
    dueAt: instant,
    warnAt: instant,
    state: z.enum(TIMER_STATES),
    pauses: z.array(
      z.object({
        from: instant,
        to: instant.optional().meta({ description: 'Absent while the pause lasts' }),
        reason: z.string(),
        by: z.string(),
        category: z.enum(PAUSE_CATEGORIES).optional(),
        customerToldAt: instant.optional(),
        customerToldVia: z.enum(TOLD_VIA).optional(),
      }),
    ),
    stoppedAt: instant.optional(),
    warnedAt: instant.optional(),
    breachedAt: instant.optional(),
    exemption: z.object({ reason: z.string(), customerToldAt: instant, customerToldVia: z.enum(TOLD_VIA).optional(), recordedAt: instant, recordedBy: z.string() }).optional(),
    cancellation: z.object({ cause: z.enum(CANCELLATION_CAUSES), reason: z.string().optional(), at: instant, by: z.string() }).optional(),
    generation: z.number().int().optional().meta({ description: 'Which deadline of its kind on the ticket: 1, then 2, 3 ... when agreed again (absent: 1)' }),
    assignee: z.string().optional().meta({ description: 'Staff id the promise is attributed to, once known' }),
    version: z.number().int(),
    remainingMinutes: z.number().int().optional().meta({ description: 'Working minutes left in the clock of the timer (negative: overdue); absent once stopped' }),
    provisional: z.literal(true).optional().meta({ description: "The deadline was computed on provisional holidays (its year's arrangement not loaded yet)" }),
  })
  .meta({ id: 'SlaTimer' });

/** What pausing, resuming or exempting a timer answers. */
export const slaTimerResponseSchema = z.object({ timer: slaTimerSchema }).meta({ id: 'SlaTimerResponse' });

/* SLA 看板 · The board */

const boardEntrySchema = z
  .object({
    ...slaTimerSchema.shape,
    ticketNumber: z.string().optional(),
    ticketStatus: z.enum(TICKET_STATUSES).optional(),
    urgency: z.enum(URGENCIES).optional(),
  })
  .meta({ id: 'SlaBoardEntry', description: 'A timer with its ticket (number, status, urgency absent when the ticket is gone)' });

export const slaBoardSchema = z
  .object({
    now: instant,
    days: z.number().int().meta({ description: 'Breaches, exemptions and cancellations of this many days back' }),
    atRisk: z.array(boardEntrySchema).meta({ description: 'Running timers warned, past their warning instant or overdue; soonest due first' }),
    upcoming: z.array(boardEntrySchema).meta({ description: 'Running timers whose warning or deadline comes within two days' }),
    paused: z.array(boardEntrySchema),
    breached: z.array(boardEntrySchema),
    exempt: z.array(boardEntrySchema),
    cancelled: z.array(boardEntrySchema).meta({ description: 'Promises called off (counted neither way), with their reasons' }),
    configAlerts: z
      .array(z.object({ problem: z.string(), detail: z.string(), firstSeenAt: instant, lastSeenAt: instant, occurrences: z.number().int() }))
      .meta({ description: 'Stored configuration that could not be used (intake fell back to the defaults), most recent first' }),
  })
  .meta({ id: 'SlaBoard' });
