/**
 * Staff (ORG-1). Technicians also carry what dispatch needs (ORG-4): the systems they can service, a
 * skill level (labour rate), their van and whether they lead the repair team. Certificates, safety
 * training and tools are records of their own (lib/people), never typed into the staff record.
 */
import type { StaffRole } from '../../wiring.ts';
import type { SystemType } from '../../tickets/index.ts';

export const CERTIFICATE_TYPES = ['electrician', 'work_at_height', 'fire_alarm', 'confined_space'] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

export const SKILL_LEVELS = ['junior', 'senior', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export interface TechnicianProfile {
  skills: SystemType[];
  skillLevel: SkillLevel;
  /** Stock location of the technician's van. */
  stockLocation: string;
  /** A repair-service lead may dispatch (propose, schedule, reschedule) like the manager. */
  lead: boolean;
}

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  phone?: string;
  roles: StaffRole[];
  active: boolean;
  technician?: TechnicianProfile;
}

export const vanLocation = (technicianId: string) => `van-${technicianId}`;
export const WAREHOUSE = 'warehouse';

/**
 * Need-to-know (CONF-2): the staff directory every role reads for names, groups and vans; contact
 * details only for the manager. Certificates are records of their own (lib/people), never listed here.
 */
export type DirectoryEntry = Omit<StaffMember, 'email' | 'phone'>;

export function directoryEntry(member: StaffMember, viewerRoles: readonly StaffRole[]): StaffMember | DirectoryEntry {
  if (viewerRoles.includes('manager')) return member;
  const { email: _email, phone: _phone, ...entry } = member;
  return entry;
}

/** Stock of a location: the store (technical support) and the manager see every location, a technician only their own van. */
export function mayViewStockAt(viewer: { id: string; roles: readonly StaffRole[] }, location: string): boolean {
  if (viewer.roles.includes('manager') || viewer.roles.includes('tech_support')) return true;
  return viewer.roles.includes('technician') && location === vanLocation(viewer.id);
}
