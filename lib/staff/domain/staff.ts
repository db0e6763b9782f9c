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
