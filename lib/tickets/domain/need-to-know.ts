/**
 * Who sees which of a customer's personal fields (CONF-2, PIPL art. 51): the one place that decides it.
 * Every staff response that carries a ticket's customer or site goes through `personalDataView`, and
 * the access log records what it let through (lib/tickets/store/access-log-repository.ts).
 *
 * - customer service and the manager see contact data;
 * - technical support sees it while assessing (the ticket is `in_assessment`);
 * - a technician sees the customer's name, phone and site for their own jobs only, from scheduling
 *   until `technicianDays` after completion; never the email;
 * - finance sees the billing name and organisation (invoice title and taxpayer data live on the
 *   statement) and the phone masked;
 * - lists show masked phones and no email for everyone.
 */
import type { StaffRole } from '../../wiring.ts';
import type { Customer, EmailUndeliverable, Site, Ticket, TicketStatus } from './ticket.ts';

export const PERSONAL_FIELDS = [
  'customer.name',
  'customer.organisation',
  'customer.phone',
  'customer.email',
  'site.address',
  'site.contactName',
  'site.contactPhone',
] as const;
export type PersonalField = (typeof PERSONAL_FIELDS)[number];

/** What an access-log entry records the read as: a ticket viewed, a list or search, or a customer's right carried out. */
export const ACCESS_KINDS = ['view', 'list', 'search', 'export', 'correct', 'erase'] as const;
export type AccessKind = (typeof ACCESS_KINDS)[number];

/** `full`: as stored; `masked`: a phone as `138****5678`, an email as `z***@example.com`; absent: left out. */
export type Disclosure = 'full' | 'masked';
export type PersonalDataGrant = Partial<Record<PersonalField, Disclosure>>;

export interface Viewer {
  id: string;
  roles: readonly StaffRole[];
}

export interface ViewContext {
  /** A list row or the whole ticket. */
  shape: 'list' | 'detail';
  /** The viewer is the technician of one of the ticket's visits. */
  ownJob?: boolean;
  now: Date;
  /** How long after completion the technician still sees the customer's contact (default 7 days). */
  technicianDays?: number;
}

export const DEFAULT_TECHNICIAN_DAYS = 7;

const ALL_FULL: PersonalDataGrant = Object.fromEntries(PERSONAL_FIELDS.map((field) => [field, 'full']));
const LIST_ROW: PersonalDataGrant = { 'customer.name': 'full', 'customer.organisation': 'full', 'customer.phone': 'masked', 'site.address': 'full', 'site.contactName': 'full', 'site.contactPhone': 'masked' };
const FINANCE: PersonalDataGrant = { 'customer.name': 'full', 'customer.organisation': 'full', 'customer.phone': 'masked' };
const TECHNICIAN_ON_JOB: PersonalDataGrant = { 'customer.name': 'full', 'customer.organisation': 'full', 'customer.phone': 'full', 'site.address': 'full', 'site.contactName': 'full', 'site.contactPhone': 'full' };
const NOTHING: PersonalDataGrant = {};

const VISIT_STATUSES: readonly TicketStatus[] = ['scheduled', 'on_site', 'completed', 'followed_up', 'settled', 'closed'];

function technicianGrant(ticket: Pick<Ticket, 'status' | 'completedAt'>, context: ViewContext): PersonalDataGrant {
  if (!context.ownJob || !VISIT_STATUSES.includes(ticket.status)) return NOTHING;
  if (ticket.status !== 'scheduled' && ticket.status !== 'on_site' && ticket.completedAt) {
    const days = context.technicianDays ?? DEFAULT_TECHNICIAN_DAYS;
    if (context.now.getTime() > Date.parse(ticket.completedAt) + days * 86_400_000) return NOTHING;
  }
  return TECHNICIAN_ON_JOB;
}

function roleGrant(role: StaffRole, ticket: Pick<Ticket, 'status' | 'completedAt'>, context: ViewContext): PersonalDataGrant {
  switch (role) {
    case 'manager':
    case 'customer_service':
      return ALL_FULL;
    case 'tech_support':
      return ticket.status === 'in_assessment' ? ALL_FULL : NOTHING;
    case 'finance':
      return FINANCE;
    case 'technician':
      return technicianGrant(ticket, context);
  }
}

