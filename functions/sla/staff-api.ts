/**
 * SLA staff API: service standards and calendars (the manager edits them without a deploy), and
 * the timers of a ticket (pause, resume, exemption).
 */
import { exemptionSchema, pauseSchema, putCalendarSchema, putServiceStandardsSchema, slaBoardQuerySchema, timerKindParamSchema } from '../../lib/sla/schemas.ts';
import { ticketIdParamSchema } from '../../lib/tickets/schemas.ts';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { NotFoundError } from '../../lib/platform/errors.ts';
import { createApiHandler, route, typedResponse } from '../../lib/platform/http/api-handler.ts';
import { saveCalendar } from '../../lib/sla/usecases/calendars.ts';
import { saveServiceStandards } from '../../lib/sla/usecases/standards.ts';
import { slaBoard } from '../../lib/sla/usecases/board.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { slaAdapters } from '../../lib/sla/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { applyTimerAction, type TimerAction } from '../../lib/sla/usecases/timer-actions.ts';
import { staffTimerViews } from '../../lib/sla/usecases/timer-view.ts';
import type { StaffUser } from '../../lib/platform/auth/staff-user.ts';
import { slaStaffApi } from '../../lib/wiring.ts';
import type { calendarListSchema, calendarRecordSchema, calendarSavedSchema, serviceStandardsSavedSchema, serviceStandardsSchema, slaBoardSchema, slaTimerResponseSchema } from '../../lib/sla/responses.ts';

const base = baseAdapters(loadConfig(slaStaffApi.access));
const deps = { ...base, ...ticketsAdapters(base), ...slaAdapters(base), ...staffAdapters(base) };

function timerTarget(params: Record<string, string | undefined>) {
  const id = ticketIdParamSchema.safeParse(params.id);
  const kind = timerKindParamSchema.safeParse(params.kind);
  if (!id.success || !kind.success) throw new NotFoundError('No such timer');
  return { ticketId: id.data, kind: kind.data };
}

async function timerAction(params: Record<string, string | undefined>, action: TimerAction, user: StaffUser) {
  const { ticketId, kind } = timerTarget(params);
  const timer = await applyTimerAction(deps, ticketId, kind, action, user);
  const [view] = await staffTimerViews(deps.sla, [timer], deps.now());
  return typedResponse<typeof slaTimerResponseSchema>(200, { timer: view });
}

export const handler = createApiHandler({
  'GET /v1/staff/sla/standards': route({
    handle: async () => typedResponse<typeof serviceStandardsSchema>(200, await deps.settings.getServiceStandards()),
  }),
  'PUT /v1/staff/sla/standards': route({
    body: putServiceStandardsSchema,
    handle: async ({ body, user }) => typedResponse<typeof serviceStandardsSavedSchema>(200, { version: await saveServiceStandards(deps, body, user!) }),
  }),
  'GET /v1/staff/sla/board': route({
    // The manager's board; customer service and technical support watch their own timers on it too.
    query: slaBoardQuerySchema,
    handle: async ({ query }) => {
      const [board, configAlerts] = await Promise.all([slaBoard(deps, deps.now(), query.days), deps.settings.configAlerts()]);
      return typedResponse<typeof slaBoardSchema>(200, { ...board, configAlerts });
    },
  }),
  'GET /v1/staff/calendars': route({
    handle: async () => {
      const calendars = await deps.settings.listCalendars();
      return typedResponse<typeof calendarListSchema>(200, { items: calendars.map(({ calendar: _calendar, ...summary }) => summary) });
    },
  }),
  'GET /v1/staff/calendars/{calendarId}': route({
    handle: async ({ params }) => {
      const calendar = await deps.settings.getCalendar(params.calendarId ?? '');
      if (!calendar) throw new NotFoundError('No such calendar');
      return typedResponse<typeof calendarRecordSchema>(200, calendar);
    },
  }),
  'PUT /v1/staff/calendars/{calendarId}': route({
    body: putCalendarSchema,
    maxBodyBytes: 128 * 1024,
    handle: async ({ params, body, user }) => typedResponse<typeof calendarSavedSchema>(200, await saveCalendar(deps, { id: params.calendarId ?? '', ...body }, user!)),
  }),
  'POST /v1/staff/tickets/{id}/timers/{kind}/pause': route({
    body: pauseSchema,
    handle: async ({ params, body, user }) => timerAction(params, { type: 'pause', ...body }, user!),
  }),
  'POST /v1/staff/tickets/{id}/timers/{kind}/resume': route({
    handle: async ({ params, user }) => timerAction(params, { type: 'resume' }, user!),
  }),
  'POST /v1/staff/tickets/{id}/timers/{kind}/exemption': route({
    body: exemptionSchema,
    handle: async ({ params, body, user }) => timerAction(params, { type: 'exempt', ...body }, user!),
  }),
}, { spec: slaStaffApi, staffStatus: deps.staffStatus });
