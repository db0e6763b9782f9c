/**
 * The statement (结算单) as a PDF: for customer service and finance, and for the customer through the
 * statement's signed link (a wrong token answers 404 like an unknown statement). A function of its
 * own: the PDF library and the font stay out of the API functions that answer everything else.
 */
import * as z from 'zod/mini';
import { statementIdParamSchema, statementTokenQuerySchema } from '../../lib/settlement/schemas.ts';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { pathId } from '../../lib/platform/http/path-params.ts';
import { createApiHandler, route } from '../../lib/platform/http/api-handler.ts';
import { pdfResponse } from '../../lib/platform/pdf/document.ts';
import { refreshLinkKeys } from '../../lib/platform/auth/link-keys-secret.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { settlementAdapters } from '../../lib/settlement/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { requireStatementByLink } from '../../lib/settlement/usecases/views.ts';
import { statementPdfFile } from '../../lib/settlement/usecases/statement-pdf.ts';
import { settlementDocumentsApi } from '../../lib/wiring.ts';

const base = baseAdapters(loadConfig(settlementDocumentsApi.access));
const deps = { ...base, ...settlementAdapters(base), ...staffAdapters(base) };

export const handler = createApiHandler({
  'GET /v1/statements/{id}/pdf': route({
    query: z.partial(statementTokenQuerySchema),
    handle: async ({ params, query }) => {
      const statement = await requireStatementByLink(deps, pathId(statementIdParamSchema, params.id, 'Statement not found'), query.t);
      const file = await statementPdfFile(deps, statement);
      return pdfResponse(file.bytes, file.filename);
    },
  }),
  'GET /v1/staff/statements/{statementId}/pdf': route({
    handle: async ({ params }) => {
      const file = await statementPdfFile(deps, await deps.statements.require(pathId(statementIdParamSchema, params.statementId, 'Statement not found')));
      return pdfResponse(file.bytes, file.filename);
    },
  }),
}, { spec: settlementDocumentsApi, staffStatus: deps.staffStatus }).use(refreshLinkKeys(deps)).use(loadDataKeys());
