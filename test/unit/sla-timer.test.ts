import { describe, expect, it } from 'vitest';
import { ALWAYS_CALENDAR, BUSINESS_CALENDAR_CN } from '../../lib/calendar/index.ts';
import { DEFAULT_SERVICE_STANDARDS, standardFor } from '../../lib/sla/domain/service-standards.ts';
import {
  ExemptionTooLateError,
  TimerStateError,
  alarmDue,
  cancelTimer,
  currentTimer,
  exemptTimer,
  nextGeneration,
  timerAlertKey,
  type PauseInput,
  markWarned,
  nextAlarm,
  pauseTimer,
  recomputeTimer,
  remainingMinutes,
  resumeTimer,
  startAgreedTimer,
  startTimer,
  stopTimer,
} from '../../lib/sla/domain/sla-timer.ts';

const urgentContact = standardFor(DEFAULT_SERVICE_STANDARDS, 'first_contact', 'urgent')!;
const generalContact = standardFor(DEFAULT_SERVICE_STANDARDS, 'first_contact', 'general')!;
const followUp = standardFor(DEFAULT_SERVICE_STANDARDS, 'follow_up', 'general')!;

/** A pause as staff record it: why, and when and how the customer was told. */
const pause = (reason: string, toldAt: string, category: PauseInput['category'] = 'customer_unavailable'): PauseInput => ({ category, reason, customerToldAt: new Date(toldAt), customerToldVia: 'phone', by: 'cs1' });

function start(standard = urgentContact, at = '2026-11-27T02:00:00.000Z', calendar = ALWAYS_CALENDAR) {
  return startTimer({ ticketId: 't1', kind: standard.timer, at: new Date(at), calendarId: 'x', warnAtPercent: 80, standard }, calendar);
}

describe('service standards', () => {
  it('ships the policy defaults', () => {
    expect(urgentContact).toMatchObject({ id: 'STD-1a', minutes: 60, clock: 'always' });
    expect(standardFor(DEFAULT_SERVICE_STANDARDS, 'on_site', 'urgent')).toMatchObject({ id: 'STD-1b', minutes: 240 });
    expect(standardFor(DEFAULT_SERVICE_STANDARDS, 'on_site', 'general')).toBeUndefined();
    expect(generalContact).toMatchObject({ id: 'STD-1c', minutes: 480, clock: 'business' });
    expect(followUp).toMatchObject({ id: 'STD-3', minutes: 1440, clock: 'business' });
  });
});

