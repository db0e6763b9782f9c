/**
 * Follow-up (FLOW-4, STD-3): after completion the customer gets a survey (one working day later by
 * default, a signed link, answerable once); unanswered, a call task appears for customer service.
 * Either answer records satisfaction and whether the equipment works; a low score or equipment
 * not working opens an investigation (and, for equipment not working, a rework ticket).
 */
import type { FollowUpSettings } from '../../sla/index.ts';

export type FollowUpState = 'scheduled' | 'surveyed' | 'call_task' | 'done';
export type FollowUpAction = 'send_survey' | 'open_call_task';

export interface FollowUp {
  ticketId: string;
  ticketNumber: string;
  state: FollowUpState;
  completedAt: string;
  /** Who fixed it (the technician, or customer service for a remote fix): the survey answer counts for them. */
  repairedBy?: string;
  /** When the follow-up sweep acts next, and what it does then. */
  nextActionAt?: string;
  nextAction?: FollowUpAction;
  surveySentAt?: string;
  surveyExpiresAt?: string;
  callTaskOpenedAt?: string;
  outcome?: FollowUpOutcome;
  version: number;
}

export interface FollowUpOutcome {
  satisfaction: number;
  equipmentWorking: boolean;
  comment?: string;
  via: 'survey' | 'phone';
  recordedAt: string;
  recordedBy: string;
}

export function needsInvestigation(outcome: Pick<FollowUpOutcome, 'satisfaction' | 'equipmentWorking'>, settings: FollowUpSettings): boolean {
  return outcome.satisfaction <= settings.lowSatisfactionThreshold || !outcome.equipmentWorking;
}

export type InvestigationStatus = 'open' | 'outcome_pending_approval' | 'closed';

export interface Investigation {
  investigationId: string;
  ticketId: string;
  ticketNumber: string;
  source: 'survey' | 'phone' | 'complaint';
  trigger: { satisfaction?: number; equipmentWorking?: boolean; comment?: string; complaint?: string };
  assignedTo: 'manager';
  status: InvestigationStatus;
  openedAt: string;
  /** Local date by which the corrective action is due. */
  dueDate: string;
  reworkTicketId?: string;
  rootCause?: string;
  correctiveMeasures?: string;
  owner?: string;
  customerMessage?: string;
  approvedBy?: string;
  approvedAt?: string;
  closedAt?: string;
  /** A complaint against a person (TRAIN-2): named when registered or by the manager's analysis; counts once upheld. */
  againstStaffId?: string;
  /** The manager's finding: the complaint is justified (counts against `againstStaffId`) or not. */
  upheld?: boolean;
  version: number;
}

export { quarterOf } from '../../platform/local-date.ts';

export function isOverdue(investigation: Investigation, today: string): boolean {
  return investigation.status !== 'closed' && investigation.dueDate < today;
}
