/**
 * Dispatch staff API: technical support's assessment; the manager's or a repair lead's proposal of
 * technicians, scheduling, rescheduling and cancelling of visits.
 */
import type { ticketResponseSchema } from '../../lib/tickets/responses.ts';
import type { candidateListSchema, jobResponseSchema } from '../../lib/dispatch/responses.ts';
import { assessmentSchema, cancelVisitSchema, candidatesQuerySchema, rescheduleSchema, scheduleSchema } from '../../lib/dispatch/schemas.ts';
import { ticketIdParamSchema } from '../../lib/tickets/schemas.ts';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { slaAdapters } from '../../lib/sla/server.ts';
import { dispatchAdapters } from '../../lib/dispatch/server.ts';
import { partsAdapters } from '../../lib/parts/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { peopleAdapters } from '../../lib/people/server.ts';
import { pathId } from '../../lib/platform/http/path-params.ts';
import { createApiHandler, route, typedResponse } from '../../lib/platform/http/api-handler.ts';
import { assessTicket } from '../../lib/dispatch/usecases/assessment.ts';
import { cancelVisit, proposeTechnicians, rescheduleVisit, scheduleVisit } from '../../lib/dispatch/usecases/dispatch.ts';
import { requireDispatcher } from '../../lib/dispatch/usecases/dispatcher.ts';
import { dispatchStaffApi } from '../../lib/wiring.ts';
import { shownTicket } from '../../lib/tickets/server.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(dispatchStaffApi.access));
const deps = { ...base, ...ticketsAdapters(base), ...slaAdapters(base), ...dispatchAdapters(base), ...partsAdapters(base), ...staffAdapters(base), ...peopleAdapters(base) };

const ticketId = (raw: string | undefined) => pathId(ticketIdParamSchema, raw, 'Ticket not found');

export const handler = createApiHandler({
  'POST /v1/staff/tickets/{id}/assessment': route({
    body: assessmentSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof ticketResponseSchema>(200, await shownTicket(deps, user!, await assessTicket(deps, ticketId(params.id), body, user!), 'POST /v1/staff/tickets/{id}/assessment')),
  }),
  'GET /v1/staff/tickets/{id}/candidates': route({
    // Who is free, skilled and certified is for whoever dispatches: repair leads and the manager.
    query: candidatesQuerySchema,
    handle: async ({ params, query, user }) => {
      await requireDispatcher(deps, user!);
      return typedResponse<typeof candidateListSchema>(200, { date: query.date, candidates: await proposeTechnicians(deps, ticketId(params.id), query.date) });
    },
  }),
  'POST /v1/staff/tickets/{id}/schedule': route({
    body: scheduleSchema,
    handle: async ({ params, body, user }) => {
      await requireDispatcher(deps, user!);
      return typedResponse<typeof jobResponseSchema>(201, { job: await scheduleVisit(deps, ticketId(params.id), body, user!) });
    },
  }),
  'POST /v1/staff/jobs/{jobId}/reschedule': route({
    body: rescheduleSchema,
    handle: async ({ params, body, user }) => {
      await requireDispatcher(deps, user!);
      return typedResponse<typeof jobResponseSchema>(200, { job: await rescheduleVisit(deps, params.jobId ?? '', body, user!) });
    },
  }),
  'POST /v1/staff/jobs/{jobId}/cancel': route({
    body: cancelVisitSchema,
    handle: async ({ params, body, user }) => {
      await requireDispatcher(deps, user!);
      return typedResponse<typeof jobResponseSchema>(200, { job: await cancelVisit(deps, params.jobId ?? '', body, user!) });
    },
  }),
}, { spec: dispatchStaffApi, staffStatus: deps.staffStatus }).use(loadDataKeys());
