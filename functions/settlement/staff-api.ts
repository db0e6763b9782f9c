/**
 * Settlement staff API: the fee schedule (the manager edits it, versioned), statements (lists,
 * detail with every revision), revisions after a dispute, a confirmation given on the phone,
 * payments, invoice requests and invoice numbers, and device coverage (warranty, maintenance contract).
 */
import type { deviceCoverageResponseSchema, feeScheduleInForceSchema, feeScheduleSavedSchema, statementDetailSchema, statementListSchema } from '../../lib/settlement/responses.ts';
import {
  coverageParamsSchema,
  coverageSchema,
  invoiceIssuedSchema,
  invoiceRequestSchema,
  paymentSchema,
  putFeeScheduleSchema,
  revisionSchema,
  staffConfirmSchema,
  statementIdParamSchema,
  statementListQuerySchema,
} from '../../lib/settlement/schemas.ts';
import { ticketIdParamSchema } from '../../lib/tickets/schemas.ts';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { ticketsAdapters } from '../../lib/tickets/server.ts';
import { dispatchAdapters } from '../../lib/dispatch/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { settlementAdapters } from '../../lib/settlement/server.ts';
import { NotFoundError } from '../../lib/platform/errors.ts';
import { localMonth } from '../../lib/settlement/domain/statement.ts';
import { pathId } from '../../lib/platform/http/path-params.ts';
import { createApiHandler, route, typedResponse } from '../../lib/platform/http/api-handler.ts';
import { refreshLinkKeys } from '../../lib/platform/auth/link-keys-secret.ts';
import { confirmStatement, recordInvoice, recordPayment, requestInvoice, reviseStatement } from '../../lib/settlement/usecases/actions.ts';
import { staffStatementView } from '../../lib/settlement/usecases/views.ts';
import { settlementStaffApi } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(settlementStaffApi.access));
const deps = { ...base, ...ticketsAdapters(base), ...dispatchAdapters(base), ...staffAdapters(base), ...settlementAdapters(base) };

const statementId = (params: Record<string, string | undefined>) => pathId(statementIdParamSchema, params.statementId, 'Statement not found');

/** Path parameters arrive percent-encoded locally; a malformed escape is taken as it is. */
function decoded(value: string | undefined): string {
  try {
    return decodeURIComponent(value ?? '');
  } catch {
    return value ?? '';
  }
}

const detail = async (id: string) => typedResponse<typeof statementDetailSchema>(200, await staffStatementView(deps, id));

export const handler = createApiHandler({
  'GET /v1/staff/settlement/fee-schedule': route({
    handle: async () => typedResponse<typeof feeScheduleInForceSchema>(200, await deps.feeSchedule.getFeeSchedule()),
  }),
  'PUT /v1/staff/settlement/fee-schedule': route({
    body: putFeeScheduleSchema,
    handle: async ({ body, user }) => {
      // No read first: the write is conditional on the expected version (409 when it moved on).
      const version = await deps.feeSchedule.putFeeSchedule(body.config, body.expectedVersion, user!.id, deps.now());
      return typedResponse<typeof feeScheduleSavedSchema>(200, { version });
    },
  }),
  'GET /v1/staff/statements': route({
    query: statementListQuerySchema,
    handle: async ({ query }) => {
      if (query.status === 'disputed') return typedResponse<typeof statementListSchema>(200, { items: await deps.statements.openDisputes() });
      const month = query.month ?? localMonth(deps.now());
      const issued = (await deps.statements.factsOfMonth(month)).filter((fact) => fact.kind === 'issued').map((fact) => fact.statementId);
      const items = (await deps.statements.getMany(issued)).sort((a, b) => a.number.localeCompare(b.number));
      return typedResponse<typeof statementListSchema>(200, { month, items });
    },
  }),
  'GET /v1/staff/statements/{statementId}': route({
    handle: async ({ params }) => detail(statementId(params)),
  }),
  'GET /v1/staff/tickets/{id}/statement': route({
    handle: async ({ params }) => {
      const id = await deps.statements.idOfTicket(pathId(ticketIdParamSchema, params.id, 'No statement for this ticket'));
      if (!id) throw new NotFoundError('No statement for this ticket');
      return detail(id);
    },
  }),
  'POST /v1/staff/statements/{statementId}/confirm': route({
    body: staffConfirmSchema,
    handle: async ({ params, body, user }) => {
      const id = statementId(params);
      await confirmStatement(deps, id, body, user!.id);
      return detail(id);
    },
  }),
  'POST /v1/staff/statements/{statementId}/revisions': route({
    body: revisionSchema,
    handle: async ({ params, body, user }) => {
      const id = statementId(params);
      await reviseStatement(deps, id, body, user!);
      return detail(id);
    },
  }),
  'POST /v1/staff/statements/{statementId}/payments': route({
    body: paymentSchema,
    handle: async ({ params, body, user }) => {
      const id = statementId(params);
      await recordPayment(deps, id, body, user!);
      return detail(id);
    },
  }),
  'POST /v1/staff/statements/{statementId}/invoice-request': route({
    body: invoiceRequestSchema,
    handle: async ({ params, body, user }) => {
      const id = statementId(params);
      const { locale: _locale, ...request } = body;
      await requestInvoice(deps, id, request, user!.id);
      return detail(id);
    },
  }),
  'POST /v1/staff/statements/{statementId}/invoice': route({
    body: invoiceIssuedSchema,
    handle: async ({ params, body, user }) => {
      const id = statementId(params);
      await recordInvoice(deps, id, body, user!);
      return detail(id);
    },
  }),
  'GET /v1/staff/devices/{system}/{serial}/coverage': route({
    handle: async ({ params }) => {
      const target = coverageParamsSchema.safeParse({ system: params.system, serial: decoded(params.serial) });
      const coverage = target.success ? await deps.coverage.get(target.data.system, target.data.serial) : undefined;
      if (!coverage) throw new NotFoundError('No coverage recorded for this device');
      return typedResponse<typeof deviceCoverageResponseSchema>(200, { coverage });
    },
  }),
  'PUT /v1/staff/devices/{system}/{serial}/coverage': route({
    body: coverageSchema,
    handle: async ({ params, body, user }) => {
      const target = coverageParamsSchema.safeParse({ system: params.system, serial: decoded(params.serial) });
      if (!target.success) throw new NotFoundError('No such device');
      const coverage = { ...target.data, ...body, updatedAt: deps.now().toISOString(), updatedBy: user!.id };
      await deps.coverage.put(coverage);
      return typedResponse<typeof deviceCoverageResponseSchema>(200, { coverage });
    },
  }),
}, { spec: settlementStaffApi, staffStatus: deps.staffStatus }).use(refreshLinkKeys(deps)).use(loadDataKeys());
