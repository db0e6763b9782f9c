import { describe, expect, it } from 'vitest';
import { punctualityOf } from '../../lib/dispatch/domain/job.ts';
import { checkEnteredTime, decideRework, withinWarranty, ReworkJudgementError } from '../../lib/tickets/index.ts';
import { ValidationError } from '../../lib/platform/errors.ts';
import { deviceIdentityKey } from '../../lib/platform/store/keys.ts';

const window = { from: '2026-11-10T01:00:00.000Z', to: '2026-11-10T03:00:00.000Z' }; // 09:00-11:00 Shanghai

describe('punctuality against the agreed window', () => {
  it('is on time early or inside the window, late by whole minutes after it', () => {
    expect(punctualityOf(window, new Date('2026-11-10T00:40:00Z'))).toEqual({ insideWindow: false, lateMinutes: 0 });
    expect(punctualityOf(window, new Date('2026-11-10T02:00:00Z'))).toEqual({ insideWindow: true, lateMinutes: 0 });
    expect(punctualityOf(window, new Date('2026-11-10T03:00:00Z'))).toEqual({ insideWindow: true, lateMinutes: 0 });
    expect(punctualityOf(window, new Date('2026-11-10T03:00:59Z'))).toEqual({ insideWindow: false, lateMinutes: 0 });
    expect(punctualityOf(window, new Date('2026-11-10T03:25:30Z'))).toEqual({ insideWindow: false, lateMinutes: 25 });
  });
});

describe('times staff enter', () => {
  const bounds = { now: new Date('2026-11-10T02:00:00Z'), notBefore: new Date('2026-11-10T01:00:00Z') };
  it('accepts the span from the ticket to now, with two minutes of skew', () => {
    expect(() => checkEnteredTime('contactedAt', new Date('2026-11-10T01:00:00Z'), bounds)).not.toThrow();
    expect(() => checkEnteredTime('contactedAt', new Date('2026-11-10T02:02:00Z'), bounds)).not.toThrow();
  });
  it('names the field and the bound it crossed', () => {
    const refusal = (at: string, notBeforeIs?: 'previous_event') => {
      try {
        checkEnteredTime('customerToldAt', new Date(at), { ...bounds, ...(notBeforeIs ? { notBeforeIs } : {}) });
      } catch (error) {
        return (error as ValidationError).fields;
      }
      return undefined;
    };
    expect(refusal('2026-11-10T02:02:01Z')).toEqual([{ path: 'customerToldAt', key: 'after_now' }]);
    expect(refusal('2026-11-10T00:59:59Z')).toEqual([{ path: 'customerToldAt', key: 'before_ticket_created', params: { at: '2026-11-10 09:00' } }]);
    expect(refusal('2026-11-10T00:59:59Z', 'previous_event')).toEqual([{ path: 'customerToldAt', key: 'before_previous_event', params: { at: '2026-11-10 09:00' } }]);
  });
});

describe('the repair warranty (STD-4b), judged', () => {
  const repairedAt = '2026-08-12T02:00:00.000Z';
  it('covers 90 days to the minute, not a minute more', () => {
    const day90 = new Date(new Date(repairedAt).getTime() + 90 * 86_400_000);
    expect(withinWarranty(repairedAt, day90, 90)).toBe(true);
    expect(withinWarranty(repairedAt, new Date(day90.getTime() + 60_000), 90)).toBe(false);
    expect(withinWarranty(repairedAt, new Date('2026-08-12T01:59:00Z'), 90)).toBe(false); // before the repair
  });

  it('needs a decision; a second one only from the manager, recorded as an override', () => {
    const ticket = { status: 'received' as const, rework: { ofTicketId: 't0', ofTicketNumber: '20260812-0001', repairedAt, judgement: 'suspected' as const } };
    const decision = (d: 'confirmed' | 'rejected', by = 'tech') => ({ decision: d, reason: 'r', by, at: '2026-11-10T02:00:00.000Z' });
    const confirmed = decideRework(ticket, decision('confirmed'), false);
    expect(confirmed.judgement).toBe('confirmed');
    expect(() => decideRework({ ...ticket, rework: confirmed }, decision('rejected'), false)).toThrow(ReworkJudgementError);
    expect(() => decideRework({ ...ticket, rework: confirmed }, decision('confirmed', 'mgr'), true)).toThrow(ReworkJudgementError);
    const overridden = decideRework({ ...ticket, rework: confirmed }, decision('rejected', 'mgr'), true);
    expect(overridden.decisions!.map((d) => [d.decision, d.by, d.override])).toEqual([
      ['confirmed', 'tech', false],
      ['rejected', 'mgr', true],
    ]);
    expect(() => decideRework({ status: 'received', rework: undefined }, decision('confirmed'), false)).toThrow(ReworkJudgementError);
    expect(() => decideRework({ ...ticket, status: 'followed_up' }, decision('confirmed'), false)).toThrow(ReworkJudgementError);
  });

  it('knows a device by serial, else by where it is (spaces, punctuation and case aside)', () => {
    expect(deviceIdentityKey({ system: 'cctv', serial: ' sn-1 ' }, 'anywhere')).toEqual({ PK: 'DEVICE#cctv#SN-1', SK: 'DEVICE' });
    const here = deviceIdentityKey({ system: 'intercom', location: '3 号楼 大堂' }, '上海市静安区共和新路 1 号');
    expect(deviceIdentityKey({ system: 'intercom', location: '3号楼大堂' }, '上海市静安区共和新路1号。')).toEqual(here);
    expect(deviceIdentityKey({ system: 'intercom', location: '4号楼大堂' }, '上海市静安区共和新路1号')).not.toEqual(here);
    expect(deviceIdentityKey({ system: 'cctv', location: '3号楼大堂' }, '上海市静安区共和新路1号').PK).not.toBe(here.PK);
  });
});
