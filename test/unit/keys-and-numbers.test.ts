import { describe, expect, it } from 'vitest';
import { formatTicketNumber, localDayKey } from '../../lib/tickets/domain/ticket-number.ts';
import {
  STATUS_SHARDS,
  statusIndexKeys,
  statusShard,
  ticketEventKey,
  ticketKey,
  ticketNumberCounterKey,
  ticketNumberKey,
} from '../../lib/platform/store/keys.ts';

describe('key builders', () => {
  it('puts a ticket and its events in one partition, events after the ticket in time order', () => {
    const id = '0f8fad5b-d9cb-469f-a165-70867728950e';
    expect(ticketKey(id)).toEqual({ PK: `TICKET#${id}`, SK: 'TICKET' });
    const early = ticketEventKey(id, '2026-11-27T01:00:00.000Z', 'a');
    const late = ticketEventKey(id, '2026-11-27T02:00:00.000Z', 'b');
    expect(early.PK).toBe(ticketKey(id).PK);
    expect(early.SK < late.SK).toBe(true);
  });

  it('spreads a status over shards deterministically and sorts by creation time', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    const shards = new Set(ids.map(statusShard));
    expect(shards.size).toBe(STATUS_SHARDS);
    expect(statusShard(ids[7]!)).toBe(statusShard(ids[7]!));
    const keys = statusIndexKeys('received', ids[0]!, '2026-11-27T01:00:00.000Z');
    expect(keys.GSI1PK).toMatch(/^STATUS#received#[0-3]$/);
    expect(keys.GSI1SK).toBe(`2026-11-27T01:00:00.000Z#${ids[0]}`);
  });

  it('keys counters by local day and numbers by their text', () => {
    expect(ticketNumberCounterKey('20261127')).toEqual({ PK: 'COUNTER#TICKETNO#20261127', SK: 'COUNTER' });
    expect(ticketNumberKey('20261127-0007')).toEqual({ PK: 'TICKETNO#20261127-0007', SK: 'TICKETNO' });
  });
});

describe('ticket numbers', () => {
  it('uses the Asia/Shanghai day, not the UTC day', () => {
    // 2026-11-27 16:30 UTC is 2026-11-28 00:30 in Shanghai.
    expect(localDayKey(new Date('2026-11-27T16:30:00Z'))).toBe('20261128');
    expect(localDayKey(new Date('2026-11-27T15:59:59Z'))).toBe('20261127');
  });

  it('pads the sequence to four digits and grows past 9999', () => {
    expect(formatTicketNumber('20261127', 7)).toBe('20261127-0007');
    expect(formatTicketNumber('20261127', 12345)).toBe('20261127-12345');
    expect(() => formatTicketNumber('20261127', 0)).toThrow(RangeError);
  });
});
