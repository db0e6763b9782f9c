/**
 * The ticket lifecycle of policy FLOW-1..5 as a pure state machine: which status may follow which.
 * Persistence applies a transition as a conditional write on the expected current status.
 */
import { InvalidTransitionError } from '../../platform/errors.ts';

export const TICKET_STATUSES = [
  'received', // reported (FLOW-1), waiting for customer service
  'triaged', // first contact made, first judgement recorded
  'remote_resolution', // simple fault: customer service guides the customer remotely
  'in_assessment', // complex fault: technical support assesses (FLOW-2)
  'awaiting_dispatch', // assessed as needing a visit: waiting for a technician and a time
  'scheduled', // on-site visit agreed and a technician assigned (FLOW-3)
  'on_site', // technician checked in
  'completed', // repaired and signed off, or resolved remotely
  'followed_up', // follow-up done (FLOW-4)
  'settled', // fee settled (FLOW-5)
  'closed',
  'cancelled',
] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

const ALLOWED: Record<TicketStatus, readonly TicketStatus[]> = {
  received: ['triaged', 'cancelled'],
  triaged: ['remote_resolution', 'in_assessment', 'cancelled'],
  remote_resolution: ['completed', 'in_assessment', 'cancelled'],
  in_assessment: ['remote_resolution', 'awaiting_dispatch', 'cancelled'],
  awaiting_dispatch: ['scheduled', 'cancelled'],
  scheduled: ['on_site', 'awaiting_dispatch', 'cancelled'], // back to dispatch when the visit is cancelled
  on_site: ['completed', 'scheduled'], // a second visit (e.g. waiting for parts) goes back to scheduled
  completed: ['followed_up'],
  followed_up: ['settled'],
  settled: ['closed'],
  closed: [],
  cancelled: [],
};

export function allowedNextStatuses(from: TicketStatus): readonly TicketStatus[] {
  return ALLOWED[from];
}

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return ALLOWED[from].includes(to);
}

/** Throws InvalidTransitionError (409 with the current status) when `to` may not follow `from`. */
export function assertTransition(from: TicketStatus, to: TicketStatus): void {
  if (!canTransition(from, to)) throw new InvalidTransitionError(from, to);
}

export type ReworkJudgement = 'suspected' | 'confirmed' | 'rejected';

export interface ReworkDecision {
  decision: 'confirmed' | 'rejected';
  reason: string;
  by: string;
  at: string;
  /** The manager changed an earlier decision. */
  override: boolean;
}

export interface Rework {
  ofTicketId: string;
  ofTicketNumber: string;
  repairedAt: string;
  /** The quarter (Asia/Shanghai) of the earlier repair: where its STD-4a fact lives. */
  repairQuarter?: string;
  judgement?: ReworkJudgement;
  decisions?: ReworkDecision[];
}

export function isOpen(status: TicketStatus): boolean {
  return status !== 'closed' && status !== 'cancelled';
}

/** The statuses of open tickets, in lifecycle order (the operations dashboard counts each). */
export const OPEN_STATUSES: readonly TicketStatus[] = TICKET_STATUSES.filter(isOpen);

export const SYSTEM_TYPES = [
  'cctv',
  'access_control',
  'intercom',
  'network',
  'pa_broadcast',
  'building_automation',
  'parking',
  'alarm',
  'other',
] as const;
export type SystemType = (typeof SYSTEM_TYPES)[number];

export const URGENCIES = ['urgent', 'general'] as const;
export type Urgency = (typeof URGENCIES)[number];

export { LOCALES, type Locale } from '../../platform/locale.ts';
import type { Locale } from '../../platform/locale.ts';

export const CHANNELS = ['web', 'api', 'phone', 'email', 'chat', 'follow_up'] as const;
export type Channel = (typeof CHANNELS)[number];

export interface Customer {
  name: string;
  /** Normalised E.164, e.g. +8613812345678. */
  phone: string;
  email?: string;
  organisation?: string;
}

export interface Site {
  address: string;
  name?: string;
  contactName?: string;
  contactPhone?: string;
}

export interface Device {
  system: SystemType;
  model?: string;
  serial?: string;
  location?: string;
}

