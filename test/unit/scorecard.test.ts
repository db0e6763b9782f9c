import { describe, expect, it } from 'vitest';
import { parseWith } from '../../lib/platform/http/validation.ts';
import { ValidationError } from '../../lib/platform/errors.ts';
import {
  DEFAULT_SCORECARD_CONFIG,
  computeScore,
  emptyFacts,
  factsAfter,
  gradeOf,
  previousQuarter,
  quarterDates,
  quarterFacts,
  scorecardConfigSchema,
  type PersonFacts,
} from '../../lib/people/domain/scorecard.ts';

const facts = (overrides: Partial<PersonFacts>): PersonFacts => ({ ...emptyFacts(), ...overrides });

describe('scorecards (TRAIN-2)', () => {
  it('attributes each fact to the people it names', () => {
    const byPerson = quarterFacts({
      people: [
        { id: 'tech', group: 'repair_service' },
        { id: 'agent', group: 'customer_service' },
      ],
      facts: [
        { kind: 'REPAIR', ticketId: 't1', technicianId: 'tech', completedAt: 'x', failedAgainAt: 'y' },
        { kind: 'REPAIR', ticketId: 't2', technicianId: 'tech', completedAt: 'x', failedAgainAt: 'y', withdrawnAt: 'z' },
        { kind: 'ARRIVAL', ticketId: 't1', technicianId: 'tech', arrivedAt: '1', lateMinutes: 12 },
        { kind: 'SATISFACTION', ticketId: 't1', satisfaction: 4, csAgentId: 'agent' },
        // A remote fix by the agent: counted once for them.
        { kind: 'SATISFACTION', ticketId: 't3', satisfaction: 2, technicianId: 'agent', csAgentId: 'agent' },
        { kind: 'INVESTIGATION', source: 'complaint', againstStaffId: 'tech', upheld: true },
        { kind: 'INVESTIGATION', source: 'complaint', againstStaffId: 'tech', upheld: false },
        { kind: 'INVESTIGATION', source: 'complaint', againstStaffId: 'tech' },
      ],
      timers: [
        { ticketId: 't1', state: 'met', responsibleGroup: 'repair_service' },
        { ticketId: 't1', state: 'breached', responsibleGroup: 'customer_service' },
        { ticketId: 't1', state: 'exempt', responsibleGroup: 'customer_service' },
        { ticketId: 't9', state: 'breached', responsibleGroup: 'repair_service' }, // nobody repaired or arrived: the group's only
      ],
      agents: new Map([['t1', 'agent']]),
      sessions: [
        { sessionId: '2026-11-01-abcdef', year: '2026', groups: ['repair_service'], topic: 'safety', title: 's', date: '2026-11-01', trainer: 'w', method: 'classroom', exam: { passMark: 60 }, createdAt: '', createdBy: '', results: [{ staffId: 'tech', attended: true, score: 59 }, { staffId: 'agent', attended: false }] },
      ],
    });
    expect(byPerson.get('tech')).toEqual({
      sla: { met: 1, breached: 0, exempt: 0, cancelled: 0 },
      arrivals: { total: 1, late: 1 },
      repairs: { total: 2, failedAgain: 1 },
      satisfaction: { answers: 1, sum: 4 },
      complaintsUpheld: 1,
      training: { sessions: 1, attended: 1 },
      exams: { sat: 1, passed: 0 },
    });
    expect(byPerson.get('agent')).toMatchObject({ sla: { met: 0, breached: 1, exempt: 1 }, satisfaction: { answers: 2, sum: 6 }, training: { sessions: 1, attended: 0 } });
  });

  it('weights the measured metrics of the group, grades by its bands, and never grades a small sample or no work', () => {
    const config = DEFAULT_SCORECARD_CONFIG;
    const good = facts({ sla: { met: 9, breached: 1, exempt: 2, cancelled: 0 }, satisfaction: { answers: 5, sum: 20 } });
    // Customer service: (SLA 90 x 35 + satisfaction 80 x 30 + complaints 100 x 15) / 80 = 88.125; no training measured.
    expect(computeScore(good, 'customer_service', config)).toMatchObject({ score: 88.1, grade: 'good', smallSample: false });
    const small = facts({ sla: { met: 1, breached: 0, exempt: 0, cancelled: 0 }, satisfaction: { answers: 2, sum: 2 } });
    const scored = computeScore(small, 'customer_service', config);
    expect(scored.metrics.find((m) => m.metric === 'satisfaction')).toEqual({ metric: 'satisfaction', score: 20, weight: 30, counted: false, smallSample: true });
    expect(scored).toMatchObject({ score: 100, grade: 'excellent', smallSample: true });
    // Only survey answers, and too few of them: shown, no grade on their own.
    expect(computeScore(facts({ satisfaction: { answers: 2, sum: 10 } }), 'repair_service', config)).toMatchObject({ score: null, grade: null, smallSample: true });
    expect(computeScore(emptyFacts(), 'tech_support', config)).toMatchObject({ score: null, grade: null });
  });

  it('puts a score in its band', () => {
    const bands = DEFAULT_SCORECARD_CONFIG.groups.repair_service.bands;
    expect([90, 89.9, 80, 79.9, 60, 59.9].map((s) => gradeOf(s, bands))).toEqual(['excellent', 'good', 'good', 'pass', 'pass', 'fail']);
  });

  it('refuses bands out of order and weights that are all zero, field by field', () => {
    const repair = DEFAULT_SCORECARD_CONFIG.groups.repair_service;
    const bad = {
      ...DEFAULT_SCORECARD_CONFIG,
      groups: {
        ...DEFAULT_SCORECARD_CONFIG.groups,
        repair_service: { ...repair, bands: { excellent: 80, good: 85, pass: 60 } },
        tech_support: { ...repair, weights: Object.fromEntries(Object.keys(repair.weights).map((k) => [k, 0])) },
      },
    };
    try {
      parseWith(scorecardConfigSchema, bad);
      expect.unreachable();
    } catch (error) {
      expect((error as ValidationError).fields).toEqual(
        expect.arrayContaining([
          { path: 'groups.repair_service.bands', key: 'bands_order' },
          { path: 'groups.tech_support.weights', key: 'weights_zero' },
        ]),
      );
      expect((error as ValidationError).fields).toHaveLength(2);
    }
  });

  it('shows what arrived after sign-off as differences of the counts', () => {
    const frozen = facts({ complaintsUpheld: 0, satisfaction: { answers: 3, sum: 12 } });
    expect(factsAfter(frozen, facts({ complaintsUpheld: 1, satisfaction: { answers: 4, sum: 17 } }))).toEqual({ complaintsUpheld: 1, 'satisfaction.answers': 1, 'satisfaction.sum': 5 });
    expect(factsAfter(frozen, frozen)).toEqual({});
  });

  it('knows quarters', () => {
    expect(previousQuarter('2027-Q1')).toBe('2026-Q4');
    expect(previousQuarter('2026-Q3')).toBe('2026-Q2');
    expect(quarterDates('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
    expect(quarterDates('2027-Q1')).toEqual({ from: '2027-01-01', to: '2027-03-31' });
  });
});
