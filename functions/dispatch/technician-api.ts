/**
 * The technician's visit API (phone first): own jobs by date, the pre-job safety check, check-in,
 * work notes, parts used, and the customer's sign-off (the repair report's PDF is documents-api.ts). Another technician's
 * job answers 404.
 */
import type { jobDetailSchema, jobListSchema, jobResponseSchema } from '../../lib/dispatch/responses.ts';
import { checkInSchema, jobsQuerySchema, partUseSchema, safetyCheckSchema, signOffSchema, workSchema } from '../../lib/dispatch/schemas.ts';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { slaAdapters } from '../../lib/sla/server.ts';
import { dispatchAdapters } from '../../lib/dispatch/server.ts';
import { partsAdapters } from '../../lib/parts/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { peopleAdapters } from '../../lib/people/server.ts';
import { followupAdapters } from '../../lib/followup/server.ts';
import { createApiHandler, route, typedResponse } from '../../lib/platform/http/api-handler.ts';
import { requireDispatcher } from '../../lib/dispatch/usecases/dispatcher.ts';
import { checkIn, recordWork, requireOwnJob, signOff, submitSafetyCheck, usePart } from '../../lib/dispatch/usecases/onsite.ts';
import { dispatchTechnicianApi } from '../../lib/wiring.ts';
import { readTicket } from '../../lib/tickets/server.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(dispatchTechnicianApi.access));
const deps = { ...base, ...ticketsAdapters(base), ...slaAdapters(base), ...dispatchAdapters(base), ...partsAdapters(base), ...staffAdapters(base), ...peopleAdapters(base), ...followupAdapters(base) };

export const handler = createApiHandler({
  'GET /v1/staff/jobs': route({
    query: jobsQuerySchema,
    handle: async ({ query, user }) => {
      // A technician lists their own day; the manager or a lead may look at anyone's.
      const technicianId = query.technicianId && query.technicianId !== user!.id ? (await requireDispatcher(deps, user!), query.technicianId) : user!.id;
      return typedResponse<typeof jobListSchema>(200, { date: query.date, technicianId, items: await deps.jobs.forTechnicianOn(technicianId, query.date) });
    },
  }),
  'GET /v1/staff/jobs/{jobId}': route({
    handle: async ({ params, user }) => {
      const job = await requireOwnJob(deps, params.jobId ?? '', user!);
      const ticket = await deps.tickets.require(job.ticketId);
      const seen = await readTicket(deps, user!, ticket, { purpose: 'GET /v1/staff/jobs/{jobId}', ownJob: job.technicianId === user!.id });
      return typedResponse<typeof jobDetailSchema>(200, { job, ticket: { id: ticket.id, number: ticket.number, status: ticket.status, customer: seen.customer, site: seen.site, device: ticket.device, symptom: ticket.symptom, assessment: ticket.assessment, rework: ticket.rework } });
    },
  }),
  'POST /v1/staff/jobs/{jobId}/safety-check': route({
    body: safetyCheckSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof jobResponseSchema>(200, { job: await submitSafetyCheck(deps, params.jobId ?? '', body.items, user!, body.toolsChecked) }),
  }),
  'POST /v1/staff/jobs/{jobId}/check-in': route({
    body: checkInSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof jobResponseSchema>(200, { job: await checkIn(deps, params.jobId ?? '', body, user!) }),
  }),
  'POST /v1/staff/jobs/{jobId}/work': route({
    body: workSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof jobResponseSchema>(200, { job: await recordWork(deps, params.jobId ?? '', body, user!) }),
  }),
  'POST /v1/staff/jobs/{jobId}/parts': route({
    body: partUseSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof jobResponseSchema>(200, { job: await usePart(deps, params.jobId ?? '', body, user!) }),
  }),
  'POST /v1/staff/jobs/{jobId}/sign-off': route({
    body: signOffSchema,
    maxBodyBytes: 160 * 1024,
    handle: async ({ params, body, user }) => typedResponse<typeof jobResponseSchema>(200, { job: await signOff(deps, params.jobId ?? '', body, user!) }),
  }),
}, { spec: dispatchTechnicianApi, staffStatus: deps.staffStatus }).use(loadDataKeys());
