/**
 * SLA timers (pure): started and stopped by ticket lifecycle events, paused with a reason (paused
 * time counts for nothing, measured in the timer's own clock), exempted only before the deadline,
 * warned at the configured share of the allowed time and breached at the deadline.
 *
 * Figures are facts: a met, breached, exempt or cancelled timer is final. A new deadline for the same
 * promise (a visit agreed again) is a new generation beside the old one, never an edit of it. Only an
 * exemption or a pause recorded, with when and how the customer was told, before the deadline keeps
 * a timer from breaching; a promise called off (the visit cancelled) is `cancelled` and counts
 * neither way, unless its deadline had already passed: then the breach stands.
 */
import { addWorkingMinutes, workingMinutesBetween, type WorkCalendar } from '../../calendar/index.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Locale } from '../../platform/locale.ts';
import type { Clock, ResponsibleGroup, ServiceStandard, TimerKind } from './service-standards.ts';

export const TIMER_STATES = ['running', 'paused', 'met', 'breached', 'exempt', 'cancelled'] as const;
export type TimerState = (typeof TIMER_STATES)[number];

/** Why the clock stops for a while (policy STD: "special cases, the customer told in advance"). */
export const PAUSE_CATEGORIES = ['customer_unavailable', 'waiting_site_access', 'waiting_parts', 'customer_asked_delay', 'other'] as const;
export type PauseCategory = (typeof PAUSE_CATEGORIES)[number];

/** How the customer was told of a pause or an exemption. */
export const TOLD_VIA = ['phone', 'sms', 'wechat', 'email', 'in_person'] as const;
export type ToldVia = (typeof TOLD_VIA)[number];

export interface TimerPause {
  from: string;
  to?: string;
  reason: string;
  by: string;
  /** Absent on pauses recorded before categories existed. */
  category?: PauseCategory;
  customerToldAt?: string;
  customerToldVia?: ToldVia;
}

export interface TimerExemption {
  reason: string;
  customerToldAt: string;
  customerToldVia?: ToldVia;
  recordedAt: string;
  recordedBy: string;
}

/** Why a promise no longer applies: the visit called off, a new agreed deadline, no visit needed. */
export const CANCELLATION_CAUSES = ['visit_cancelled', 'replaced', 'no_visit_needed'] as const;
export type CancellationCause = (typeof CANCELLATION_CAUSES)[number];

export interface TimerCancellation {
  cause: CancellationCause;
  /** What staff wrote (the visit's cancellation reason), if anything. */
  reason?: string;
  at: string;
  by: string;
}

export const FINAL_TIMER_STATES: readonly TimerState[] = ['met', 'breached', 'exempt', 'cancelled'];
export const isOpenTimer = (timer: Pick<SlaTimer, 'state'>) => timer.state === 'running' || timer.state === 'paused';

export interface SlaTimer {
  ticketId: string;
  kind: TimerKind;
  /** The standard it enforces (STD-1a ...), absent for a deadline agreed with the customer. */
  standardId?: string;
  clock: Clock;
  /** The calendar whose working time counts (`24x7` for the always clock). */
  calendarId: string;
  responsibleGroup: ResponsibleGroup;
  /** Allowed working minutes in the timer's clock. */
  allowedMinutes: number;
  warnAtPercent: number;
  startedAt: string;
  dueAt: string;
  warnAt: string;
  state: TimerState;
  pauses: TimerPause[];
  stoppedAt?: string;
  warnedAt?: string;
  breachedAt?: string;
  exemption?: TimerExemption;
  cancellation?: TimerCancellation;
  /** 1 for the first deadline of this kind on the ticket (absent on older items), then 2, 3 ... */
  generation?: number;
  /**
   * The person the promise is theirs once assigned (TRAIN-2 attribution): the visit's technician for
   * a repair-service promise, the customer-service agent of the ticket for theirs. Absent until known.
   */
  assignee?: string;
  version: number;
}

export const generationOf = (timer: Pick<SlaTimer, 'generation'>) => timer.generation ?? 1;

