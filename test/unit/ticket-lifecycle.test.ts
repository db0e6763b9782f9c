import { describe, expect, it } from 'vitest';
import { InvalidTransitionError } from '../../lib/platform/errors.ts';
import { TICKET_STATUSES, allowedNextStatuses, assertTransition, canTransition, isOpen } from '../../lib/tickets/domain/ticket.ts';

describe('ticket lifecycle', () => {
  it.each([
    ['received', 'triaged'],
    ['triaged', 'remote_resolution'],
    ['triaged', 'in_assessment'],
    ['remote_resolution', 'completed'],
    ['in_assessment', 'awaiting_dispatch'],
    ['awaiting_dispatch', 'scheduled'],
    ['scheduled', 'awaiting_dispatch'],
    ['in_assessment', 'remote_resolution'],
    ['scheduled', 'on_site'],
    ['on_site', 'completed'],
    ['on_site', 'scheduled'],
    ['completed', 'followed_up'],
    ['followed_up', 'settled'],
    ['settled', 'closed'],
    ['received', 'cancelled'],
  ] as const)('allows %s -> %s', (from, to) => {
    expect(canTransition(from, to)).toBe(true);
    expect(() => assertTransition(from, to)).not.toThrow();
  });

  it.each([
    ['received', 'completed'],
    ['received', 'on_site'],
    ['scheduled', 'completed'],
    ['in_assessment', 'scheduled'],
    ['completed', 'settled'],
    ['closed', 'received'],
    ['cancelled', 'triaged'],
    ['on_site', 'cancelled'],
    ['followed_up', 'closed'],
  ] as const)('refuses %s -> %s with the current status', (from, to) => {
    expect(canTransition(from, to)).toBe(false);
    const error = (() => {
      try {
        assertTransition(from, to);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(InvalidTransitionError);
    expect((error as InvalidTransitionError).currentStatus).toBe(from);
    expect((error as InvalidTransitionError).name).toBe('InvalidTransitionError');
  });

  it('has terminal states only at closed and cancelled, and every state reaches closed or cancelled', () => {
    const terminal = TICKET_STATUSES.filter((status) => allowedNextStatuses(status).length === 0);
    expect(terminal.sort()).toEqual(['cancelled', 'closed']);
    for (const start of TICKET_STATUSES) {
      const seen = new Set([start]);
      const queue = [start];
      while (queue.length) for (const next of allowedNextStatuses(queue.shift()!)) if (!seen.has(next)) (seen.add(next), queue.push(next));
      expect(seen.has('closed') || seen.has('cancelled'), start).toBe(true);
    }
    expect(isOpen('closed')).toBe(false);
    expect(isOpen('on_site')).toBe(true);
  });
});
