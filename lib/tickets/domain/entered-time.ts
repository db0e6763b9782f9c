/**
 * Times staff enter (when the customer was called, when they were told of a delay) are facts about
 * the past of a ticket: never before the ticket existed or before the event they follow, never after
 * now. Two minutes of clock skew between a staff member's device and the server are tolerated.
 */
import { ValidationError } from '../../platform/errors.ts';
import { localDateTime } from '../../platform/local-date.ts';

export const CLOCK_SKEW_MS = 2 * 60_000;

export interface EnteredTimeBounds {
  now: Date;
  /** The ticket's creation, or the event this one follows when that is later. */
  notBefore: Date;
  /** What `notBefore` is, for the message: the ticket's creation or the previous event. */
  notBeforeIs?: 'ticket_created' | 'previous_event';
}

/** Throws a field-level ValidationError (400) naming `path` when `at` is outside the bounds. */
export function checkEnteredTime(path: string, at: Date, bounds: EnteredTimeBounds): void {
  if (at.getTime() > bounds.now.getTime() + CLOCK_SKEW_MS) {
    throw new ValidationError([{ path, key: 'after_now' }]);
  }
  if (at.getTime() < bounds.notBefore.getTime()) {
    const key = bounds.notBeforeIs === 'previous_event' ? 'before_previous_event' : 'before_ticket_created';
    throw new ValidationError([{ path, key, params: { at: localDateTime(bounds.notBefore) } }]);
  }
}
