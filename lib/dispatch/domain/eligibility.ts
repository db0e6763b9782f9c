/**
 * Who may be sent (FLOW-3, SAFE-2, SAFE-3): a technician is eligible for a visit when active, skilled
 * in the device's system, holding the certificates the job requires valid on the visit date (the
 * certificate records), with safety training valid then (derived from the latest passed safety
 * exam), and holding an inspected, in-date tool of each kind the assessment lists. Eligible
 * technicians are ranked by fewest jobs that day, then name.
 */
import type { CertificateType, StaffMember } from '../../staff/index.ts';
import { toolProblem, type Readiness, type ToolKind } from '../../people/index.ts';
import type { SystemType } from '../../tickets/index.ts';

export type IneligibleReason =
  | { code: 'not_a_technician' }
  | { code: 'inactive' }
  | { code: 'missing_skill'; skill: SystemType }
  | { code: 'missing_certificate'; certificate: CertificateType }
  | { code: 'certificate_expired'; certificate: CertificateType; expiresOn: string }
  | { code: 'safety_training_expired'; validUntil: string }
  | { code: 'safety_training_missing' }
  | { code: 'tool_missing'; tool: ToolKind }
  | { code: 'tool_overdue' | 'tool_failed'; tool: ToolKind; assetNo: string; dueOn: string };

export interface Candidate {
  technicianId: string;
  name: string;
  eligible: boolean;
  reasons: IneligibleReason[];
  jobsThatDay: number;
}

export interface JobNeeds {
  skill: SystemType;
  certificates: CertificateType[];
  visitDate: string;
  /** Tool kinds the assessment lists (SAFE-3); none when absent. */
  tools?: ToolKind[];
}

const EMPTY_READINESS: Readiness = { certificates: [], tools: [] };

function toolReasons(readiness: Readiness, need: JobNeeds): IneligibleReason[] {
  return [...new Set(need.tools ?? [])].flatMap((kind): IneligibleReason[] => {
    const held = readiness.tools.filter((t) => t.kind === kind);
    if (!held.length) return [{ code: 'tool_missing', tool: kind }];
    if (held.some((t) => !toolProblem(t, need.visitDate))) return [];
    const first = held[0]!;
    return [{ code: toolProblem(first, need.visitDate)!, tool: kind, assetNo: first.assetNo, dueOn: first.nextDueOn }];
  });
}

export function eligibility(member: StaffMember, need: JobNeeds, readiness: Readiness = EMPTY_READINESS): IneligibleReason[] {
  const profile = member.technician;
  if (!member.roles.includes('technician') || !profile) return [{ code: 'not_a_technician' }];
  const reasons: IneligibleReason[] = [];
  if (!member.active) reasons.push({ code: 'inactive' });
  if (!profile.skills.includes(need.skill)) reasons.push({ code: 'missing_skill', skill: need.skill });
  for (const certificate of need.certificates) {
    const held = readiness.certificates.filter((c) => c.type === certificate).sort((a, b) => b.validUntil.localeCompare(a.validUntil))[0];
    if (!held) reasons.push({ code: 'missing_certificate', certificate });
    else if (held.validUntil < need.visitDate) reasons.push({ code: 'certificate_expired', certificate, expiresOn: held.validUntil });
  }
  if (!readiness.safetyValidUntil) reasons.push({ code: 'safety_training_missing' });
  else if (readiness.safetyValidUntil < need.visitDate) reasons.push({ code: 'safety_training_expired', validUntil: readiness.safetyValidUntil });
  reasons.push(...toolReasons(readiness, need));
  return reasons;
}

export function rankCandidates(technicians: StaffMember[], need: JobNeeds, jobsOn: (technicianId: string) => number, readinessOf: (technicianId: string) => Readiness | undefined = () => undefined): Candidate[] {
  return technicians
    .map((member) => {
      const reasons = eligibility(member, need, readinessOf(member.id));
      return { technicianId: member.id, name: member.name, eligible: reasons.length === 0, reasons, jobsThatDay: jobsOn(member.id) };
    })
    .sort((a, b) => Number(b.eligible) - Number(a.eligible) || a.jobsThatDay - b.jobsThatDay || a.name.localeCompare(b.name, 'zh-CN'));
}

/** Working at height, on mains power: the certificates a job needs follow from the assessment. */
export function requiredCertificates(assessment: { requiresWorkAtHeight?: boolean; requiresElectrician?: boolean }): CertificateType[] {
  return [...(assessment.requiresElectrician ? (['electrician'] as const) : []), ...(assessment.requiresWorkAtHeight ? (['work_at_height'] as const) : [])];
}
