/**
 * Confidentiality (CONF-2, PIPL): customer service records a customer's rights request with how their
 * identity was checked; the manager carries it out (export, correction, erasure), reads the access
 * log and sets the retention periods.
 */
import { accessLogQuerySchema, correctionSchema, erasureSchema, exportDeliverySchema, putPrivacySettingsSchema, rightsListQuerySchema, rightsRequestIdSchema, rightsRequestSchema } from '../../lib/privacy/schemas.ts';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { localDate } from '../../lib/platform/local-date.ts';
import { NotFoundError } from '../../lib/platform/errors.ts';
import { pathId } from '../../lib/platform/http/path-params.ts';
import { createApiHandler, route, typedResponse } from '../../lib/platform/http/api-handler.ts';
import type {
  accessLogPageSchema,
  newVersionSchema,
  personalDataExportSchema,
  rightsRequestListSchema,
  rightsRequestResponseSchema,
  versionedPrivacySettingsSchema,
} from '../../lib/privacy/responses.ts';
import { sesSendOnce } from '../../lib/platform/mail/send-once.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { followupAdapters } from '../../lib/followup/server.ts';
import { settlementAdapters } from '../../lib/settlement/server.ts';
import { dispatchAdapters } from '../../lib/dispatch/server.ts';
import { privacyAdapters } from '../../lib/privacy/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { correctPersonalData, erasePersonalData, exportPersonalData, recordRightsRequest } from '../../lib/privacy/usecases/rights.ts';
import { queryAccessLog } from '../../lib/privacy/usecases/access-log.ts';
import { privacyStaffApi } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(privacyStaffApi.access));
const tickets = ticketsAdapters(base);
const deps = { ...base, ...tickets, ...followupAdapters(base), ...settlementAdapters(base), ...dispatchAdapters(base), ...staffAdapters(base), ...privacyAdapters(base, tickets.tickets) };
const send = sesSendOnce(deps, 400);

const requestId = (raw: string | undefined) => pathId(rightsRequestIdSchema, raw, 'Rights request not found');

export const handler = createApiHandler({
  'GET /v1/staff/privacy/access-log': route({
    query: accessLogQuerySchema,
    handle: async ({ query }) => typedResponse<typeof accessLogPageSchema>(200, await queryAccessLog(deps, query)),
  }),
  'GET /v1/staff/privacy/requests': route({
    query: rightsListQuerySchema,
    handle: async ({ query }) => {
      const month = query.month ?? localDate(deps.now()).slice(0, 7);
      return typedResponse<typeof rightsRequestListSchema>(200, { month, items: await deps.privacy.inMonth(month) });
    },
  }),
  'POST /v1/staff/privacy/requests': route({
    body: rightsRequestSchema,
    handle: async ({ body, user }) => typedResponse<typeof rightsRequestResponseSchema>(201, { request: await recordRightsRequest(deps, body, user!) }),
  }),
  'GET /v1/staff/privacy/requests/{requestId}': route({
    handle: async ({ params }) => {
      const request = await deps.privacy.get(requestId(params.requestId));
      if (!request) throw new NotFoundError('Rights request not found');
      return typedResponse<typeof rightsRequestResponseSchema>(200, { request });
    },
  }),
  'POST /v1/staff/privacy/requests/{requestId}/export': route({
    body: exportDeliverySchema,
    handle: async ({ params, body, user }) => typedResponse<typeof personalDataExportSchema>(200, await exportPersonalData(deps, requestId(params.requestId), body.delivery, user!, send)),
  }),
  'POST /v1/staff/privacy/requests/{requestId}/correction': route({
    body: correctionSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof rightsRequestResponseSchema>(200, { request: await correctPersonalData(deps, requestId(params.requestId), body, user!) }),
  }),
  'POST /v1/staff/privacy/requests/{requestId}/erasure': route({
    body: erasureSchema,
    handle: async ({ params, user }) => typedResponse<typeof rightsRequestResponseSchema>(200, { request: await erasePersonalData(deps, requestId(params.requestId), user!) }),
  }),
  'GET /v1/staff/privacy/settings': route({
    handle: async () => typedResponse<typeof versionedPrivacySettingsSchema>(200, await deps.privacySettings.get()),
  }),
  'PUT /v1/staff/privacy/settings': route({
    body: putPrivacySettingsSchema,
    handle: async ({ body, user }) => typedResponse<typeof newVersionSchema>(200, { version: await deps.privacySettings.put(body.settings, body.expectedVersion, user!.id, deps.now()) }),
  }),
}, { spec: privacyStaffApi, staffStatus: deps.staffStatus }).use(loadDataKeys());