/**
 * Names the person a promise is theirs (kept once named; `reassign` when the work moves to another
 * person, a visit given to another technician). Nobody named: the timer as it was.
 */
export function assignTimer(timer: SlaTimer, staffId: string | undefined, reassign = false): SlaTimer {
  if (!staffId || (timer.assignee && !reassign)) return timer;
  return { ...timer, assignee: staffId };
}

/** The latest generation of a kind on a ticket: the promise that applies now. */
export function currentTimer(timers: SlaTimer[], kind: TimerKind): SlaTimer | undefined {
  let found: SlaTimer | undefined;
  for (const timer of timers) if (timer.kind === kind && (!found || generationOf(timer) > generationOf(found))) found = timer;
  return found;
}

/** What a breach or warning email is sent once for: each generation's own alarm (a missed second deadline alerts again). */
export function timerAlertKey(timer: Pick<SlaTimer, 'ticketId' | 'kind' | 'generation'>, level: 'warning' | 'breach'): string {
  const generation = generationOf(timer);
  return `sla:${timer.ticketId}:${timer.kind}${generation > 1 ? `#${generation}` : ''}:${level}`;
}

/** The next generation number for a kind: a new deadline never overwrites a timer. */
export function nextGeneration(timers: SlaTimer[], kind: TimerKind): number {
  const current = currentTimer(timers, kind);
  return current ? generationOf(current) + 1 : 1;
}

export class TimerStateError extends DomainError {
  override name = 'TimerStateError';
  readonly code = 'timer_state';
  constructor(readonly timerKind: TimerKind, readonly state: TimerState, message: string) {
    super(message);
  }

  override messageParams() {
    return { state: this.state };
  }

  override publicDetails() {
    return { timerState: this.state };
  }
}

export class ExemptionTooLateError extends DomainError {
  override name = 'ExemptionTooLateError';
  readonly code = 'exemption_too_late';
  constructor(readonly dueAt: string) {
    super(`An exemption must be recorded, and the customer told, before the deadline ${dueAt}`);
  }

  override messageParams(locale: Locale) {
    // The deadline as the reader's wall clock in Asia/Shanghai, not an ISO instant.
    const at = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(this.dueAt));
    return { dueAt: locale === 'en' ? `${at} China Standard Time` : `北京时间 ${at}` };
  }

  override publicDetails() {
    return { dueAt: this.dueAt };
  }
}


function pauseIntervals(timer: SlaTimer, until: Date): Array<[Date, Date]> {
  // An open pause runs until "until" (far enough ahead when computing a deadline while paused).
  return timer.pauses.map((p) => [new Date(p.from), p.to ? new Date(p.to) : until]);
}

/** Deadline and warning instant from the start, the allowed minutes and the closed pauses. */
export function computeDeadlines(timer: Pick<SlaTimer, 'startedAt' | 'allowedMinutes' | 'warnAtPercent' | 'pauses'>, calendar: WorkCalendar) {
  const closedPauses = timer.pauses.filter((p) => p.to).map((p): [Date, Date] => [new Date(p.from), new Date(p.to!)]);
  const start = new Date(timer.startedAt);
  const warnMinutes = Math.floor((timer.allowedMinutes * timer.warnAtPercent) / 100);
  return {
    dueAt: addWorkingMinutes(calendar, start, timer.allowedMinutes, closedPauses).toISOString(),
    warnAt: addWorkingMinutes(calendar, start, warnMinutes, closedPauses).toISOString(),
  };
}

export function startTimer(
  input: { ticketId: string; kind: TimerKind; at: Date; calendarId: string; warnAtPercent: number; standard: ServiceStandard },
  calendar: WorkCalendar,
): SlaTimer {
  const base = {
    ticketId: input.ticketId,
    kind: input.kind,
    standardId: input.standard.id,
    clock: input.standard.clock,
    calendarId: input.calendarId,
    responsibleGroup: input.standard.responsibleGroup,
    allowedMinutes: input.standard.minutes,
    warnAtPercent: input.warnAtPercent,
    startedAt: input.at.toISOString(),
    pauses: [],
  };
  return { ...base, ...computeDeadlines(base, calendar), state: 'running', version: 1 };
}

