/**
 * Staff (ORG-1). Technicians also carry what dispatch needs (ORG-4, SAFE-2): the systems they can
 * service, certificates with expiry dates, safety-training validity and a skill level (labour rate).
 */
import type { StaffRole } from '../../wiring.ts';
import type { SystemType } from '../../tickets/index.ts';

export const CERTIFICATE_TYPES = ['electrician', 'work_at_height', 'fire_alarm', 'confined_space'] as const;
export type CertificateType = (typeof CERTIFICATE_TYPES)[number];

export const SKILL_LEVELS = ['junior', 'senior', 'expert'] as const;
export type SkillLevel = (typeof SKILL_LEVELS)[number];

export interface Certificate {
  type: CertificateType;
  number: string;
  /** Local date 'YYYY-MM-DD': valid through that day. */
  expiresOn: string;
}

export interface TechnicianProfile {
  skills: SystemType[];
  /**
   * Legacy: typed-in certificates and safety date of older records. Dispatch reads the certificate
   * records and derives safety training from the latest passed safety exam (lib/people).
   */
  certificates?: Certificate[];
  safetyTrainingValidUntil?: string;
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
