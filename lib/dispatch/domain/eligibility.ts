/**
 * Who may be sent (FLOW-3, SAFE-2): a technician is eligible for a visit when active, skilled in the
 * device's system, holding the certificates the job requires valid on the visit date, and with
 * valid safety training. Eligible technicians are ranked by fewest jobs that day, then name.
 */
import type { CertificateType, StaffMember } from '../../staff/index.ts';
import type { SystemType } from '../../tickets/index.ts';

export type IneligibleReason =
  | { code: 'not_a_technician' }
  | { code: 'inactive' }
  | { code: 'missing_skill'; skill: SystemType }
  | { code: 'missing_certificate'; certificate: CertificateType }
  | { code: 'certificate_expired'; certificate: CertificateType; expiresOn: string }
  | { code: 'safety_training_expired'; validUntil: string };

export interface Candidate {
  technicianId: string;
  name: string;
  eligible: boolean;
  reasons: IneligibleReason[];
  jobsThatDay: number;
}

export function eligibility(member: StaffMember, need: { skill: SystemType; certificates: CertificateType[]; visitDate: string }): IneligibleReason[] {
  const profile = member.technician;
  if (!member.roles.includes('technician') || !profile) return [{ code: 'not_a_technician' }];
  const reasons: IneligibleReason[] = [];
  if (!member.active) reasons.push({ code: 'inactive' });
  if (!profile.skills.includes(need.skill)) reasons.push({ code: 'missing_skill', skill: need.skill });
  for (const certificate of need.certificates) {
    const held = profile.certificates.find((c) => c.type === certificate);
    if (!held) reasons.push({ code: 'missing_certificate', certificate });
    else if (held.expiresOn < need.visitDate) reasons.push({ code: 'certificate_expired', certificate, expiresOn: held.expiresOn });
  }
  if (profile.safetyTrainingValidUntil < need.visitDate) reasons.push({ code: 'safety_training_expired', validUntil: profile.safetyTrainingValidUntil });
  return reasons;
}

export function rankCandidates(
  technicians: StaffMember[],
  need: { skill: SystemType; certificates: CertificateType[]; visitDate: string },
  jobsOn: (technicianId: string) => number,
): Candidate[] {
  return technicians
    .map((member) => {
      const reasons = eligibility(member, need);
      return { technicianId: member.id, name: member.name, eligible: reasons.length === 0, reasons, jobsThatDay: jobsOn(member.id) };
    })
    .sort((a, b) => Number(b.eligible) - Number(a.eligible) || a.jobsThatDay - b.jobsThatDay || a.name.localeCompare(b.name, 'zh-CN'));
}

/** Working at height, on mains power: the certificates a job needs follow from the assessment. */
export function requiredCertificates(assessment: { requiresWorkAtHeight?: boolean; requiresElectrician?: boolean }): CertificateType[] {
  return [...(assessment.requiresElectrician ? (['electrician'] as const) : []), ...(assessment.requiresWorkAtHeight ? (['work_at_height'] as const) : [])];
}
