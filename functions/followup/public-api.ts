/** The customer's survey behind the signed link (read it, answer it once), and a complaint from the status page. */
import type { customerComplaintFiledSchema, surveyAnswerResultSchema, surveyViewSchema } from '../../lib/followup/responses.ts';
import { customerComplaintSchema, followUpAnswerSchema, surveyQuerySchema } from '../../lib/followup/schemas.ts';
import { statusTokenQuerySchema, ticketIdParamSchema } from '../../lib/tickets/schemas.ts';
import { fileCustomerComplaint } from '../../lib/followup/usecases/customer-complaint.ts';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { slaAdapters } from '../../lib/sla/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { followupAdapters } from '../../lib/followup/server.ts';
import { intakeAdapters, ticketOpener } from '../../lib/intake/server.ts';
import { pathId } from '../../lib/platform/http/path-params.ts';
import { createApiHandler, route, typedResponse } from '../../lib/platform/http/api-handler.ts';
import { refreshLinkKeys } from '../../lib/platform/auth/link-keys-secret.ts';
import { answerSurvey, surveyView } from '../../lib/followup/usecases/follow-up.ts';
import { followupPublicApi } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(followupPublicApi.access));
const adapters = { ...base, ...ticketsAdapters(base), ...slaAdapters(base), ...staffAdapters(base), ...followupAdapters(base), ...intakeAdapters(base) };
const deps = { ...adapters, ...ticketOpener(adapters) };

const ticketId = (raw: string | undefined) => pathId(ticketIdParamSchema, raw, 'Survey not found');

export const handler = createApiHandler({
  'GET /v1/surveys/{id}': route({
    query: surveyQuerySchema,
    handle: async ({ params, query }) => typedResponse<typeof surveyViewSchema>(200, await surveyView(deps, ticketId(params.id), query.t)),
  }),
  'POST /v1/surveys/{id}': route({
    query: surveyQuerySchema,
    body: followUpAnswerSchema,
    handle: async ({ params, query, body }) => typedResponse<typeof surveyAnswerResultSchema>(200, await answerSurvey(deps, ticketId(params.id), query.t, body)),
  }),
  'POST /v1/tickets/{id}/complaints': route({
    query: statusTokenQuerySchema,
    body: customerComplaintSchema,
    handle: async ({ params, query, body }) => {
      const investigation = await fileCustomerComplaint(deps, pathId(ticketIdParamSchema, params.id, 'Ticket not found'), query.t, body.complaint);
      return typedResponse<typeof customerComplaintFiledSchema>(201, { complaint: { investigationId: investigation.investigationId, filedAt: investigation.openedAt, status: investigation.status } });
    },
  }),
}, { spec: followupPublicApi }).use(refreshLinkKeys(deps)).use(loadDataKeys());
