import { describe, expect, it } from 'vitest';
import { computeQualityFigures, computeSlaFigures, targetCrossings } from '../../lib/followup/usecases/quality.ts';
import { needsInvestigation, quarterOf } from '../../lib/followup/domain/follow-up.ts';
import { DEFAULT_FOLLOW_UP_SETTINGS } from '../../lib/sla/domain/service-standards.ts';

const repair = (id: string, technicianId: string, failedAgain = false) => ({ kind: 'REPAIR', ticketId: id, technicianId, completedAt: '2026-11-02T03:00:00Z', ...(failedAgain ? { failedAgainAt: '2026-11-20T03:00:00Z' } : {}) });

describe('quality figures (STD-4a, satisfaction, investigations)', () => {
  it('computes the repeat-failure rate overall and per technician against the 2 % target', () => {
    const facts = [
      ...Array.from({ length: 48 }, (_, i) => repair(`a${i}`, 'chen')),
      repair('a48', 'chen', true),
      repair('b1', 'liu', true),
      { kind: 'REPAIR', ticketId: 'orphan', failedAgainAt: '2026-11-20T00:00:00Z' }, // a rework mark without its repair fact: not counted
    ];
    const figures = computeQualityFigures('2026-Q4', facts, '2026-11-27');
    expect(figures.repeatFailure).toMatchObject({ repairs: 50, failedAgain: 2, rate: 0.04, met: false });
    expect(figures.repeatFailure.perTechnician).toEqual(
      expect.arrayContaining([
        { technicianId: 'chen', repairs: 49, failedAgain: 1, rate: 0.0204, met: false },
        { technicianId: 'liu', repairs: 1, failedAgain: 1, rate: 1, met: false },
      ]),
    );
    expect(computeQualityFigures('2026-Q4', facts.slice(0, 48), '2026-11-27').repeatFailure).toMatchObject({ rate: 0, met: true });
  });

  it('leaves out a rework mark the manager withdrew, and uses the configured target; crossings are keyed per quarter and level', () => {
    const facts = [...Array.from({ length: 48 }, (_, i) => repair(`a${i}`, 'chen')), repair('a48', 'chen', true), { ...repair('b1', 'liu', true), withdrawnAt: '2026-11-21T00:00:00Z' }];
    const strict = computeQualityFigures('2026-Q4', facts, '2026-11-27');
    expect(strict.repeatFailure).toMatchObject({ repairs: 50, failedAgain: 1, rate: 0.02, target: 0.02, met: true });
    expect(targetCrossings(strict)).toEqual([{ key: 'quality:2026-Q4:technician:chen', technicianId: 'chen', repairs: 49, failedAgain: 1, rate: 0.0204 }]);
    const lenient = computeQualityFigures('2026-Q4', facts, '2026-11-27', 0.05);
    expect(lenient.repeatFailure.target).toBe(0.05);
    expect(targetCrossings(lenient)).toEqual([]);
  });

  it('counts each settled timer generation of the quarter per promise: exempt and cancelled shown, not counted', () => {
    const sla = computeSlaFigures([
      { kind: 'agreed_completion', state: 'breached' },
      { kind: 'agreed_completion', state: 'met', generation: 2 },
      { kind: 'agreed_completion', state: 'cancelled', generation: 3 },
      { kind: 'first_contact', state: 'met' },
      { kind: 'first_contact', state: 'exempt' },
    ]);
    expect(sla).toEqual({
      met: 2,
      breached: 1,
      metRate: 0.6667,
      kinds: [
        { kind: 'agreed_completion', met: 1, breached: 1, exempt: 0, cancelled: 1, laterGenerations: 2, metRate: 0.5 },
        { kind: 'first_contact', met: 1, breached: 0, exempt: 1, cancelled: 0, laterGenerations: 0, metRate: 1 },
      ],
    });
    expect(computeSlaFigures([]).metRate).toBeNull();
  });

  it('averages satisfaction, shows the distribution and counts open, closed and overdue investigations', () => {
    const facts = [
      { kind: 'SATISFACTION', satisfaction: 5, equipmentWorking: true },
      { kind: 'SATISFACTION', satisfaction: 4, equipmentWorking: true },
      { kind: 'SATISFACTION', satisfaction: 1, equipmentWorking: false },
      { kind: 'INVESTIGATION', source: 'survey', dueDate: '2026-11-20' },
      { kind: 'INVESTIGATION', source: 'complaint', dueDate: '2026-12-20' },
      { kind: 'INVESTIGATION', source: 'phone', dueDate: '2026-11-01', closedAt: '2026-11-05T00:00:00Z' },
    ];
    const figures = computeQualityFigures('2026-Q4', facts, '2026-11-27');
    expect(figures.satisfaction).toEqual({ responses: 3, average: 3.33, distribution: { 1: 1, 2: 0, 3: 0, 4: 1, 5: 1 }, equipmentNotWorking: 1 });
    expect(figures.investigations).toEqual({ opened: 3, closed: 1, overdue: 1, complaints: 1 });
    expect(computeQualityFigures('2026-Q4', [], '2026-11-27').satisfaction.average).toBeNull();
  });

  it('opens an investigation at or below the threshold or when the equipment is not working', () => {
    expect(needsInvestigation({ satisfaction: 2, equipmentWorking: true }, DEFAULT_FOLLOW_UP_SETTINGS)).toBe(true);
    expect(needsInvestigation({ satisfaction: 3, equipmentWorking: true }, DEFAULT_FOLLOW_UP_SETTINGS)).toBe(false);
    expect(needsInvestigation({ satisfaction: 5, equipmentWorking: false }, DEFAULT_FOLLOW_UP_SETTINGS)).toBe(true);
    expect([quarterOf('2026-01-01'), quarterOf('2026-03-31'), quarterOf('2026-04-01'), quarterOf('2026-12-31')]).toEqual(['2026-Q1', '2026-Q1', '2026-Q2', '2026-Q4']);
  });
});
