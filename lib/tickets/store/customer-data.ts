/**
 * The customer's contact data on the items that hold it, sealed before they reach the table and
 * opened when read (lib/platform/privacy/field-crypto.ts): the customer's name, phone, email and
 * organisation, the site's address and its contact's name and phone, on the ticket and on the
 * timeline events that copy them. Use cases and the domain see plain values only.
 */
import { dataKeys } from '../../platform/privacy/field-crypto.ts';
import type { Customer, Site, Ticket, TicketEvent } from '../domain/ticket.ts';
import { normalisePhone } from '../domain/phone.ts';

const CUSTOMER_FIELDS = ['name', 'phone', 'email', 'organisation'] as const;
const SITE_FIELDS = ['address', 'contactName', 'contactPhone'] as const;

type Transform = (value: string | undefined, purpose: string) => string | undefined;

function mapFields<T extends object>(record: T, fields: readonly string[], prefix: string, transform: Transform): T {
  const copy = { ...record } as Record<string, unknown>;
  for (const field of fields) {
    const value = copy[field];
    if (typeof value === 'string') copy[field] = transform(value, `${prefix}.${field}`);
  }
  return copy as T;
}

const seal: Transform = (value, purpose) => dataKeys.seal(value, purpose);
const open: Transform = (value, purpose) => dataKeys.open(value, purpose);

/** `prefix` names the item kind in the purpose (`ticket`, `statement`...), so a value opens only where it was sealed. */
export const sealCustomer = (customer: Customer, prefix = 'ticket'): Customer => mapFields(customer, CUSTOMER_FIELDS, `${prefix}.customer`, seal);
export const openCustomer = (customer: Customer, prefix = 'ticket'): Customer => mapFields(customer, CUSTOMER_FIELDS, `${prefix}.customer`, open);
export const sealSite = (site: Site, prefix = 'ticket'): Site => mapFields(site, SITE_FIELDS, `${prefix}.site`, seal);
export const openSite = (site: Site, prefix = 'ticket'): Site => mapFields(site, SITE_FIELDS, `${prefix}.site`, open);

export function sealTicket<T extends Pick<Ticket, 'customer' | 'site'>>(ticket: T): T {
  return { ...ticket, customer: sealCustomer(ticket.customer), site: sealSite(ticket.site) };
}

export function openTicket<T extends Partial<Pick<Ticket, 'customer' | 'site'>>>(ticket: T): T {
  return { ...ticket, ...(ticket.customer ? { customer: openCustomer(ticket.customer) } : {}), ...(ticket.site ? { site: openSite(ticket.site) } : {}) };
}

/** The facts an event's data may copy: corrected site facts and addresses. */
const SEALED_FACT_FIELDS = new Set(SITE_FIELDS.map((field) => `site.${field}`));

function mapEventData(event: TicketEvent, transform: Transform): TicketEvent {
  const data = event.data as Record<string, unknown> | undefined;
  if (!data) return event;
  const purpose = `event.${event.type}`;
  switch (event.type) {
    case 'facts_edited': {
      const changes = (data.changes as Array<{ field: string; from: unknown; to: unknown }> | undefined) ?? [];
      const mapped = changes.map((change) =>
        SEALED_FACT_FIELDS.has(change.field)
          ? {
              ...change,
              from: typeof change.from === 'string' ? transform(change.from, `${purpose}.${change.field}`) : change.from,
              to: typeof change.to === 'string' ? transform(change.to, `${purpose}.${change.field}`) : change.to,
            }
          : change,
      );
      return { ...event, data: { ...data, changes: mapped } };
    }
    case 'customer_email_corrected':
    case 'customer_contact_corrected':
      return { ...event, data: mapFields(data, ['from', 'to'], purpose, transform) };
    case 'email_undeliverable':
      return { ...event, data: mapFields(data, ['address'], purpose, transform) };
    case 'repair_signed_off':
      return { ...event, data: mapFields(data, ['signerName'], purpose, transform) };
    default:
      return event;
  }
}

export const sealEvent = (event: TicketEvent): TicketEvent => mapEventData(event, seal);
export const openEvent = (event: TicketEvent): TicketEvent => mapEventData(event, open);

/** The blind indexes of a customer's phone (E.164) and email (lower case): the customer index's partitions. */
export function customerIndexes(contact: { phone?: string | undefined; email?: string | undefined }): string[] {
  const phone = contact.phone ? normalisePhone(contact.phone) : undefined;
  const email = contact.email?.trim().toLowerCase();
  return [...(phone ? [dataKeys.blindIndex('phone', phone)] : []), ...(email ? [dataKeys.blindIndex('email', email)] : [])];
}
