/**
 * Every staff read of a ticket's customer data goes through here: the policy (domain/need-to-know.ts)
 * cuts the ticket down to what the viewer may see, and the access log records what it let through, in
 * the same request. A read that discloses no personal field writes nothing.
 */
import type { Customer, Ticket } from '../domain/ticket.ts';
import { personalDataView, type AccessKind, type ViewContext, type Viewer } from '../domain/need-to-know.ts';
import type { AccessLogRepository } from '../store/access-log-repository.ts';
import type { PrivacySettingsRepository } from '../store/privacy-settings-repository.ts';

export interface PersonalDataReadDeps {
  accessLog: AccessLogRepository;
  privacySettings: PrivacySettingsRepository;
  now: () => Date;
  /** The customer's reference in the access log: the blind index of their phone. */
  customerRef: (customer: Pick<Customer, 'phone'>) => string;
}

type Contactable = Pick<Ticket, 'id' | 'customer' | 'site' | 'status' | 'completedAt'>;

export interface ReadPurpose {
  /** The route or job that reads, e.g. `GET /v1/staff/tickets/{id}`. */
  purpose: string;
  kind?: AccessKind;
  ownJob?: boolean;
}

/** One ticket as the viewer may see it, logged when it shows any personal field. */
export async function readTicket<T extends Contactable>(deps: PersonalDataReadDeps, viewer: Viewer, ticket: T, read: ReadPurpose): Promise<T> {
  const now = deps.now();
  const settings = await deps.privacySettings.current(now);
  const context: ViewContext = { shape: 'detail', now, technicianDays: settings.technicianContactDays, ...(read.ownJob !== undefined ? { ownJob: read.ownJob } : {}) };
  const { view, fields } = personalDataView(ticket, viewer, context);
  if (fields.length > 0) {
    await deps.accessLog.record(
      { staffId: viewer.id, roles: [...viewer.roles], kind: read.kind ?? 'view', purpose: read.purpose, customerRef: deps.customerRef(ticket.customer), ticketIds: [ticket.id], fields },
      now,
      settings.accessLogRetentionDays,
    );
  }
  return view;
}

/** List rows (masked phones, no email); one entry for the page, naming its tickets. */
export async function readTicketList<T extends Contactable>(deps: PersonalDataReadDeps, viewer: Viewer, tickets: T[], read: ReadPurpose & { customerRef?: string }): Promise<T[]> {
  const now = deps.now();
  const settings = await deps.privacySettings.current(now);
  const views = tickets.map((ticket) => personalDataView(ticket, viewer, { shape: 'list', now }));
  const fields = [...new Set(views.flatMap((entry) => entry.fields))];
  if (fields.length > 0) {
    await deps.accessLog.record(
      {
        staffId: viewer.id,
        roles: [...viewer.roles],
        kind: read.kind ?? 'list',
        purpose: read.purpose,
        ...(read.customerRef ? { customerRef: read.customerRef } : {}),
        ticketIds: views.map((entry) => entry.view.id),
        fields,
      },
      now,
      settings.accessLogRetentionDays,
    );
  }
  return views.map((entry) => entry.view);
}

/** `{ ticket }` as a staff action answers it: the changed ticket is a read of its customer like any other. */
export async function shownTicket<T extends Contactable>(deps: PersonalDataReadDeps, viewer: Viewer, ticket: T, purpose: string): Promise<{ ticket: T }> {
  return { ticket: await readTicket(deps, viewer, ticket, { purpose }) };
}