/** A deadline agreed with the customer (STD-2b): due at exactly the agreed instant, 24x7. */
export function startAgreedTimer(
  input: { ticketId: string; at: Date; dueAt: Date; warnAtPercent: number; responsibleGroup: ResponsibleGroup },
  alwaysCalendar: WorkCalendar,
): SlaTimer {
  const allowedMinutes = Math.max(1, workingMinutesBetween(alwaysCalendar, input.at, input.dueAt));
  const span = input.dueAt.getTime() - input.at.getTime();
  return {
    ticketId: input.ticketId,
    kind: 'agreed_completion',
    clock: 'always',
    calendarId: '24x7',
    responsibleGroup: input.responsibleGroup,
    allowedMinutes,
    warnAtPercent: input.warnAtPercent,
    startedAt: input.at.toISOString(),
    pauses: [],
    dueAt: input.dueAt.toISOString(),
    warnAt: new Date(input.at.getTime() + Math.floor((span * input.warnAtPercent) / 100)).toISOString(),
    state: 'running',
    version: 1,
  };
}

/** The timer's pauses with an open one ended at `at`. */
function closedPauses(timer: SlaTimer, at: Date): TimerPause[] {
  return timer.pauses.map((p) => (p.to ? p : { ...p, to: at.toISOString() }));
}

function requireState(timer: SlaTimer, allowed: TimerState[], action: string): void {
  if (!allowed.includes(timer.state)) throw new TimerStateError(timer.kind, timer.state, `Cannot ${action} a ${timer.state} timer`);
}

/** Stops the clock: met when stopped by the deadline, breached when stopped after it. */
export function stopTimer(timer: SlaTimer, at: Date): SlaTimer {
  requireState(timer, ['running', 'paused'], 'stop');
  const atIso = at.toISOString();
  const pauses = closedPauses(timer, at);
  const late = at.getTime() > new Date(timer.dueAt).getTime() && timer.state === 'running';
  return {
    ...timer,
    pauses,
    stoppedAt: atIso,
    state: late ? 'breached' : 'met',
    ...(late && !timer.breachedAt ? { breachedAt: timer.dueAt } : {}),
  };
}

export interface PauseInput {
  category: PauseCategory;
  reason: string;
  customerToldAt: Date;
  customerToldVia: ToldVia;
  by: string;
}

/** A pause is an exemption in time: like one, it must be recorded, and the customer told, before the deadline. */
export function pauseTimer(timer: SlaTimer, at: Date, input: PauseInput): SlaTimer {
  requireState(timer, ['running'], 'pause');
  const due = new Date(timer.dueAt).getTime();
  if (at.getTime() >= due || input.customerToldAt.getTime() >= due) throw new ExemptionTooLateError(timer.dueAt);
  const pause: TimerPause = {
    from: at.toISOString(),
    reason: input.reason,
    by: input.by,
    category: input.category,
    customerToldAt: input.customerToldAt.toISOString(),
    customerToldVia: input.customerToldVia,
  };
  return { ...timer, state: 'paused', pauses: [...timer.pauses, pause] };
}

export function resumeTimer(timer: SlaTimer, at: Date, calendar: WorkCalendar): SlaTimer {
  requireState(timer, ['paused'], 'resume');
  const pauses = closedPauses(timer, at);
  const resumed = { ...timer, pauses, state: 'running' as const };
  const deadlines = computeDeadlines(resumed, calendar);
  // A warning already sent stays sent; otherwise the new warning instant applies.
  return { ...resumed, ...deadlines };
}

