import { describe, expect, it } from 'vitest';
import { assignTimer } from '../../lib/sla/domain/sla-timer.ts';
import { addMonths, afterInspection, certificateReminder, safetyValidUntil, toolProblem, trainingRecord, type Tool, type TrainingRecord, type TrainingSession } from '../../lib/people/domain/people.ts';

const record = (date: string, topic: TrainingRecord['topic'], passed?: boolean): TrainingRecord => ({
  staffId: 'x',
  sessionId: `${date}-abcdef`,
  date,
  topic,
  title: 't',
  attended: true,
  ...(passed === undefined ? {} : { score: passed ? 80 : 40, passMark: 60, passed }),
});

describe('people rules', () => {
  it('adds months to a local date, clamped to the month end', () => {
    expect(addMonths('2026-03-12', 12)).toBe('2027-03-12');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
  });

  it('derives safety-training validity from the latest passed safety exam only (SAFE-2)', () => {
    expect(safetyValidUntil([], 12)).toBeUndefined();
    expect(safetyValidUntil([record('2026-03-12', 'safety', false), record('2026-04-01', 'communication', true)], 12)).toBeUndefined();
    expect(safetyValidUntil([record('2025-03-12', 'safety', true), record('2026-03-12', 'safety', true), record('2026-09-01', 'safety', false)], 12)).toBe('2027-03-11');
    expect(safetyValidUntil([record('2026-03-12', 'safety', true)], 24)).toBe('2028-03-11');
  });

  it('scores an exam against its pass mark, only for those who attended', () => {
    const session: TrainingSession = { sessionId: '2026-05-01-abcdef', year: '2026', groups: ['repair_service'], topic: 'safety', title: 't', date: '2026-05-01', trainer: 'w', method: 'classroom', exam: { passMark: 60 }, createdAt: '', createdBy: '' };
    expect(trainingRecord(session, { staffId: 'a', attended: true, score: 60 })).toMatchObject({ passed: true, score: 60, passMark: 60 });
    expect(trainingRecord(session, { staffId: 'a', attended: true, score: 59 })).toMatchObject({ passed: false });
    expect(trainingRecord(session, { staffId: 'a', attended: false })).not.toHaveProperty('passed');
  });

  it('reminds of a certificate 30 days and then 7 days before it expires, never after', () => {
    const cert = { validUntil: '2026-12-31' };
    expect(certificateReminder(cert, '2026-11-30', [30, 7])).toBeUndefined();
    expect(certificateReminder(cert, '2026-12-01', [30, 7])).toBe(30);
    expect(certificateReminder(cert, '2026-12-23', [30, 7])).toBe(30);
    expect(certificateReminder(cert, '2026-12-24', [30, 7])).toBe(7);
    expect(certificateReminder(cert, '2026-12-31', [30, 7])).toBe(7);
    expect(certificateReminder(cert, '2027-01-01', [30, 7])).toBeUndefined();
  });

  it('keeps a failed or overdue tool off jobs; an inspection moves the due date on (SAFE-3)', () => {
    const tool: Tool = { assetNo: 'MM-1', kind: 'multimeter', name: 'm', holder: 'h', inspectionIntervalDays: 180, condition: 'ok', nextDueOn: '2026-12-01', updatedAt: '', version: 1 };
    expect(toolProblem(tool, '2026-12-01')).toBeUndefined();
    expect(toolProblem(tool, '2026-12-02')).toBe('tool_overdue');
    const failed = afterInspection(tool, { date: '2026-11-20', result: 'fail' }, 'now');
    expect(toolProblem(failed, '2026-11-21')).toBe('tool_failed');
    const passed = afterInspection(failed, { date: '2026-11-25', result: 'pass' }, 'now');
    expect(passed).toMatchObject({ condition: 'ok', lastInspectedOn: '2026-11-25', nextDueOn: '2027-05-24' });
  });
});

describe('attribution of SLA timers', () => {
  it('names the person once, unless the work moves to another', () => {
    const timer = { ticketId: 't', kind: 'on_site', state: 'met', responsibleGroup: 'repair_service' } as unknown as Parameters<typeof assignTimer>[0];
    expect(assignTimer(timer, undefined)).toBe(timer);
    const named = assignTimer(timer, 'chen');
    expect(named.assignee).toBe('chen');
    expect(assignTimer(named, 'liu').assignee).toBe('chen');
    expect(assignTimer(named, 'liu', true).assignee).toBe('liu');
  });
});
