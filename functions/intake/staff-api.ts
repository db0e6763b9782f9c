/**
 * Staff intake API: customer service records a report taken by phone, email or chat, records the
 * first contact; staff list tickets by status and read one ticket with its timeline and timers.
 */
import type { createdTicketSchema, ticketListSchema, ticketResponseSchema } from '../../lib/tickets/responses.ts';
import type { mailTaskListSchema, mailTaskResponseSchema, ticketDetailSchema } from '../../lib/intake/responses.ts';
import { staffListQuerySchema, staffReportSchema, ticketIdParamSchema } from '../../lib/tickets/schemas.ts';
import { contactSchema } from '../../lib/sla/schemas.ts';
import { factsSchema, remoteConfirmationSchema, retriageSchema, triageSchema } from '../../lib/dispatch/schemas.ts';
import { requireDispatcher } from '../../lib/dispatch/usecases/dispatcher.ts';
import { confirmRemoteResolution, editTicketFacts, retriageTicket, triageTicket } from '../../lib/intake/usecases/triage.ts';
import { loadConfig } from '../../lib/platform/config/env.ts';
import { ForbiddenError, NotFoundError, ValidationError } from '../../lib/platform/errors.ts';
import { isAllowed } from '../../lib/platform/auth/staff-user.ts';
import { ticketsOfPhone } from '../../lib/intake/usecases/find-tickets.ts';
import { pathId } from '../../lib/platform/http/path-params.ts';
import { createApiHandler, route, typedResponse } from '../../lib/platform/http/api-handler.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { readTicket, readTicketList, shownTicket, ticketsAdapters } from '../../lib/tickets/server.ts';
import { slaAdapters } from '../../lib/sla/server.ts';
import { staffAdapters } from '../../lib/staff/server.ts';
import { followupAdapters } from '../../lib/followup/server.ts';
import { intakeAdapters } from '../../lib/intake/server.ts';
import { refreshLinkKeys } from '../../lib/platform/auth/link-keys-secret.ts';
import { recordFirstContact } from '../../lib/intake/usecases/record-contact.ts';
import { reportFaultOnce } from '../../lib/intake/usecases/report-fault-once.ts';
import { closeMailTaskSchema, mailTaskIdSchema, mailTasksQuerySchema } from '../../lib/intake/schemas.ts';
import { closeMailTask } from '../../lib/intake/usecases/undeliverable-email.ts';
import { staffTimerViews } from '../../lib/sla/usecases/timer-view.ts';
import { toTimer } from '../../lib/sla/store/sla-repository.ts';
import { intakeStaffApi } from '../../lib/wiring.ts';
import { loadDataKeys } from '../../lib/platform/privacy/data-keys-kms.ts';

const base = baseAdapters(loadConfig(intakeStaffApi.access));
const deps = { ...base, ...ticketsAdapters(base), ...slaAdapters(base), ...staffAdapters(base), ...followupAdapters(base), ...intakeAdapters(base) };
const report = reportFaultOnce(deps);

const PHONE_SEARCH_ROLES = ['customer_service', 'tech_support'] as const;
const CURSOR = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z#[0-9a-f-]{36}$/;

const ticketId = (raw: string | undefined) => pathId(ticketIdParamSchema, raw, 'Ticket not found');
const mailTaskId = (raw: string | undefined) => pathId(mailTaskIdSchema, raw, 'Mail task not found');

