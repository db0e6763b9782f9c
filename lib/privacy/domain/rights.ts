/**
 * A customer's rights over their personal information (PIPL arts. 44-47): a copy (export), a
 * correction, an erasure. Each starts as a request customer service records after checking who is
 * asking (how is part of the record), and the manager carries it out.
 */
import { DomainError } from '../../platform/errors.ts';
import type { PersonalField } from '../../tickets/index.ts';

export const RIGHTS_KINDS = ['export', 'correct', 'erase'] as const;
export type RightsKind = (typeof RIGHTS_KINDS)[number];

/** How customer service checked the requester is the customer. */
export const VERIFICATION_METHODS = ['callback_registered_phone', 'email_from_registered_address', 'id_document_in_person', 'written_request_with_seal'] as const;
export type VerificationMethod = (typeof VERIFICATION_METHODS)[number];

export interface RightsSubject {
  /** Normalised E.164. */
  phone?: string;
  email?: string;
}

export interface RightsRequest {
  requestId: string;
  kind: RightsKind;
  subject: RightsSubject;
  verification: { method: VerificationMethod; note: string; by: string; at: string };
  status: 'open' | 'done';
  createdAt: string;
  /** What was done: how many tickets, and for an export whether it was emailed. */
  outcome?: { by: string; at: string; tickets: number; emailedTo?: string; fields?: PersonalField[] };
}

/**
 * The stand-in for an erased person: stable for one erasure (the same customer reads the same on all
 * their tickets) and meaningless outside it.
 */
export function pseudonymFor(requestId: string): string {
  return `已删除客户-${requestId.replace(/-/g, '').slice(0, 8).toUpperCase()}`;
}

/** Erasure by age: contact data of a closed or cancelled ticket goes after this many days (default 3 years). */
export const DEFAULT_CONTACT_RETENTION_DAYS = 3 * 365;

/** The day a ticket that ended at `endedAt` falls due for erasure. */
export function retentionDueAt(endedAt: string, retentionDays = DEFAULT_CONTACT_RETENTION_DAYS): string {
  return new Date(Date.parse(endedAt) + retentionDays * 86_400_000).toISOString();
}

/**
 * Replaces every occurrence of the person's values in a stored record (timeline data, follow-ups,
 * mail tasks) by the pseudonym: whole strings, and inside longer text ("请联系张三 13812345678").
 * Pure: the erasure writes back only what changed.
 */
export function scrub<T>(value: T, personal: readonly string[], pseudonym: string, wholly: (text: string) => boolean = () => false): T {
  const needles = [...new Set(personal.filter((text) => text.trim().length >= 2))].sort((a, b) => b.length - a.length);
  const walk = (node: unknown): unknown => {
    // `wholly`: a string that is the person's data as a whole (a sealed value) becomes the pseudonym unread.
    if (typeof node === 'string') return wholly(node) ? pseudonym : needles.reduce((text, needle) => text.split(needle).join(pseudonym), node);
    if (Array.isArray(node)) return node.map(walk);
    if (node && typeof node === 'object') return Object.fromEntries(Object.entries(node).map(([key, child]) => [key, walk(child)]));
    return node;
  };
  return walk(value) as T;
}

/** The forms a phone is written in: E.164 and the national number (+8613812345678, 13812345678). */
export function phoneForms(phone: string | undefined): string[] {
  if (!phone) return [];
  return phone.startsWith('+86') ? [phone, phone.slice(3)] : [phone];
}

/** The request was carried out already: each request is done once (a new request for a new need). */
export class RightsRequestDoneError extends DomainError {
  override name = 'RightsRequestDoneError';
  readonly code = 'rights_request_done';
}
