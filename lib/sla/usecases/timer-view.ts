/** Timers as staff see them: due at, remaining working time in the timer's clock, state, history. */
import { remainingMinutes, type SlaTimer } from '../domain/sla-timer.ts';
import type { SlaClock } from './clock.ts';

export interface StaffTimerView extends SlaTimer {
  /** Working minutes left in the timer's clock (negative: overdue); absent once stopped. */
  remainingMinutes?: number;
}

export async function staffTimerViews(sla: SlaClock, timers: SlaTimer[], now: Date): Promise<StaffTimerView[]> {
  return Promise.all(
    timers.map(async (timer) =>
      timer.state === 'running' || timer.state === 'paused'
        ? { ...timer, remainingMinutes: remainingMinutes(timer, await sla.calendar(timer.calendarId), now) }
        : timer,
    ),
  );
}
