/**
 * The on-site work order (FLOW-3): one per visit. It is scheduled with a technician and a visit
 * window agreed with the customer, then goes through the pre-job safety check (SAFE-3), check-in,
 * diagnosis and work, parts used, tests, and the customer's sign-off.
 */
import type { PartUse, Reservation } from '../../parts/index.ts';

export const JOB_STATUSES = ['scheduled', 'on_site', 'completed', 'cancelled'] as const;
export type JobStatus = (typeof JOB_STATUSES)[number];

export interface VisitWindow {
  from: string;
  to: string;
}

export interface SafetyCheckItem {
  item: string;
  ok: boolean;
  note?: string;
}

/** A registered tool checked before the job (SAFE-3), as the register stood then. */
export interface CheckedTool {
  assetNo: string;
  kind: string;
  nextDueOn: string;
  condition: 'ok' | 'failed';
  inDate: boolean;
}

export interface SafetyCheck {
  at: string;
  by: string;
  items: SafetyCheckItem[];
  /** The registered tools checked (absent on checks recorded before the register). */
  tools?: CheckedTool[];
  passed: boolean;
}

export interface SignOff {
  signerName: string;
  signedAt: string;
  /** Item key of the signature image (PNG), stored beside the job. */
  signatureRef: string;
  signatureBytes: number;
}

export interface Job {
  jobId: string;
  ticketId: string;
  ticketNumber: string;
  technicianId: string;
  status: JobStatus;
  window: VisitWindow;
  /** Local date (Asia/Shanghai) of the visit, for the technician's day list. */
  visitDate: string;
  agreedCompletionBy?: string;
  plan: string;
  partsToTake: Reservation[];
  reschedules: Array<{ at: string; by: string; reason: string; from: VisitWindow; to: VisitWindow; fromTechnicianId: string; toTechnicianId: string }>;
  safetyChecks: SafetyCheck[];
  checkIn?: { at: string; latitude?: number; longitude?: number; punctuality?: Punctuality };
  diagnosis?: string;
  workDone?: string;
  partsUsed: PartUse[];
  testResult?: string;
  usageNotes?: string;
  signOff?: SignOff;
  completedAt?: string;
  cancelled?: { at: string; by: string; reason: string };
  createdAt: string;
  version: number;
}

/** The standard pre-job checklist (SAFE-3); a technician may add items, never drop these. */
export const STANDARD_SAFETY_CHECKLIST = [
  'insulated_tools',
  'multimeter_calibrated',
  'ladder_or_platform',
  'ppe_helmet_gloves',
  'cable_tester',
  'spare_parts_checked',
] as const;

export function latestSafetyCheckPassed(job: Job): boolean {
  const latest = job.safetyChecks[job.safetyChecks.length - 1];
  return latest?.passed === true;
}

/**
 * Arrival against the window agreed with the customer: early or inside it is on time; after it, late
 * by whole minutes (under a minute after the window's end counts as on time).
 */
export interface Punctuality {
  insideWindow: boolean;
  lateMinutes: number;
}

export function punctualityOf(window: { from: string; to: string }, arrivedAt: Date): Punctuality {
  const at = arrivedAt.getTime();
  const lateMs = at - new Date(window.to).getTime();
  return { insideWindow: at >= new Date(window.from).getTime() && lateMs <= 0, lateMinutes: lateMs > 0 ? Math.floor(lateMs / 60_000) : 0 };
}
