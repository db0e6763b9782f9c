/**
 * A customer's rights (PIPL arts. 45-47), carried out by the manager on a request customer service
 * recorded with how the requester's identity was checked:
 * - export: everything held about the customer, as JSON and CSV (with BOM), downloaded or emailed to
 *   the customer's address on file;
 * - correct: the corrected values on every ticket of the customer, each change on its timeline;
 * - erase: the personal fields replaced by a pseudonym everywhere they were kept (lib/privacy/usecases/erasure.ts).
 * Each is done once per request and logged in the access log.
 */
import { randomUUID } from 'node:crypto';
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { NotFoundError, ValidationError } from '../../platform/errors.ts';
import type { SendOnce } from '../../platform/mail/send-once.ts';
import { PERSONAL_FIELDS, isOpen, type Customer, type PersonalField, type Site } from '../../tickets/index.ts';
import type { Dependencies } from '../../dependencies.ts';
import { RightsRequestDoneError, pseudonymFor, type RightsKind, type RightsRequest, type RightsSubject, type VerificationMethod } from '../domain/rights.ts';
import type { PersonalDataExport } from '../domain/export.ts';
import { exportCsv, personalDataExportMail } from '../mail/export.ts';
import type { PrivacyAdapters } from '../adapters.ts';
import { customerHoldings, type HoldingsDeps } from './holdings.ts';
import { eraseTicket, type ErasureDeps } from './erasure.ts';

type LogDeps = Pick<Dependencies, 'accessLog' | 'customerRef' | 'now'>;
export type RightsDeps = HoldingsDeps & ErasureDeps & LogDeps & Pick<PrivacyAdapters, 'privacy'>;

export async function recordRightsRequest(
  deps: Pick<PrivacyAdapters, 'privacy'> & Pick<Dependencies, 'now'>,
  input: { kind: RightsKind; subject: RightsSubject; verification: { method: VerificationMethod; note: string } },
  user: StaffUser,
): Promise<RightsRequest> {
  const at = deps.now().toISOString();
  const request: RightsRequest = {
    requestId: randomUUID(),
    kind: input.kind,
    subject: input.subject,
    verification: { ...input.verification, by: user.id, at },
    status: 'open',
    createdAt: at,
  };
  await deps.privacy.create(request);
  return request;
}

export async function requireRightsRequest(deps: Pick<PrivacyAdapters, 'privacy'>, requestId: string, kind?: RightsKind): Promise<RightsRequest> {
  const request = await deps.privacy.get(requestId);
  if (!request) throw new NotFoundError(`Rights request ${requestId} not found`);
  if (kind && request.kind !== kind) throw new ValidationError([{ path: 'requestId', key: 'rights_request_kind', params: { kind } }]);
  if (request.status === 'done') throw new RightsRequestDoneError(`Rights request ${requestId} is done`);
  return request;
}

const customerRefOf = (deps: LogDeps, subject: RightsSubject, fallbackPhone: string) => deps.customerRef({ phone: subject.phone ?? fallbackPhone });

export async function exportPersonalData(
  deps: RightsDeps,
  requestId: string,
  delivery: 'download' | 'email',
  user: StaffUser,
  sendOnce?: SendOnce,
): Promise<{ request: RightsRequest; data: PersonalDataExport; csv: string; emailedTo?: string }> {
  const request = await requireRightsRequest(deps, requestId, 'export');
  const holdings = await customerHoldings(deps, request.subject);
  const now = deps.now();
  const data: PersonalDataExport = {
    generatedAt: now.toISOString(),
    subject: request.subject,
    tickets: holdings.map(({ ticket, events, followUp, jobs, statement }) => ({
      number: ticket.number,
      ticket,
      timeline: events,
      ...(followUp ? { followUp } : {}),
      visits: jobs,
      ...(statement ? { statement } : {}),
    })),
  };
  // The address on file, never one typed in with the request: a copy goes only where the customer reads.
  const emailedTo = delivery === 'email' ? (request.subject.email ?? holdings.find((entry) => entry.ticket.customer.email)?.ticket.customer.email) : undefined;
  if (delivery === 'email') {
    if (!emailedTo || !sendOnce) throw new ValidationError([{ path: 'delivery', key: 'no_email_to_send' }]);
    await sendOnce(`privacy-export:${requestId}`, { to: [emailedTo], ...personalDataExportMail(data, requestId) });
  }
  await deps.accessLog.record(
    { staffId: user.id, roles: [...user.roles], kind: 'export', purpose: `POST /v1/staff/privacy/requests/{id}/export (${delivery})`, customerRef: customerRefOf(deps, request.subject, holdings[0]!.ticket.customer.phone), ticketIds: holdings.map((entry) => entry.ticket.id), fields: [...PERSONAL_FIELDS] },
    now,
  );
  const done = { ...request, status: 'done' as const, outcome: { by: user.id, at: now.toISOString(), tickets: holdings.length, ...(emailedTo ? { emailedTo } : {}) } };
  await deps.privacy.complete(requestId, done.outcome);
  return { request: done, data, csv: exportCsv(data).toString('utf8'), ...(emailedTo ? { emailedTo } : {}) };
}

