/**
 * What the holder of a ticket's signed status link may see: number, status, milestones, next step,
 * appointment window. Never the phone, email, address or any staff data. A wrong token is answered
 * exactly like an unknown ticket.
 */
import type { LinkVerifier } from '../../platform/auth/link-keys.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { milestoneLabel, nextStep, statusLabel } from '../../tickets/index.ts';
import { isPublicMilestone, type Locale, type Ticket, type TicketEvent } from '../../tickets/index.ts';
import type { TicketRepository } from '../../tickets/server.ts';
import { generationOf, isOpenTimer, type PauseCategory, type SlaTimer } from '../../sla/index.ts';
import { toTimer } from '../../sla/server.ts';
import type { FollowUpRepository } from '../../followup/server.ts';
import { customerComplaints, type CustomerComplaintView } from '../../followup/server.ts';

export interface PublicTicketView {
  number: string;
  status: Ticket['status'];
  statusLabel: string;
  urgency: Ticket['urgency'];
  system: Ticket['device']['system'];
  reportedAt: string;
  milestones: Array<{ at: string; type: string; label: string }>;
  nextStep: string;
  appointment?: { from: string; to: string };
  /** What was promised and by when (service standards), and whether it was kept: never "done" for a breach. */
  promises: PublicPromise[];
  /** The complaints the customer filed from this page, and where each stands. */
  complaints: CustomerComplaintView[];
}

export type PromiseState = 'pending' | 'kept' | 'late' | 'waived';

export interface PublicPromise {
  kind: string;
  label: string;
  state: PromiseState;
  stateLabel: string;
  /** The promised time (absent while the clock is paused: it is moving). */
  dueAt?: string;
  /** Late, with a new time agreed since (a later generation of the promise). */
  newExpectedAt?: string;
  /** Why the clock stands still or the promise was waived, in words for the customer. */
  note?: string;
}

const PROMISE_LABELS: Record<string, Record<Locale, string>> = {
  first_contact: { 'zh-CN': '客服联系您', en: 'Customer service contacts you' },
  visit_agreement: { 'zh-CN': '与您约定上门时间', en: 'A visit time agreed with you' },
  on_site: { 'zh-CN': '技术员到达现场', en: 'Technician on site' },
  simple_repair: { 'zh-CN': '现场修复完成', en: 'Repair finished on site' },
  agreed_completion: { 'zh-CN': '约定完成时间', en: 'Agreed completion' },
  follow_up: { 'zh-CN': '客服回访', en: 'Follow-up call' },
};

const STATE_LABELS: Record<PromiseState, Record<Locale, string>> = {
  pending: { 'zh-CN': '进行中', en: 'Pending' },
  kept: { 'zh-CN': '已按时完成', en: 'Kept' },
  late: { 'zh-CN': '已超时', en: 'Late' },
  waived: { 'zh-CN': '经与您沟通，不计时限', en: 'Waived, as agreed with you' },
};

const PAUSE_NOTES: Record<PauseCategory, Record<Locale, string>> = {
  customer_unavailable: { 'zh-CN': '暂时无法联系到您，计时暂停', en: 'We could not reach you; the clock is paused' },
  waiting_site_access: { 'zh-CN': '等待现场进场许可，计时暂停', en: 'Waiting for access to the site; the clock is paused' },
  waiting_parts: { 'zh-CN': '等待备件到货，计时暂停', en: 'Waiting for parts; the clock is paused' },
  customer_asked_delay: { 'zh-CN': '按您的要求延后，计时暂停', en: 'Delayed at your request; the clock is paused' },
  other: { 'zh-CN': '已与您沟通，计时暂停', en: 'Paused as agreed with you' },
};

/**
 * One entry per promise kind, from its generations: the latest says where it stands; an earlier one
 * that breached makes the promise late (with the new time, when one was agreed since). A promise
 * called off with nothing late before it is not shown.
 */
function promiseOf(generations: SlaTimer[], locale: Locale): PublicPromise | undefined {
  const ordered = [...generations].sort((a, b) => generationOf(a) - generationOf(b));
  const current = ordered.at(-1)!;
  const brokenBefore = ordered.slice(0, -1).some((t) => t.state === 'breached');
  const base = { kind: current.kind, label: PROMISE_LABELS[current.kind]?.[locale] ?? current.kind };
  const entry = (state: PromiseState, rest: Omit<PublicPromise, 'kind' | 'label' | 'state' | 'stateLabel'>): PublicPromise => ({ ...base, state, stateLabel: STATE_LABELS[state][locale], ...rest });
  const lastPause = current.pauses.at(-1);
  const pauseNote = current.state === 'paused' && lastPause ? PAUSE_NOTES[lastPause.category ?? 'other'][locale] : undefined;
  if (brokenBefore && isOpenTimer(current)) {
    return entry('late', { ...(current.state === 'running' ? { newExpectedAt: current.dueAt } : {}), ...(pauseNote ? { note: pauseNote } : {}) });
  }
  switch (current.state) {
    case 'met':
      return entry(brokenBefore ? 'late' : 'kept', { dueAt: current.dueAt });
    case 'breached':
      return entry('late', { dueAt: current.dueAt });
    case 'exempt':
      return entry('waived', { note: STATE_LABELS.waived[locale] });
    case 'cancelled':
      return brokenBefore ? entry('late', {}) : undefined;
    case 'paused':
      // The deadline is moving; the customer is shown why rather than a wrong time.
      return entry('pending', pauseNote ? { note: pauseNote } : {});
    default:
      return entry('pending', { dueAt: current.dueAt });
  }
}

function promisesOf(timers: SlaTimer[], locale: Locale): PublicPromise[] {
  const byKind = new Map<string, SlaTimer[]>();
  for (const timer of timers) byKind.set(timer.kind, [...(byKind.get(timer.kind) ?? []), timer]);
  return [...byKind.values()].map((generations) => promiseOf(generations, locale)).filter((p): p is PublicPromise => p !== undefined);
}

export async function publicTicketView(
  deps: { tickets: TicketRepository; followUps: FollowUpRepository; linkKeys: LinkVerifier; now: () => Date },
  ticketId: string,
  token: string | undefined,
  requestedLocale: Locale | undefined,
): Promise<PublicTicketView> {
  if (deps.linkKeys.check('status', ticketId, token, deps.now()) !== 'valid') {
    throw new NotFoundError('Ticket not found');
  }
  const found = await deps.tickets.getWithTimeline(ticketId, toTimer);
  if (!found) throw new NotFoundError('Ticket not found');
  const { ticket, events, timers } = found;
  const locale = requestedLocale ?? ticket.locale;
  return {
    number: ticket.number,
    status: ticket.status,
    statusLabel: statusLabel(ticket.status, locale),
    urgency: ticket.urgency,
    system: ticket.device.system,
    reportedAt: ticket.createdAt,
    milestones: events
      .filter((event: TicketEvent) => isPublicMilestone(event))
      .map((event) => ({ at: event.at, type: event.type === 'received' ? 'received' : (event.toStatus ?? event.type), label: milestoneLabel(event.type, event.toStatus, locale) })),
    nextStep: nextStep(ticket.status, locale),
    ...(ticket.appointment ? { appointment: ticket.appointment } : {}),
    promises: promisesOf(timers, locale),
    complaints: await customerComplaints(deps, events, locale),
  };
}