describe('SLA timers', () => {
  it('urgent contact: due 60 minutes later round the clock, warned at 48', () => {
    const timer = start();
    expect(timer).toMatchObject({ state: 'running', dueAt: '2026-11-27T03:00:00.000Z', warnAt: '2026-11-27T02:48:00.000Z', standardId: 'STD-1a' });
    expect(nextAlarm(timer)).toEqual({ at: timer.warnAt, level: 'warning' });
    expect(nextAlarm(markWarned(timer, new Date('2026-11-27T02:48:00Z')))).toEqual({ at: timer.dueAt, level: 'breach' });
  });

  it('general contact: one working day on the business calendar (Fri 23:40 Shanghai -> Mon 18:00)', () => {
    // 2026-11-27T15:40Z is Friday 23:40 in Shanghai; counting starts Monday 09:00; 480 minutes end 18:00.
    const timer = start(generalContact, '2026-11-27T15:40:00.000Z', BUSINESS_CALENDAR_CN);
    expect(timer.dueAt).toBe('2026-11-30T10:00:00.000Z');
    // 80 % = 384 minutes: 09:00-12:00 (180) + 13:00-16:24 (204).
    expect(timer.warnAt).toBe('2026-11-30T08:24:00.000Z');
  });

  it('follow-up: three working days, skipping the National Day holidays', () => {
    // Completed Wed 2026-09-30 17:00 Shanghai: 60 min that day, then 1-7 Oct holidays (8 Oct is a working day),
    // the remaining 1380 minutes run Thu 8 Oct, Fri 9 Oct, and 420 minutes into Sat 10 Oct (a make-up workday).
    const timer = start(followUp, '2026-09-30T09:00:00.000Z', BUSINESS_CALENDAR_CN);
    expect(timer.dueAt).toBe('2026-10-10T09:00:00.000Z');
  });

  it('a pause on the 24x7 clock moves the deadline by the paused time', () => {
    const paused = pauseTimer(start(), new Date('2026-11-27T02:10:00Z'), pause('waiting for site access', '2026-11-27T02:09:00Z', 'waiting_site_access'));
    expect(alarmDue(paused, new Date('2026-11-27T05:00:00Z'))).toBeUndefined(); // paused: never alarms
    expect(nextAlarm(paused)).toBeUndefined();
    const resumed = resumeTimer(paused, new Date('2026-11-27T02:40:00Z'), ALWAYS_CALENDAR);
    expect(resumed.state).toBe('running');
    expect(resumed.dueAt).toBe('2026-11-27T03:30:00.000Z');
    expect(resumed.pauses).toEqual([
      {
        from: '2026-11-27T02:10:00.000Z',
        to: '2026-11-27T02:40:00.000Z',
        reason: 'waiting for site access',
        by: 'cs1',
        category: 'waiting_site_access',
        customerToldAt: '2026-11-27T02:09:00.000Z',
        customerToldVia: 'phone',
      },
    ]);
  });

  it('a pause outside working time does not move a business-clock deadline (working time, not wall clock)', () => {
    const timer = start(generalContact, '2026-11-27T15:40:00.000Z', BUSINESS_CALENDAR_CN);
    const paused = pauseTimer(timer, new Date('2026-11-28T02:00:00Z'), pause('customer away', '2026-11-28T01:00:00Z')); // Saturday
    const resumed = resumeTimer(paused, new Date('2026-11-29T12:00:00Z'), BUSINESS_CALENDAR_CN); // Sunday
    expect(resumed.dueAt).toBe(timer.dueAt);
    const workdayPause = resumeTimer(pauseTimer(timer, new Date('2026-11-30T02:00:00Z'), pause('parts', '2026-11-30T01:59:00Z', 'waiting_parts')), new Date('2026-11-30T03:00:00Z'), BUSINESS_CALENDAR_CN);
    expect(workdayPause.dueAt).toBe('2026-12-01T02:00:00.000Z'); // one working hour later: Tue 10:00
  });

  it('refuses a pause recorded, or told to the customer, at or after the deadline, like a late exemption', () => {
    // Urgent contact started 02:00, due 03:00.
    expect(() => pauseTimer(start(), new Date('2026-11-27T03:00:00Z'), pause('late', '2026-11-27T02:30:00Z'))).toThrow(ExemptionTooLateError);
    expect(() => pauseTimer(start(), new Date('2026-11-27T02:30:00Z'), pause('told too late', '2026-11-27T03:00:00Z'))).toThrow(ExemptionTooLateError);
    expect(pauseTimer(start(), new Date('2026-11-27T02:59:00Z'), pause('in time', '2026-11-27T02:58:00Z')).state).toBe('paused');
  });

  it('cancels a promise that no longer applies, counted neither way, but a passed deadline stays breached', () => {
    const cancelled = cancelTimer(start(), new Date('2026-11-27T02:30:00Z'), { cause: 'visit_cancelled', reason: 'customer moved' }, 'mgr');
    expect(cancelled).toMatchObject({ state: 'cancelled', stoppedAt: '2026-11-27T02:30:00.000Z', cancellation: { cause: 'visit_cancelled', reason: 'customer moved', by: 'mgr' } });
    expect(cancelled.exemption).toBeUndefined();
    const tooLate = cancelTimer(start(), new Date('2026-11-27T03:00:00Z'), { cause: 'visit_cancelled' }, 'mgr');
    expect(tooLate).toMatchObject({ state: 'breached', breachedAt: '2026-11-27T03:00:00.000Z' });
    expect(() => cancelTimer(cancelled, new Date('2026-11-27T02:40:00Z'), { cause: 'replaced' }, 'mgr')).toThrow(TimerStateError);
    expect(() => cancelTimer(tooLate, new Date('2026-11-27T03:10:00Z'), { cause: 'replaced' }, 'mgr')).toThrow(TimerStateError);
  });

  it('keeps every generation of a promise: the current one is the latest, each alarms under its own key', () => {
    const first = { ...start(), state: 'breached' as const };
    const second = { ...start(urgentContact, '2026-11-28T02:00:00.000Z'), generation: 2 };
    expect(nextGeneration([], 'first_contact')).toBe(1);
    expect(nextGeneration([first], 'first_contact')).toBe(2);
    expect(nextGeneration([second, first], 'first_contact')).toBe(3);
    expect(currentTimer([second, first], 'first_contact')).toBe(second);
    expect(currentTimer([first, second], 'on_site')).toBeUndefined();
    expect(timerAlertKey(first, 'breach')).toBe('sla:t1:first_contact:breach');
    expect(timerAlertKey(second, 'breach')).toBe('sla:t1:first_contact#2:breach');
  });

  it('stops as met before the deadline and as breached after it', () => {
    expect(stopTimer(start(), new Date('2026-11-27T02:59:59Z'))).toMatchObject({ state: 'met', stoppedAt: '2026-11-27T02:59:59.000Z' });
    expect(stopTimer(start(), new Date('2026-11-27T03:00:01Z'))).toMatchObject({ state: 'breached', breachedAt: '2026-11-27T03:00:00.000Z' });
    expect(() => stopTimer(stopTimer(start(), new Date('2026-11-27T02:30:00Z')), new Date('2026-11-27T02:31:00Z'))).toThrow(TimerStateError);
  });

  it('alarms: nothing before 80 %, a warning from 80 %, the breach at the deadline (skipping a stale warning)', () => {
    const timer = start();
    expect(alarmDue(timer, new Date('2026-11-27T02:47:59Z'))).toBeUndefined();
    expect(alarmDue(timer, new Date('2026-11-27T02:48:00Z'))).toBe('warning');
    expect(alarmDue(timer, new Date('2026-11-27T03:00:00Z'))).toBe('breach');
    expect(alarmDue(markWarned(timer, new Date('2026-11-27T02:50:00Z')), new Date('2026-11-27T02:55:00Z'))).toBeUndefined();
  });

  it('accepts an exemption only before the deadline, with the customer told before it', () => {
    const timer = start();
    const exempt = exemptTimer(timer, new Date('2026-11-27T02:30:00Z'), { reason: 'site closed', customerToldAt: new Date('2026-11-27T02:25:00Z'), by: 'cs1' });
    expect(exempt.state).toBe('exempt');
    expect(alarmDue(exempt, new Date('2026-11-27T04:00:00Z'))).toBeUndefined();
    expect(() => exemptTimer(timer, new Date('2026-11-27T03:00:00Z'), { reason: 'late', customerToldAt: new Date('2026-11-27T02:25:00Z'), by: 'cs1' })).toThrow(
      ExemptionTooLateError,
    );
    expect(() => exemptTimer(timer, new Date('2026-11-27T02:30:00Z'), { reason: 'x', customerToldAt: new Date('2026-11-27T03:10:00Z'), by: 'cs1' })).toThrow(
      ExemptionTooLateError,
    );
  });

  it('an agreed deadline runs on the 24x7 clock to exactly the agreed instant', () => {
    const timer = startAgreedTimer(
      { ticketId: 't1', at: new Date('2026-11-27T02:00:00Z'), dueAt: new Date('2026-11-29T10:00:00Z'), warnAtPercent: 80, responsibleGroup: 'repair_service' },
      ALWAYS_CALENDAR,
    );
    expect(timer.dueAt).toBe('2026-11-29T10:00:00.000Z');
    expect(timer.kind).toBe('agreed_completion');
  });

  it('recomputes running timers for a changed calendar and leaves settled ones', () => {
    const timer = start(generalContact, '2026-11-27T15:40:00.000Z', BUSINESS_CALENDAR_CN);
    const withHoliday = { ...BUSINESS_CALENDAR_CN, holidays: [...(BUSINESS_CALENDAR_CN.holidays ?? []), '2026-11-30'] };
    expect(recomputeTimer(timer, withHoliday).dueAt).toBe('2026-12-01T10:00:00.000Z');
    const met = stopTimer(timer, new Date('2026-11-30T01:00:00Z'));
    expect(recomputeTimer(met, withHoliday)).toBe(met);
  });

  it('reports remaining working minutes, negative when overdue', () => {
    const timer = start(generalContact, '2026-11-27T15:40:00.000Z', BUSINESS_CALENDAR_CN);
    expect(remainingMinutes(timer, BUSINESS_CALENDAR_CN, new Date('2026-11-30T09:00:00Z'))).toBe(60); // Mon 17:00 -> 18:00
    expect(remainingMinutes(timer, BUSINESS_CALENDAR_CN, new Date('2026-12-01T01:30:00Z'))).toBe(-30); // Tue 09:30
  });
});