export interface Correction {
  customer?: Partial<Customer>;
  site?: Partial<Pick<Site, 'address' | 'contactName' | 'contactPhone'>>;
}

/** The corrected values on every ticket of the customer; the timeline names the fields, not the values. */
export async function correctPersonalData(deps: RightsDeps, requestId: string, correction: Correction, user: StaffUser): Promise<RightsRequest> {
  const request = await requireRightsRequest(deps, requestId, 'correct');
  const holdings = await customerHoldings(deps, request.subject);
  const now = deps.now();
  const fields = [
    ...Object.entries(correction.customer ?? {}).filter(([, value]) => value !== undefined).map(([key]) => `customer.${key}`),
    ...Object.entries(correction.site ?? {}).filter(([, value]) => value !== undefined).map(([key]) => `site.${key}`),
  ] as PersonalField[];
  if (fields.length === 0) throw new ValidationError([{ path: '(body)', key: 'nothing_changed' }]);
  const defined = <T extends object>(value: T | undefined) => Object.fromEntries(Object.entries(value ?? {}).filter(([, v]) => v !== undefined)) as Partial<T>;
  for (const { ticket } of holdings) {
    await deps.tickets.update(ticket, {
      actor: user.id,
      at: now,
      type: 'personal_data_corrected',
      data: { requestId, fields },
      set: { customer: { ...ticket.customer, ...defined(correction.customer) }, site: { ...ticket.site, ...defined(correction.site) } },
    });
  }
  await deps.accessLog.record(
    { staffId: user.id, roles: [...user.roles], kind: 'correct', purpose: 'POST /v1/staff/privacy/requests/{id}/correction', customerRef: customerRefOf(deps, request.subject, holdings[0]!.ticket.customer.phone), ticketIds: holdings.map((entry) => entry.ticket.id), fields },
    now,
  );
  const outcome = { by: user.id, at: now.toISOString(), tickets: holdings.length, fields };
  await deps.privacy.complete(requestId, outcome);
  return { ...request, status: 'done', outcome };
}

/** The customer's personal fields replaced by one pseudonym on all their tickets and everything beside them. */
export async function erasePersonalData(deps: RightsDeps, requestId: string, user: StaffUser): Promise<RightsRequest> {
  const request = await requireRightsRequest(deps, requestId, 'erase');
  const holdings = await customerHoldings(deps, request.subject);
  // A repair still in progress needs the customer's contact (PIPL art. 13: performing the contract).
  const open = holdings.filter((entry) => isOpen(entry.ticket.status));
  if (open.length > 0) throw new ValidationError([{ path: 'requestId', key: 'erasure_open_tickets', params: { tickets: open.map((entry) => entry.ticket.number).join('、') } }]);
  const now = deps.now();
  const pseudonym = pseudonymFor(requestId);
  const customerRef = customerRefOf(deps, request.subject, holdings[0]!.ticket.customer.phone);
  for (const held of holdings) await eraseTicket(deps, held, pseudonym, { actor: user.id, reason: `request:${requestId}`, now });
  // Who read the data, and when, stays on record; only the reference to the person goes.
  await deps.accessLog.refileCustomer(customerRef, pseudonym);
  await deps.accessLog.record(
    { staffId: user.id, roles: [...user.roles], kind: 'erase', purpose: 'POST /v1/staff/privacy/requests/{id}/erasure', customerRef: pseudonym, ticketIds: holdings.map((entry) => entry.ticket.id), fields: [...PERSONAL_FIELDS] },
    now,
  );
  const outcome = { by: user.id, at: now.toISOString(), tickets: holdings.length };
  await deps.privacy.complete(requestId, outcome);
  return { ...request, status: 'done', outcome };
}