/** The most any of the viewer's roles allows, capped to a list row's fields in lists. */
export function personalDataGrant(viewer: Viewer, ticket: Pick<Ticket, 'status' | 'completedAt'>, context: ViewContext): PersonalDataGrant {
  const grant: PersonalDataGrant = {};
  for (const role of viewer.roles) {
    for (const [field, disclosure] of Object.entries(roleGrant(role, ticket, context)) as Array<[PersonalField, Disclosure]>) {
      if (grant[field] !== 'full') grant[field] = disclosure;
    }
  }
  if (context.shape === 'list') {
    for (const field of PERSONAL_FIELDS) {
      const cap = LIST_ROW[field];
      if (!cap) delete grant[field];
      else if (cap === 'masked' && grant[field]) grant[field] = 'masked';
    }
  }
  return grant;
}

/** `+8613812345678` → `138****5678`; other numbers keep their first 3 and last 4 digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/^\+86/, '').replace(/\D/g, '');
  if (digits.length <= 7) return '*'.repeat(digits.length);
  return `${digits.slice(0, 3)}${'*'.repeat(digits.length - 7)}${digits.slice(-4)}`;
}

export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return at <= 0 ? '***' : `${email[0]}***${email.slice(at)}`;
}

function disclose(field: PersonalField, value: string | undefined, grant: PersonalDataGrant): string | undefined {
  const disclosure = grant[field];
  if (value === undefined || !disclosure) return undefined;
  if (disclosure === 'full') return value;
  return field.endsWith('email') ? maskEmail(value) : maskPhone(value);
}

function compact<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}

/** What the grant lets through of a customer and a site; the fields it withholds are left out. */
export function discloseContact(customer: Customer, site: Site, grant: PersonalDataGrant): { customer: Partial<Customer>; site: Partial<Site> } {
  return {
    customer: compact({
      name: disclose('customer.name', customer.name, grant),
      organisation: disclose('customer.organisation', customer.organisation, grant),
      phone: disclose('customer.phone', customer.phone, grant),
      email: disclose('customer.email', customer.email, grant),
    }),
    site: compact({
      // A site's name ("A 栋机房") is a place, not a person: it stays for everyone who sees the ticket.
      name: site.name,
      address: disclose('site.address', site.address, grant),
      contactName: disclose('site.contactName', site.contactName, grant),
      contactPhone: disclose('site.contactPhone', site.contactPhone, grant),
    }),
  };
}

/** The fields a grant discloses in full or masked, for the access log (what was read, not what exists). */
export function disclosedFields(customer: Customer, site: Site, grant: PersonalDataGrant): PersonalField[] {
  const values: Record<PersonalField, string | undefined> = {
    'customer.name': customer.name,
    'customer.organisation': customer.organisation,
    'customer.phone': customer.phone,
    'customer.email': customer.email,
    'site.address': site.address,
    'site.contactName': site.contactName,
    'site.contactPhone': site.contactPhone,
  };
  return PERSONAL_FIELDS.filter((field) => values[field] !== undefined && grant[field] !== undefined);
}

function withAddress(mark: EmailUndeliverable, address: string | undefined): Omit<EmailUndeliverable, 'address'> & { address?: string } {
  const { address: _withheld, ...rest } = mark;
  return address === undefined ? rest : { ...rest, address };
}

/** A ticket as the viewer may see it: the same object with its customer and site cut down by the policy. */
export function personalDataView<T extends Pick<Ticket, 'customer' | 'site' | 'status' | 'completedAt'>>(
  ticket: T,
  viewer: Viewer,
  context: ViewContext,
): { view: T; fields: PersonalField[] } {
  const grant = personalDataGrant(viewer, ticket, context);
  const { customer, site } = discloseContact(ticket.customer, ticket.site, grant);
  // A bounce mark names the address that bounced: the customer's email, under the same rule.
  const bounce = (ticket as { emailUndeliverable?: EmailUndeliverable }).emailUndeliverable;
  const mark = bounce ? { emailUndeliverable: withAddress(bounce, disclose('customer.email', bounce.address, grant)) } : {};
  return { view: { ...ticket, customer, site, ...mark }, fields: disclosedFields(ticket.customer, ticket.site, grant) };
}
