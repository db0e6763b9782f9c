import { describe, expect, it } from 'vitest';
import { eligibility, rankCandidates, requiredCertificates } from '../../lib/dispatch/domain/eligibility.ts';
import type { StaffMember } from '../../lib/staff/domain/staff.ts';

function technician(id: string, overrides: Partial<NonNullable<StaffMember['technician']>> = {}, member: Partial<StaffMember> = {}): StaffMember {
  return {
    id,
    name: id,
    email: `${id}@example.cn`,
    roles: ['technician'],
    active: true,
    technician: {
      skills: ['cctv', 'access_control'],
      certificates: [
        { type: 'electrician', number: 'E-1', expiresOn: '2027-12-31' },
        { type: 'work_at_height', number: 'H-1', expiresOn: '2026-12-01' },
      ],
      safetyTrainingValidUntil: '2027-06-30',
      skillLevel: 'senior',
      stockLocation: `van-${id}`,
      lead: false,
      ...overrides,
    },
    ...member,
  };
}

describe('dispatch eligibility', () => {
  const need = { skill: 'cctv' as const, certificates: requiredCertificates({ requiresWorkAtHeight: true, requiresElectrician: true }), visitDate: '2026-12-01' };

  it('needs the skill, every certificate valid through the visit date, and valid safety training', () => {
    expect(eligibility(technician('ok'), need)).toEqual([]);
    // A certificate valid through the visit day itself still counts; the day after it does not.
    expect(eligibility(technician('ok'), { ...need, visitDate: '2026-12-02' })).toEqual([{ code: 'certificate_expired', certificate: 'work_at_height', expiresOn: '2026-12-01' }]);
    expect(eligibility(technician('pa', { skills: ['pa_broadcast'] }), need)).toEqual([{ code: 'missing_skill', skill: 'cctv' }]);
    expect(eligibility(technician('nocert', { certificates: [] }), need).map((r) => r.code)).toEqual(['missing_certificate', 'missing_certificate']);
    expect(eligibility(technician('lapsed', { safetyTrainingValidUntil: '2026-11-30' }), need)).toEqual([{ code: 'safety_training_expired', validUntil: '2026-11-30' }]);
    expect(eligibility(technician('gone', {}, { active: false }), need)).toEqual([{ code: 'inactive' }]);
    expect(eligibility({ id: 'cs', name: 'cs', email: 'cs@example.cn', roles: ['customer_service'], active: true }, need)).toEqual([{ code: 'not_a_technician' }]);
  });

  it('asks only for the certificates the assessment calls for', () => {
    expect(requiredCertificates({})).toEqual([]);
    expect(requiredCertificates({ requiresElectrician: true })).toEqual(['electrician']);
  });

  it('ranks eligible technicians first, then by fewest jobs that day', () => {
    const jobs: Record<string, number> = { busy: 3, free: 0, lapsed: 0 };
    const ranked = rankCandidates(
      [technician('busy'), technician('lapsed', { safetyTrainingValidUntil: '2025-01-01' }), technician('free')],
      need,
      (id) => jobs[id] ?? 0,
    );
    expect(ranked.map((c) => [c.technicianId, c.eligible, c.jobsThatDay])).toEqual([
      ['free', true, 0],
      ['busy', true, 3],
      ['lapsed', false, 0],
    ]);
  });
});
