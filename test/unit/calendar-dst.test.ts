/**
 * Daylight-saving days, hand-computed. Europe/Berlin 2026: clocks jump 02:00 CET -> 03:00 CEST on
 * Sun 29 Mar (at 01:00Z) and fall back 03:00 CEST -> 02:00 CET on Sun 25 Oct (at 01:00Z).
 * America/New_York 2026: 02:00 EST -> 03:00 EDT on Sun 8 Mar (07:00Z), 02:00 EDT -> 01:00 EST on Sun 1 Nov (06:00Z).
 */
import { describe, expect, it } from 'vitest';
import { addWorkingMinutes, workingMinutesBetween, type Window, type WorkCalendar } from '../../lib/calendar/index.ts';

const everyDay = (timezone: string, windows: Window[]): WorkCalendar => ({
  timezone,
  week: { mon: windows, tue: windows, wed: windows, thu: windows, fri: windows, sat: windows, sun: windows },
});
const officeDays = (timezone: string, windows: Window[]): WorkCalendar => ({
  timezone,
  week: { mon: windows, tue: windows, wed: windows, thu: windows, fri: windows, sat: [], sun: [] },
});
const add = (cal: WorkCalendar, startIso: string, minutes: number): string =>
  addWorkingMinutes(cal, new Date(startIso), minutes).toISOString();
const between = (cal: WorkCalendar, fromIso: string, toIso: string): number =>
  workingMinutesBetween(cal, new Date(fromIso), new Date(toIso));

describe('Europe/Berlin', () => {
  const nights = everyDay('Europe/Berlin', [['01:00', '04:00']]);
  const office = officeDays('Europe/Berlin', [['09:00', '17:00']]);

  it('counts only real time in a window across the skipped hour (29 Mar 2026)', () => {
    // 01:00 CET = 00:00Z to 04:00 CEST = 02:00Z: the 3 wall-clock hours are 2 real hours
    expect(between(nights, '2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z')).toBe(120);
    // 01:30 CET (00:30Z) + 60: 30 min to 02:00 CET = 03:00 CEST (01:00Z), + 30 -> 03:30 CEST = 01:30Z
    expect(add(nights, '2026-03-29T00:30:00Z', 60)).toBe('2026-03-29T01:30:00.000Z');
  });

  it('maps a window starting inside the skipped hour to the real time after the jump', () => {
    // 02:30 does not exist on 29 Mar; the clock reads 02:30-05:00 only from 03:00 CEST (01:00Z) to 05:00 CEST (03:00Z)
    const cal = everyDay('Europe/Berlin', [['02:30', '05:00']]);
    expect(between(cal, '2026-03-28T12:00:00Z', '2026-03-29T12:00:00Z')).toBe(120);
    expect(add(cal, '2026-03-28T12:00:00Z', 0)).toBe('2026-03-29T01:00:00.000Z');
  });

  it('counts the repeated hour twice in a window across the fall-back (25 Oct 2026)', () => {
    // 01:00 CEST = 23:00Z (24 Oct) to 04:00 CET = 03:00Z: 4 real hours
    expect(between(nights, '2026-10-24T12:00:00Z', '2026-10-25T12:00:00Z')).toBe(240);
    // 01:30 CEST (23:30Z) + 120 real minutes -> 01:30Z, the second 02:30 (CET)
    expect(add(nights, '2026-10-24T23:30:00Z', 120)).toBe('2026-10-25T01:30:00.000Z');
  });

  it('moves office-hour windows with the offset', () => {
    // Fri 27 Mar 16:00 CET (15:00Z) + 120: 60 until 17:00 CET; Mon 30 Mar 09:00 CEST (07:00Z) + 60 -> 08:00Z
    expect(add(office, '2026-03-27T15:00:00Z', 120)).toBe('2026-03-30T08:00:00.000Z');
    // Fri 23 Oct 16:00 CEST (14:00Z) + 120: 60 until 17:00; Mon 26 Oct 09:00 CET (08:00Z) + 60 -> 09:00Z
    expect(add(office, '2026-10-23T14:00:00Z', 120)).toBe('2026-10-26T09:00:00.000Z');
  });
});

describe('America/New_York', () => {
  const always = everyDay('America/New_York', [['00:00', '24:00']]);
  const office = officeDays('America/New_York', [['09:00', '17:00']]);

  it('has a 23-hour and a 25-hour day in a 24x7 calendar', () => {
    // Sun 8 Mar 00:00 EST (05:00Z) -> Mon 9 Mar 00:00 EDT (04:00Z) = 23 h
    expect(between(always, '2026-03-08T05:00:00Z', '2026-03-09T04:00:00Z')).toBe(23 * 60);
    // Sun 1 Nov 00:00 EDT (04:00Z) -> Mon 2 Nov 00:00 EST (05:00Z) = 25 h
    expect(between(always, '2026-11-01T04:00:00Z', '2026-11-02T05:00:00Z')).toBe(25 * 60);
    // 01:30 EST (06:30Z) + 60 real minutes -> 07:30Z = 03:30 EDT
    expect(add(always, '2026-03-08T06:30:00Z', 60)).toBe('2026-03-08T07:30:00.000Z');
  });

  it('moves office-hour windows with the offset', () => {
    // Fri 6 Mar 16:00 EST (21:00Z) + 120: 60 until 17:00 EST; Mon 9 Mar 09:00 EDT (13:00Z) + 60 -> 14:00Z
    expect(add(office, '2026-03-06T21:00:00Z', 120)).toBe('2026-03-09T14:00:00.000Z');
    // Fri 6 Mar 09:00 EST (14:00Z) -> Mon 9 Mar 17:00 EDT (21:00Z): two full days
    expect(between(office, '2026-03-06T14:00:00Z', '2026-03-09T21:00:00Z')).toBe(960);
  });
});

describe('America/Santiago (clocks change at local midnight)', () => {
  const lateEvenings = everyDay('America/Santiago', [['22:00', '24:00']]);

  it('counts the repeated 23:00-24:00 of Sat 4 Apr 2026 twice', () => {
    // 22:00 -03 is 01:00Z; at 03:00Z (midnight -03) the clock goes back to 23:00 -04 and reaches
    // midnight again at 04:00Z: 22:00-24:00 local covers 01:00Z-04:00Z, 3 real hours
    expect(between(lateEvenings, '2026-04-04T12:00:00Z', '2026-04-05T12:00:00Z')).toBe(180);
    // 23:30 -03 (02:30Z) + 60 real minutes -> 03:30Z, the second 23:30 (-04)
    expect(add(lateEvenings, '2026-04-05T02:30:00Z', 60)).toBe('2026-04-05T03:30:00.000Z');
  });
});