export const handler = createApiHandler({
  // Emails that bounced or were marked as spam: customer service calls the customer.
  'GET /v1/staff/mail-tasks': route({
    query: mailTasksQuerySchema,
    handle: async ({ query }) => typedResponse<typeof mailTaskListSchema>(200, { items: await deps.mailTasks.openTasks(query.limit) }),
  }),
  'POST /v1/staff/mail-tasks/{taskId}/close': route({
    body: closeMailTaskSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof mailTaskResponseSchema>(200, { task: await closeMailTask(deps, mailTaskId(params.taskId), body, user!) }),
  }),
  'POST /v1/staff/tickets': route({
    body: staffReportSchema,
    handle: async ({ body, header, user }) => {
      const created = await report(header('idempotency-key'), { ...body, actor: user!.id });
      return typedResponse<typeof createdTicketSchema>(201, created, { location: created.statusUrl });
    },
  }),
  'GET /v1/staff/tickets': route({
    // The status lists are the groups' work queues: received (triage), in_assessment, awaiting_dispatch...
    query: staffListQuerySchema,
    handle: async ({ query, user }) => {
      if (query.phone !== undefined) {
        // A customer's tickets by phone: the people who take the customer's calls (CONF-2: only where the role needs it).
        if (!isAllowed(user!, PHONE_SEARCH_ROLES)) throw new ForbiddenError('Finding tickets by phone is for customer service and technical support');
        const found = await ticketsOfPhone(deps, query.phone, query.limit);
        const items = await readTicketList(deps, user!, found.items, { purpose: 'GET /v1/staff/tickets?phone', kind: 'search', customerRef: deps.customerRef({ phone: query.phone }) });
        return typedResponse<typeof ticketListSchema>(200, { ...found, items });
      }
      if (!user!.roles.some((role) => role !== 'technician')) await requireDispatcher(deps, user!); // repair leads see the dispatch queue
      if (query.cursor !== undefined && !CURSOR.test(query.cursor)) throw new ValidationError([{ path: 'cursor', key: 'invalid_cursor' }]);
      const page = await deps.tickets.listByStatus(query.status!, query);
      return typedResponse<typeof ticketListSchema>(200, { ...page, items: await readTicketList(deps, user!, page.items, { purpose: 'GET /v1/staff/tickets' }) });
    },
  }),
  'GET /v1/staff/tickets/{id}': route({
    handle: async ({ params, user }) => {
      const found = await deps.tickets.getWithTimeline(ticketId(params.id), toTimer);
      if (!found) throw new NotFoundError('Ticket not found');
      const timers = await staffTimerViews(deps.sla, found.timers, deps.now());
      const ticket = await readTicket(deps, user!, found.ticket, { purpose: 'GET /v1/staff/tickets/{id}' });
      return typedResponse<typeof ticketDetailSchema>(200, { ...found, ticket, timers, statusUrl: deps.statusUrl(found.ticket.id) });
    },
  }),
  'POST /v1/staff/tickets/{id}/contact': route({
    // Technicians will record contact on their own jobs once jobs exist (dispatch); until then only
    // customer service (and the manager) may.
    body: contactSchema,
    handle: async ({ params, body, user }) => {
      return typedResponse<typeof ticketResponseSchema>(200, await shownTicket(deps, user!, await recordFirstContact(deps, ticketId(params.id), body, user!), 'POST /v1/staff/tickets/{id}/contact'));
    },
  }),
  'POST /v1/staff/tickets/{id}/triage': route({
    body: triageSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof ticketResponseSchema>(200, await shownTicket(deps, user!, await triageTicket(deps, ticketId(params.id), body, user!), 'POST /v1/staff/tickets/{id}/triage')),
  }),
  'POST /v1/staff/tickets/{id}/re-triage': route({
    body: retriageSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof ticketResponseSchema>(200, await shownTicket(deps, user!, await retriageTicket(deps, ticketId(params.id), body, user!), 'POST /v1/staff/tickets/{id}/re-triage')),
  }),
  'POST /v1/staff/tickets/{id}/remote-resolution/confirm': route({
    body: remoteConfirmationSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof ticketResponseSchema>(200, await shownTicket(deps, user!, await confirmRemoteResolution(deps, ticketId(params.id), body, user!), 'POST /v1/staff/tickets/{id}/remote-resolution/confirm')),
  }),
  'PATCH /v1/staff/tickets/{id}': route({
    body: factsSchema,
    handle: async ({ params, body, user }) => typedResponse<typeof ticketResponseSchema>(200, await shownTicket(deps, user!, await editTicketFacts(deps, ticketId(params.id), body, user!), 'PATCH /v1/staff/tickets/{id}')),
  }),
}, { spec: intakeStaffApi, staffStatus: deps.staffStatus }).use(refreshLinkKeys(deps)).use(loadDataKeys());
