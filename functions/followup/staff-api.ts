/**
 * Follow-up staff API: customer service's call tasks and phone outcomes, complaints; the manager's
 * investigations; quality figures for a quarter.
 */
import type { ticketResponseSchema } from '../../lib/tickets/responses.ts';
import type { callTaskListSchema, investigationListSchema, investigationResponseSchema, qualityFiguresSchema } from '../../lib/followup/responses.ts';
import { analysisSchema, callTasksQuerySchema, complaintSchema, followUpAnswerSchema, outcomeSchema, qualityQuerySchema, reworkJudgementSchema } from '../../lib/followup/schemas.ts';
import { judgeRework } from '../../lib/followup/usecases/rework.ts';
import { ticketIdParamSchema } from '../../lib/tickets/schemas.ts';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { slaAdapters } from '../../lib/sla/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { followupAdapters } from '../../lib/followup/server.ts';
import { intakeAdapters, ticketOpener } from '../../lib/intake/server.ts';
import { NotFoundError } from '../../lib/platform/errors.ts';
import { pathId } from '../../lib/platform/http/path-params.ts';
import { createApiHandler, route, typedResponse } from '../../lib/platform/http/api-handler.ts';
import { refreshLinkKeys } from '../../lib/platform/auth/link-keys-secret.ts';
import { recordPhoneFollowUp, registerComplaint } from '../../lib/followup/usecases/follow-up.ts';
import { approveOutcome, draftOutcome, listOpenInvestigations, recordAnalysis } from '../../lib/followup/usecases/investigations.ts';
import { qualityFigures } from '../../lib/followup/usecases/quality.ts';
import { followupStaffApi } from '../../lib/wiring.ts';
import { shownTicket } from '../../lib/tickets/server.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(followupStaffApi.access));
const adapters = { ...base, ...ticketsAdapters(base), ...slaAdapters(base), ...staffAdapters(base), ...followupAdapters(base), ...intakeAdapters(base) };
const deps = { ...adapters, ...ticketOpener(adapters) };

const ticketId = (raw: string | undefined) => pathId(ticketIdParamSchema, raw, 'Ticket not found');

export const handler = createApiHandler({
  'GET /v1/staff/follow-ups': route({
    query: callTasksQuerySchema,
    handle: async ({ query }) => typedResponse<typeof callTaskListSchema>(200, { items: await deps.followUps.callTasks(query.limit) }),
  }),
  'POST /v1/staff/tickets/{id}/follow-up': route({
    body: followUpAnswerSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof ticketResponseSchema>(200, await shownTicket(deps, user!, await recordPhoneFollowUp(deps, ticketId(params.id), body, user!.id), 'POST /v1/staff/tickets/{id}/follow-up')),
  }),
  'POST /v1/staff/tickets/{id}/complaints': route({
    body: complaintSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof investigationResponseSchema>(201, { investigation: await registerComplaint(deps, ticketId(params.id), body, user!.id) }),
  }),
  'GET /v1/staff/investigations': route({
    handle: async () => typedResponse<typeof investigationListSchema>(200, { items: await listOpenInvestigations(deps) }),
  }),
  'GET /v1/staff/investigations/{investigationId}': route({
    handle: async ({ params }) => {
      const investigation = await deps.followUps.investigation(params.investigationId ?? '');
      if (!investigation) throw new NotFoundError('Investigation not found');
      return typedResponse<typeof investigationResponseSchema>(200, { investigation });
    },
  }),
  'POST /v1/staff/investigations/{investigationId}/analysis': route({
    body: analysisSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof investigationResponseSchema>(200, { investigation: await recordAnalysis(deps, params.investigationId ?? '', body, user!) }),
  }),
  'POST /v1/staff/investigations/{investigationId}/outcome': route({
    body: outcomeSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof investigationResponseSchema>(200, { investigation: await draftOutcome(deps, params.investigationId ?? '', body, user!) }),
  }),
  'POST /v1/staff/investigations/{investigationId}/approve': route({
    handle: async ({ params, user }) => typedResponse<typeof investigationResponseSchema>(200, { investigation: await approveOutcome(deps, params.investigationId ?? '', user!) }),
  }),
  'POST /v1/staff/tickets/{id}/rework-judgement': route({
    body: reworkJudgementSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof ticketResponseSchema>(200, await shownTicket(deps, user!, await judgeRework(deps, ticketId(params.id), body, user!), 'POST /v1/staff/tickets/{id}/rework-judgement')),
  }),
  'GET /v1/staff/quality': route({
    query: qualityQuerySchema,
    handle: async ({ query }) => typedResponse<typeof qualityFiguresSchema>(200, await qualityFigures(deps, query.quarter)),
  }),
}, { spec: followupStaffApi, staffStatus: deps.staffStatus }).use(refreshLinkKeys(deps)).use(loadDataKeys());
