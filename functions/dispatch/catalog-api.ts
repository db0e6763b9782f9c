/**
 * Parts catalog, stock per location (adjustments are ledger entries), the issue register; staff
 * records with technician profiles, which the sign-in follows (Cognito in AWS).
 */
import { partSchema, skuParamSchema, stockAdjustSchema, technicianSchema } from '../../lib/dispatch/schemas.ts';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../lib/platform/errors.ts';
import { pathId } from '../../lib/platform/http/path-params.ts';
import { createApiHandler, route, typedResponse } from '../../lib/platform/http/api-handler.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { partsAdapters } from '../../lib/parts/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { staffIdentityAdapters } from '../../lib/staff/identity/adapters.ts';
import { saveMember } from '../../lib/staff/usecases/save-member.ts';
import { directoryEntry, mayViewStockAt } from '../../lib/staff/index.ts';
import { reconcileRegister } from '../../lib/parts/index.ts';
import { adjustStock } from '../../lib/parts/usecases/stock.ts';
import { dispatchCatalogApi } from '../../lib/wiring.ts';
import type {
  catalogPartListSchema,
  catalogPartResponseSchema,
  issueRegisterSchema,
  staffDirectorySchema,
  staffRecordResponseSchema,
  stockAdjustedSchema,
  stockAtLocationSchema,
} from '../../lib/dispatch/responses.ts';

const base = baseAdapters(loadConfig(dispatchCatalogApi.access));
const deps = { ...base, ...partsAdapters(base), ...staffAdapters(base), ...staffIdentityAdapters(base) };
const LOCATION = /^[a-z0-9][a-z0-9-]{1,60}$/;

const sku = (raw: string | undefined) => pathId(skuParamSchema, raw, 'No such part');

function location(raw: string | undefined): string {
  if (!raw || !LOCATION.test(raw)) throw new NotFoundError('No such location');
  return raw;
}

export const handler = createApiHandler({
  'GET /v1/staff/parts': route({
    handle: async () => typedResponse<typeof catalogPartListSchema>(200, { items: await deps.parts.listParts() }),
  }),
  'PUT /v1/staff/parts/{sku}': route({
    body: partSchema,
    handle: async ({ params, body }) => {
      const part = { sku: sku(params.sku), ...body };
      await deps.parts.putPart(part);
      return typedResponse<typeof catalogPartResponseSchema>(200, { part });
    },
  }),
  'GET /v1/staff/parts/{sku}/issue-register': route({
    handle: async ({ params }) => {
      const items = await deps.parts.issueRegister(sku(params.sku));
      return typedResponse<typeof issueRegisterSchema>(200, { items, serials: reconcileRegister(items) });
    },
  }),
  'GET /v1/staff/stock/{location}': route({
    handle: async ({ params, user }) => {
      const at = location(params.location);
      // A technician sees their own van only; the store and the manager see every location.
      if (!mayViewStockAt(user!, at)) throw new ForbiddenError(`${user!.id} may not see the stock of ${at}`);
      return typedResponse<typeof stockAtLocationSchema>(200, { location: at, items: await deps.parts.stockAt(at) });
    },
  }),
  'POST /v1/staff/stock/{location}/{sku}/adjust': route({
    body: stockAdjustSchema,
    handle: async ({ params, body, user, header }) => typedResponse<typeof stockAdjustedSchema>(200, await adjustStock(deps, location(params.location), sku(params.sku), body, user!, header('idempotency-key'))),
  }),
  'GET /v1/staff/members': route({
    // Every staff role reads names, groups and vans; contact details only the manager.
    handle: async ({ user }) => typedResponse<typeof staffDirectorySchema>(200, { items: (await deps.staff.list()).map((member) => directoryEntry(member, user!.roles)) }),
  }),
  'PUT /v1/staff/members/{staffId}': route({
    body: technicianSchema,
    handle: async ({ params, body }) => {
      const id = params.staffId ?? '';
      if (!/^[a-z0-9][a-z0-9-]{2,59}$/.test(id)) throw new ValidationError([{ path: 'staffId', key: 'invalid_format' }]);
      // The sign-in follows the record: deactivation disables and signs out, roles become the groups.
      const member = await saveMember(deps, { id, ...body });
      return typedResponse<typeof staffRecordResponseSchema>(200, { member });
    },
  }),
}, { spec: dispatchCatalogApi, staffStatus: deps.staffStatus });
