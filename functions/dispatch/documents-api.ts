/**
 * The repair report (维修服务报告) as a PDF: for staff (the job's technician, customer service,
 * technical support; a logged read of the customer's data) and for the customer through the ticket's
 * signed status link. A function of its own: the PDF library and the font stay out of the API
 * functions that answer everything else.
 */
import * as z from 'zod/mini';
import { statusTokenQuerySchema, ticketIdParamSchema } from '../../lib/tickets/schemas.ts';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { pathId } from '../../lib/platform/http/path-params.ts';
import { createApiHandler, route } from '../../lib/platform/http/api-handler.ts';
import { pdfResponse } from '../../lib/platform/pdf/document.ts';
import { refreshLinkKeys } from '../../lib/platform/auth/link-keys-secret.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { dispatchAdapters } from '../../lib/dispatch/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { customerRepairReport, staffRepairReport } from '../../lib/dispatch/usecases/repair-report.ts';
import { dispatchDocumentsApi } from '../../lib/wiring.ts';

const base = baseAdapters(loadConfig(dispatchDocumentsApi.access));
const deps = { ...base, ...ticketsAdapters(base), ...dispatchAdapters(base), ...staffAdapters(base) };

export const handler = createApiHandler({
  'GET /v1/tickets/{id}/repair-report.pdf': route({
    query: z.partial(statusTokenQuerySchema),
    handle: async ({ params, query }) => {
      const file = await customerRepairReport(deps, pathId(ticketIdParamSchema, params.id, 'Ticket not found'), query.t);
      return pdfResponse(file.bytes, file.filename);
    },
  }),
  'GET /v1/staff/jobs/{jobId}/repair-report.pdf': route({
    // The job's technician, and customer service or technical support for any job (the manager too).
    handle: async ({ params, user }) => {
      const file = await staffRepairReport(deps, params.jobId ?? '', user!);
      return pdfResponse(file.bytes, file.filename);
    },
  }),
}, { spec: dispatchDocumentsApi, staffStatus: deps.staffStatus }).use(refreshLinkKeys(deps)).use(loadDataKeys());
