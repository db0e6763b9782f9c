/**
 * The copy a customer receives of their personal information (PIPL art. 45): the whole record as
 * JSON, and the same as rows (ticket, where, value) for a spreadsheet.
 */
import type { Job } from '../../dispatch/index.ts';
import type { FollowUp } from '../../followup/index.ts';
import type { Statement, StatementFact, StatementRevision } from '../../settlement/index.ts';
import type { Ticket, TicketEvent } from '../../tickets/index.ts';

/** `Section`: each ticket's part; the rows and the mail read only its number, so any shape goes. */
export interface PersonalDataExport<Section extends { number: string } = ExportedTicket> {
  generatedAt: string;
  subject: { phone?: string; email?: string };
  tickets: Section[];
}

/** One ticket's part of the copy: the ticket as held, its timeline, and what is kept beside it. */
export interface ExportedTicket {
  number: string;
  ticket: Ticket;
  timeline: TicketEvent[];
  followUp?: FollowUp;
  visits: Array<{ job: Job; signature: boolean }>;
  statement?: { statement: Statement; revisions: StatementRevision[]; facts: StatementFact[] };
}

export type ExportRow = [ticketNumber: string, field: string, value: string];

/** One row per leaf value, its path written as `ticket.customer.phone` or `events[2].data.notes`. */
export function exportRows<Section extends { number: string }>(data: PersonalDataExport<Section>): ExportRow[] {
  const rows: ExportRow[] = [];
  const walk = (ticketNumber: string, path: string, node: unknown) => {
    if (node === undefined || node === null) return;
    if (Array.isArray(node)) node.forEach((child, index) => walk(ticketNumber, `${path}[${index}]`, child));
    else if (typeof node === 'object') for (const [key, child] of Object.entries(node)) walk(ticketNumber, path ? `${path}.${key}` : key, child);
    else rows.push([ticketNumber, path, String(node)]);
  };
  for (const ticket of data.tickets) walk(ticket.number, '', ticket);
  return rows;
}

export const EXPORT_CSV_HEADER = ['工单号 Ticket', '字段 Field', '内容 Value'] as const;
