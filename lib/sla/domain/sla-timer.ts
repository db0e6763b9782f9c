/**
 * SLA timers (pure): started and stopped by ticket lifecycle events, paused with a reason (paused
 * time counts for nothing, measured in the timer's own clock), exempted only before the deadline,
 * warned at the configured share of the allowed time and breached at the deadline.
 */
import { addWorkingMinutes, workingMinutesBetween, type WorkCalendar } from '../../calendar/index.ts';
import { DomainError } from '../../platform/errors.ts';
import type { Clock, ResponsibleGroup, ServiceStandard, TimerKind } from './service-standards.ts';

export const TIMER_STATES = ['running', 'paused', 'met', 'breached', 'exempt'] as const;
export type TimerState = (typeof TIMER_STATES)[number];

export interface TimerPause {
  from: string;
  to?: string;
  reason: string;
  by: string;
}

export interface TimerExemption {
  reason: string;
  customerToldAt: string;
  recordedAt: string;
  recordedBy: string;
}

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
  version: number;
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

  override messageParams() {
    return { dueAt: this.dueAt };
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

function requireState(timer: SlaTimer, allowed: TimerState[], action: string): void {
  if (!allowed.includes(timer.state)) throw new TimerStateError(timer.kind, timer.state, `Cannot ${action} a ${timer.state} timer`);
}

/** Stops the clock: met when stopped by the deadline, breached when stopped after it. */
export function stopTimer(timer: SlaTimer, at: Date): SlaTimer {
  requireState(timer, ['running', 'paused'], 'stop');
  const atIso = at.toISOString();
  const pauses = timer.pauses.map((p) => (p.to ? p : { ...p, to: atIso }));
  const late = at.getTime() > new Date(timer.dueAt).getTime() && timer.state === 'running';
  return {
    ...timer,
    pauses,
    stoppedAt: atIso,
    state: late ? 'breached' : 'met',
    ...(late && !timer.breachedAt ? { breachedAt: timer.dueAt } : {}),
  };
}

export function pauseTimer(timer: SlaTimer, at: Date, reason: string, by: string): SlaTimer {
  requireState(timer, ['running'], 'pause');
  if (at.getTime() >= new Date(timer.dueAt).getTime()) {
    throw new TimerStateError(timer.kind, timer.state, 'The deadline has passed; a breached timer cannot be paused');
  }
  return { ...timer, state: 'paused', pauses: [...timer.pauses, { from: at.toISOString(), reason, by }] };
}

export function resumeTimer(timer: SlaTimer, at: Date, calendar: WorkCalendar): SlaTimer {
  requireState(timer, ['paused'], 'resume');
  const pauses = timer.pauses.map((p) => (p.to ? p : { ...p, to: at.toISOString() }));
  const resumed = { ...timer, pauses, state: 'running' as const };
  const deadlines = computeDeadlines(resumed, calendar);
  // A warning already sent stays sent; otherwise the new warning instant applies.
  return { ...resumed, ...deadlines };
}

/** Policy: valid only if recorded, with the reason and when the customer was told, before the deadline. */
export function exemptTimer(timer: SlaTimer, at: Date, input: { reason: string; customerToldAt: Date; by: string }): SlaTimer {
  requireState(timer, ['running', 'paused'], 'exempt');
  const due = new Date(timer.dueAt).getTime();
  if (at.getTime() >= due || input.customerToldAt.getTime() >= due) throw new ExemptionTooLateError(timer.dueAt);
  if (input.customerToldAt.getTime() > at.getTime() + 60_000) {
    throw new TimerStateError(timer.kind, timer.state, 'The customer cannot have been told in the future');
  }
  return {
    ...timer,
    state: 'exempt',
    exemption: { reason: input.reason, customerToldAt: input.customerToldAt.toISOString(), recordedAt: at.toISOString(), recordedBy: input.by },
  };
}

/**
 * The promise no longer applies (the visit whose completion was agreed was called off, with the
 * customer): it neither meets nor breaches, and the reason stays on record.
 */
export function withdrawTimer(timer: SlaTimer, at: Date, reason: string, by: string): SlaTimer {
  requireState(timer, ['running', 'paused'], 'withdraw');
  const atIso = at.toISOString();
  return {
    ...timer,
    state: 'exempt',
    stoppedAt: atIso,
    pauses: timer.pauses.map((p) => (p.to ? p : { ...p, to: atIso })),
    exemption: { reason, customerToldAt: atIso, recordedAt: atIso, recordedBy: by },
  };
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
