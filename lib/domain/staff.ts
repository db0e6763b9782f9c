/** A staff member (ORG-1): manager, customer service, technical support, technician, finance. */
import type { StaffRole } from '../wiring.ts';

export interface StaffMember {
  id: string;
  name: string;
  email: string;
  roles: StaffRole[];
  active: boolean;
}
