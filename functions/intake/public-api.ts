/**
 * Public intake API: report a fault, read a ticket through its signed link, health (the repair
 * report's PDF is functions/dispatch/documents-api.ts).
 * Thin: parse (api-handler), call a use case, map the result.
 */
import * as z from 'zod/mini';
import type { createdTicketSchema, healthSchema, publicTicketViewSchema } from '../../lib/tickets/responses.ts';
import { publicReportSchema, statusTokenQuerySchema, ticketIdParamSchema } from '../../lib/tickets/schemas.ts';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { pathId } from '../../lib/platform/http/path-params.ts';
import { createApiHandler, route, typedResponse } from '../../lib/platform/http/api-handler.ts';
import { explicitLocale } from '../../lib/platform/http/messages.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { slaAdapters } from '../../lib/sla/server.ts';
import { followupAdapters } from '../../lib/followup/server.ts';
import { refreshLinkKeys } from '../../lib/platform/auth/link-keys-secret.ts';
import { publicTicketView } from '../../lib/intake/usecases/public-ticket-view.ts';
import { reportFaultOnce } from '../../lib/intake/usecases/report-fault-once.ts';
import { intakePublicApi } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(intakePublicApi.access));
const deps = { ...base, ...ticketsAdapters(base), ...slaAdapters(base), ...followupAdapters(base) };
const { tickets, now } = deps;
const report = reportFaultOnce(deps);

export const handler = createApiHandler({
  'POST /v1/tickets': route({
    body: publicReportSchema,
    handle: async ({ body, header }) => {
      const created = await report(header('idempotency-key'), { ...body, channel: 'api', actor: 'customer' });
      return typedResponse<typeof createdTicketSchema>(201, created, { location: created.statusUrl });
    },
  }),
  'GET /v1/tickets/{id}': route({
    query: z.partial(statusTokenQuerySchema),
    handle: async ({ params, query, header }) => {
      const id = pathId(ticketIdParamSchema, params.id, 'Ticket not found');
      const locale = explicitLocale(undefined, header('accept-language'));
      return typedResponse<typeof publicTicketViewSchema>(200, await publicTicketView({ tickets, followUps: deps.followUps, linkKeys: deps.linkKeys, now }, id, query.t, locale));
    },
  }),
  'GET /v1/health': route({ handle: async () => typedResponse<typeof healthSchema>(200, { status: 'ok' }) }),
}, { spec: intakePublicApi }).use(refreshLinkKeys(deps)).use(loadDataKeys());
