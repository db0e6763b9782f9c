/**
 * The customer's statement behind its signed link (the statement page of the web issue calls this):
 * read it (its PDF: documents-api.ts), confirm it, dispute it (reason required), request an invoice. A wrong token answers 404
 * exactly like an unknown statement.
 */
import * as z from 'zod/mini';
import type { publicStatementViewSchema } from '../../lib/settlement/responses.ts';
import {
  confirmStatementSchema,
  disputeStatementSchema,
  invoiceRequestSchema,
  statementIdParamSchema,
  statementTokenQuerySchema,
} from '../../lib/settlement/schemas.ts';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { dispatchAdapters } from '../../lib/dispatch/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { settlementAdapters } from '../../lib/settlement/server.ts';
import { pathId } from '../../lib/platform/http/path-params.ts';
import { createApiHandler, route, typedResponse } from '../../lib/platform/http/api-handler.ts';
import { explicitLocale } from '../../lib/platform/http/messages.ts';
import { refreshLinkKeys } from '../../lib/platform/auth/link-keys-secret.ts';
import { confirmStatement, disputeStatement, requestInvoice } from '../../lib/settlement/usecases/actions.ts';
import { publicStatementView, publicViewOf, requireStatementByLink } from '../../lib/settlement/usecases/views.ts';
import type { Statement } from '../../lib/settlement/index.ts';
import { settlementPublicApi } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(settlementPublicApi.access));
const deps = { ...base, ...ticketsAdapters(base), ...dispatchAdapters(base), ...staffAdapters(base), ...settlementAdapters(base) };
const tokenQuery = z.partial(statementTokenQuerySchema);

/**
 * The statement id and token of a request, checked before anything else is read; the statement read
 * for the check is what the action starts from (not read twice), and the answer is built from the
 * statement the action returns (only its revision is read then).
 */
async function authorised(params: Record<string, string | undefined>, token: string | undefined): Promise<{ id: string; statement: Statement }> {
  const id = pathId(statementIdParamSchema, params.id, 'Statement not found');
  return { id, statement: await requireStatementByLink(deps, id, token) };
}


export const handler = createApiHandler({
  'GET /v1/statements/{id}': route({
    query: tokenQuery,
    handle: async ({ params, query, header }) => {
      const id = pathId(statementIdParamSchema, params.id, 'Statement not found');
      return typedResponse<typeof publicStatementViewSchema>(200, await publicStatementView(deps, id, query.t, explicitLocale(undefined, header('accept-language'))));
    },
  }),
  'POST /v1/statements/{id}/confirm': route({
    query: tokenQuery,
    body: confirmStatementSchema,
    handle: async ({ params, query, body, header }) => {
      const { id, statement } = await authorised(params, query.t);
      const saved = await confirmStatement(deps, id, { revision: body.revision }, 'customer', statement);
      return typedResponse<typeof publicStatementViewSchema>(200, await publicViewOf(deps, saved, explicitLocale(body.locale, header('accept-language'))));
    },
  }),
  'POST /v1/statements/{id}/dispute': route({
    query: tokenQuery,
    body: disputeStatementSchema,
    handle: async ({ params, query, body, header }) => {
      const { id, statement } = await authorised(params, query.t);
      const saved = await disputeStatement(deps, id, { revision: body.revision, reason: body.reason }, statement);
      return typedResponse<typeof publicStatementViewSchema>(200, await publicViewOf(deps, saved, explicitLocale(body.locale, header('accept-language'))));
    },
  }),
  'POST /v1/statements/{id}/invoice-request': route({
    query: tokenQuery,
    body: invoiceRequestSchema,
    handle: async ({ params, query, body, header }) => {
      const { id, statement } = await authorised(params, query.t);
      const { locale, ...request } = body;
      const saved = await requestInvoice(deps, id, request, 'customer', statement);
      return typedResponse<typeof publicStatementViewSchema>(200, await publicViewOf(deps, saved, explicitLocale(locale, header('accept-language'))));
    },
  }),
}, { spec: settlementPublicApi }).use(refreshLinkKeys(deps)).use(loadDataKeys());