/** Policy: valid only if recorded, with the reason and when the customer was told, before the deadline. */
export function exemptTimer(timer: SlaTimer, at: Date, input: { reason: string; customerToldAt: Date; customerToldVia?: ToldVia; by: string }): SlaTimer {
  requireState(timer, ['running', 'paused'], 'exempt');
  const due = new Date(timer.dueAt).getTime();
  // (A customerToldAt in the future is bad input, refused by the caller: lib/tickets checkEnteredTime.)
  if (at.getTime() >= due || input.customerToldAt.getTime() >= due) throw new ExemptionTooLateError(timer.dueAt);
  return {
    ...timer,
    state: 'exempt',
    exemption: {
      reason: input.reason,
      customerToldAt: input.customerToldAt.toISOString(),
      ...(input.customerToldVia ? { customerToldVia: input.customerToldVia } : {}),
      recordedAt: at.toISOString(),
      recordedBy: input.by,
    },
  };
}

/**
 * The promise no longer applies (the visit whose completion was agreed was called off, or a new
 * deadline replaces it): `cancelled`, counted neither way, the reason on record. A running timer
 * whose deadline has already passed is not rescued by calling it off: it is breached.
 */
export function cancelTimer(timer: SlaTimer, at: Date, cancellation: { cause: CancellationCause; reason?: string }, by: string): SlaTimer {
  requireState(timer, ['running', 'paused'], 'cancel');
  if (timer.state === 'running' && at.getTime() >= new Date(timer.dueAt).getTime()) {
    return { ...timer, pauses: closedPauses(timer, at), stoppedAt: at.toISOString(), state: 'breached', breachedAt: timer.breachedAt ?? timer.dueAt };
  }
  return cancelled(timer, at, cancellation, by);
}

/**
 * The promise never applied to this ticket (the visit time of a fault fixed without a visit): cancelled
 * whatever the deadline, with the reason on record.
 */
export function notApplicableTimer(timer: SlaTimer, at: Date, cause: CancellationCause, by: string): SlaTimer {
  requireState(timer, ['running', 'paused'], 'cancel');
  return cancelled(timer, at, { cause }, by);
}

function cancelled(timer: SlaTimer, at: Date, cancellation: { cause: CancellationCause; reason?: string }, by: string): SlaTimer {
  const atIso = at.toISOString();
  return { ...timer, state: 'cancelled', stoppedAt: atIso, pauses: closedPauses(timer, at), cancellation: { ...cancellation, at: atIso, by } };
}

/** The calendar changed: deadlines move, what already happened (warned, breached) stays. */
export function recomputeTimer(timer: SlaTimer, calendar: WorkCalendar): SlaTimer {
  if (timer.state !== 'running' && timer.state !== 'paused') return timer;
  return { ...timer, ...computeDeadlines(timer, calendar) };
}

export type AlarmLevel = 'warning' | 'breach';

/** When the breach watch must look at this timer next, and what it will find; none once settled. */
export function nextAlarm(timer: SlaTimer): { at: string; level: AlarmLevel } | undefined {
  if (timer.state !== 'running') return undefined;
  if (!timer.warnedAt && timer.warnAt < timer.dueAt) return { at: timer.warnAt, level: 'warning' };
  return { at: timer.dueAt, level: 'breach' };
}

/** What the watch does at `now`: nothing yet, warn, or record the breach (skipping a stale warning). */
export function alarmDue(timer: SlaTimer, now: Date): AlarmLevel | undefined {
  if (timer.state !== 'running') return undefined;
  const t = now.getTime();
  if (t >= new Date(timer.dueAt).getTime()) return 'breach';
  if (!timer.warnedAt && t >= new Date(timer.warnAt).getTime()) return 'warning';
  return undefined;
}

export function markWarned(timer: SlaTimer, now: Date): SlaTimer {
  return { ...timer, warnedAt: now.toISOString() };
}

export function markBreached(timer: SlaTimer): SlaTimer {
  return { ...timer, state: 'breached', breachedAt: timer.dueAt };
}

/** Remaining working minutes (negative when overdue), in the timer's clock, pauses excluded. */
export function remainingMinutes(timer: SlaTimer, calendar: WorkCalendar, now: Date): number {
  const end = timer.stoppedAt ? new Date(timer.stoppedAt) : now;
  const due = new Date(timer.dueAt);
  const pauses = pauseIntervals(timer, end);
  return end <= due ? workingMinutesBetween(calendar, end, due, pauses) : -workingMinutesBetween(calendar, due, end, pauses);
}
