import { describe, expect, it } from 'vitest';
import { eligibility, rankCandidates, requiredCertificates } from '../../lib/dispatch/domain/eligibility.ts';
import type { Readiness } from '../../lib/people/domain/people.ts';
import type { StaffMember } from '../../lib/staff/domain/staff.ts';

function technician(id: string, overrides: Partial<NonNullable<StaffMember['technician']>> = {}, member: Partial<StaffMember> = {}): StaffMember {
  return {
    id,
    name: id,
    email: `${id}@example.cn`,
    roles: ['technician'],
    active: true,
    technician: { skills: ['cctv', 'access_control'], skillLevel: 'senior', stockLocation: `van-${id}`, lead: false, ...overrides },
    ...member,
  };
}

/** Certificate records, safety validity derived from the exams, tools held (lib/people). */
function ready(overrides: Partial<Readiness> = {}): Readiness {
  return {
    certificates: [
      { type: 'electrician', number: 'E-1', validUntil: '2027-12-31' },
      { type: 'work_at_height', number: 'H-1', validUntil: '2026-12-01' },
    ],
    safetyValidUntil: '2027-06-30',
    tools: [
      { assetNo: 'MM-1', kind: 'multimeter', condition: 'ok', nextDueOn: '2027-01-31' },
      { assetNo: 'LAD-1', kind: 'ladder', condition: 'ok', nextDueOn: '2026-11-30' },
      { assetNo: 'LAD-2', kind: 'ladder', condition: 'ok', nextDueOn: '2027-03-31' },
    ],
    ...overrides,
  };
}

describe('dispatch eligibility', () => {
  const need = { skill: 'cctv' as const, certificates: requiredCertificates({ requiresWorkAtHeight: true, requiresElectrician: true }), visitDate: '2026-12-01' };

  it('needs the skill, every certificate record valid through the visit date, and safety training valid from a passed exam', () => {
    expect(eligibility(technician('ok'), need, ready())).toEqual([]);
    // A certificate valid through the visit day itself still counts; the day after it does not.
    expect(eligibility(technician('ok'), { ...need, visitDate: '2026-12-02' }, ready())).toEqual([{ code: 'certificate_expired', certificate: 'work_at_height', expiresOn: '2026-12-01' }]);
    // A renewed certificate beside the lapsed one counts.
    expect(eligibility(technician('ok'), { ...need, visitDate: '2026-12-02' }, ready({ certificates: [...ready().certificates, { type: 'work_at_height', number: 'H-2', validUntil: '2029-12-01' }] }))).toEqual([]);
    expect(eligibility(technician('pa', { skills: ['pa_broadcast'] }), need, ready())).toEqual([{ code: 'missing_skill', skill: 'cctv' }]);
    expect(eligibility(technician('nocert'), need, ready({ certificates: [] })).map((r) => r.code)).toEqual(['missing_certificate', 'missing_certificate']);
    expect(eligibility(technician('lapsed'), need, ready({ safetyValidUntil: '2026-11-30' }))).toEqual([{ code: 'safety_training_expired', validUntil: '2026-11-30' }]);
    const { safetyValidUntil: _none, ...noExam } = ready();
    expect(eligibility(technician('new'), need, noExam)).toEqual([{ code: 'safety_training_missing' }]);
    expect(eligibility(technician('gone', {}, { active: false }), need, ready())).toEqual([{ code: 'inactive' }]);
    expect(eligibility({ id: 'cs', name: 'cs', email: 'cs@example.cn', roles: ['customer_service'], active: true }, need)).toEqual([{ code: 'not_a_technician' }]);
  });

  it('needs an inspected, in-date tool of each kind the assessment lists (SAFE-3)', () => {
    const tools = { ...need, certificates: [], tools: ['multimeter', 'ladder'] as const };
    // One ladder is overdue, the other in date: the technician can go.
    expect(eligibility(technician('ok'), { ...tools, tools: [...tools.tools] }, ready())).toEqual([]);
    expect(eligibility(technician('ok'), { ...tools, tools: ['fusion_splicer'] }, ready())).toEqual([{ code: 'tool_missing', tool: 'fusion_splicer' }]);
    expect(eligibility(technician('ok'), { ...tools, tools: ['multimeter'], visitDate: '2027-02-01' }, ready({ safetyValidUntil: '2027-06-30' }))).toEqual([
      { code: 'tool_overdue', tool: 'multimeter', assetNo: 'MM-1', dueOn: '2027-01-31' },
    ]);
    expect(eligibility(technician('ok'), { ...tools, tools: ['multimeter'] }, ready({ tools: [{ assetNo: 'MM-1', kind: 'multimeter', condition: 'failed', nextDueOn: '2027-01-31' }] }))).toEqual([
      { code: 'tool_failed', tool: 'multimeter', assetNo: 'MM-1', dueOn: '2027-01-31' },
    ]);
  });

  it('asks only for the certificates the assessment calls for', () => {
    expect(requiredCertificates({})).toEqual([]);
    expect(requiredCertificates({ requiresElectrician: true })).toEqual(['electrician']);
  });

  it('ranks eligible technicians first, then by fewest jobs that day', () => {
    const jobs: Record<string, number> = { busy: 3, free: 0, lapsed: 0 };
    const ranked = rankCandidates(
      [technician('busy'), technician('lapsed'), technician('free')],
      need,
      (id) => jobs[id] ?? 0,
      (id) => ready(id === 'lapsed' ? { safetyValidUntil: '2025-01-01' } : {}),
    );
    expect(ranked.map((c) => [c.technicianId, c.eligible, c.jobsThatDay])).toEqual([
      ['free', true, 0],
      ['busy', true, 3],
      ['lapsed', false, 0],
    ]);
  });
});
