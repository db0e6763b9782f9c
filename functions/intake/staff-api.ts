/**
 * Staff intake API: customer service records a report taken by phone, email or chat; staff list
 * tickets by status and read one ticket with its timeline.
 */
import { signLinkToken } from '../../lib/auth/signed-link.ts';
import { staffListQuerySchema, staffReportSchema, ticketIdParamSchema } from '../../lib/api/ticket-schemas.ts';
import { loadConfig } from '../../lib/config/env.ts';
import { NotFoundError, ValidationError } from '../../lib/domain/errors.ts';
import { createApiHandler, jsonResponse, route } from '../../lib/http/api-handler.ts';
import { SqsQueuePublisher } from '../../lib/queue/publisher.ts';
import { getDocumentClient } from '../../lib/store/client.ts';
import { TicketRepository } from '../../lib/store/ticket-repository.ts';
import { reportFaultOnce } from '../../lib/usecases/report-fault-once.ts';
import { functions } from '../../lib/wiring.ts';

const config = loadConfig(functions['intake-staff-api'].access);
const tickets = new TicketRepository(getDocumentClient(), config.tableName);
const statusUrl = (ticketId: string) =>
  `${config.publicBaseUrl}/v1/tickets/${ticketId}?t=${signLinkToken(config.linkSigningSecret, 'status', ticketId)}`;
const report = reportFaultOnce(config.tableName, {
  tickets,
  queue: new SqsQueuePublisher(config.queueUrls),
  now: () => new Date(),
  statusUrl,
});

const ALL_STAFF = ['customer_service', 'tech_support', 'technician', 'finance'] as const;
const CURSOR = /^\d{4}-\d{2}-\d{2}T[\d:.]+Z#[0-9a-f-]{36}$/;

export const handler = createApiHandler({
  'POST /v1/staff/tickets': route({
    roles: ['customer_service'],
    body: staffReportSchema,
    handle: async ({ body, header, context, user }) => {
      const created = await report(header('idempotency-key'), { ...body, actor: user!.id }, context);
      return jsonResponse(201, created, { location: created.statusUrl });
    },
  }),
  'GET /v1/staff/tickets': route({
    roles: ['customer_service', 'tech_support', 'finance'],
    query: staffListQuerySchema,
    handle: async ({ query }) => {
      if (query.cursor !== undefined && !CURSOR.test(query.cursor)) throw new ValidationError([{ path: 'cursor', key: 'invalid_cursor' }]);
      return jsonResponse(200, await tickets.listByStatus(query.status, query));
    },
  }),
  'GET /v1/staff/tickets/{id}': route({
    roles: ALL_STAFF.filter((role) => role !== 'technician'),
    handle: async ({ params }) => {
      const id = ticketIdParamSchema.safeParse(params.id);
      const found = id.success ? await tickets.getWithTimeline(id.data) : undefined;
      if (!found) throw new NotFoundError('Ticket not found');
      return jsonResponse(200, { ...found, statusUrl: statusUrl(found.ticket.id) });
    },
  }),
});