export interface TriageRecord {
  classification: 'simple' | 'complex';
  notes: string;
  by: string;
  at: string;
}

export interface Assessment {
  diagnosis: string;
  repairPlan: string;
  technicalMeasures: string;
  toolsNeeded: string[];
  /** Registered tool kinds the job needs (SAFE-3): the technician must hold one of each, in date. */
  toolKinds?: string[];
  partsNeeded: Array<{ sku: string; quantity: number }>;
  skillRequired: SystemType;
  complexity: 'simple' | 'complex';
  estimatedMinutes: number;
  onSite: boolean;
  requiresWorkAtHeight: boolean;
  requiresElectrician: boolean;
  remoteInstructions?: string;
  by: string;
  at: string;
}

/** The customer-service agent a ticket's figures count for: who made first contact, else who recorded it, else who triaged it. */
export function customerServiceAgentOf(ticket: Pick<Ticket, 'contactedBy' | 'createdBy' | 'triage'>): string | undefined {
  return ticket.contactedBy ?? ticket.createdBy ?? ticket.triage?.by;
}

export interface Ticket {
  id: string;
  /** Human-friendly, unique per Asia/Shanghai day: `20261127-0007`. */
  number: string;
  status: TicketStatus;
  urgency: Urgency;
  channel: Channel;
  locale: Locale;
  customer: Customer;
  site: Site;
  device: Device;
  symptom: string;
  preferredContactTime?: string;
  /** The reporter acknowledged this version of the privacy notice when reporting (the public page always asks). */
  privacyNotice?: { version: string; acceptedAt: string };
  createdAt: string;
  updatedAt: string;
  /** Staff id when customer service recorded the report. */
  createdBy?: string;
  /** Who recorded the first contact with the customer: the customer-service agent the ticket's figures count for. */
  contactedBy?: string;
  /** When the acknowledgement step ran (read from its marker item beside the ticket). */
  acknowledgedAt?: string;
  /** The customer's email bounced or was marked as spam (read from its marker item beside the ticket). */
  emailUndeliverable?: EmailUndeliverable;
  triage?: TriageRecord;
  assessment?: Assessment;
  remoteResolution?: { solution: string; guidance: string; confirmedAt?: string; confirmedBy?: string; customerConfirmation?: string };
  /**
   * A suspected repeat failure within the repair warranty (STD-4b), linked to the earlier repair. Only
   * a confirmed one (caused by that repair, judged by the technician or technical support, the manager
   * may override) is free of charge and counts in STD-4a. Absent `judgement`: recorded before
   * judgements existed, when every rework was made free.
   */
  rework?: Rework;
  freeOfCharge?: boolean;
  /** The visit in progress or planned, and all visits so far. */
  currentJobId?: string;
  jobIds?: string[];
  completedAt?: string;
  /** A site's own business calendar for SLA working time; the configured default when absent. */
  calendarId?: string;
  /** The agreed visit window (set by dispatch), shown to the customer. */
  appointment?: { from: string; to: string };
  /** The customer's personal data was erased (on request or by age): the contact fields hold a pseudonym. */
  erasedAt?: string;
  /** Optimistic-lock counter, incremented by every write. */
  version: number;
}

export interface EmailUndeliverable {
  address: string;
  problem: 'bounce' | 'complaint';
  at: string;
  /** Customer service's call task about it. */
  taskId: string;
}

export interface TicketEvent {
  ticketId: string;
  eventId: string;
  at: string;
  type: string;
  /** `customer`, `system`, or a staff id. */
  actor: string;
  fromStatus?: TicketStatus;
  toStatus?: TicketStatus;
  /** Free-form facts of the event (never shown on the public view unless listed as public). */
  data?: Record<string, unknown>;
}

/** Event types a customer may see on the public status view (milestones). */
export const PUBLIC_EVENT_TYPES = new Set(['received', 'acknowledged']);

/** A customer sees every status change and the two intake milestones, never the internal events. */
export function isPublicMilestone(event: Pick<TicketEvent, 'type' | 'toStatus'>): boolean {
  return event.toStatus !== undefined || PUBLIC_EVENT_TYPES.has(event.type);
}
