/**
 * People (ORG-2, TRAIN-1, SAFE-2, SAFE-3): certificates as records, the yearly training plan with
 * its sessions, attendance and exams, and the tool register with its inspections. Pure rules: what a
 * certificate reminder is due, how long safety training is valid, whether a tool may go on a job.
 */
import * as z from 'zod/mini';
import { meta } from '../../platform/schema-meta.ts';
import { CERTIFICATE_TYPES } from '../../staff/index.ts';

// An exported schema that calls more than zod's constructors (a check, `.apply(meta())`, a helper) is
// built inside a /* @__PURE__ */ arrow, so that a function's bundle keeps only the schemas it uses
// (lib/platform/schema-meta.ts says why).

/** The policy's three groups (ORG-1); the manager plans training for each. */
export const STAFF_GROUPS = ['customer_service', 'tech_support', 'repair_service'] as const;
export type StaffGroup = (typeof STAFF_GROUPS)[number];

/** Any certificate the company tracks: the ones dispatch asks for, and "other" with a name. */
export const CERTIFICATE_RECORD_TYPES = [...CERTIFICATE_TYPES, 'other'] as const;
export type CertificateRecordType = (typeof CERTIFICATE_RECORD_TYPES)[number];

export interface CertificateRecord {
  certId: string;
  staffId: string;
  type: CertificateRecordType;
  /** The certificate's own name (required for `other`). */
  name?: string;
  number: string;
  issuer: string;
  /** Local dates 'YYYY-MM-DD'; valid through `validUntil`. */
  validFrom: string;
  validUntil: string;
  /** Where the scanned copy is kept (document store reference), if any. */
  scanRef?: string;
  updatedAt: string;
  updatedBy: string;
}

/** TRAIN-1 content (the policy's list) and methods. */
export const TRAINING_TOPICS = ['product_technology', 'maintenance_skills', 'service_etiquette', 'communication', 'safety'] as const;
export type TrainingTopic = (typeof TRAINING_TOPICS)[number];
export const TRAINING_METHODS = ['classroom', 'on_the_job', 'online'] as const;
export type TrainingMethod = (typeof TRAINING_METHODS)[number];

export interface TrainingSession {
  /** `<date>-<random>`: sorts by date, and names its year. */
  sessionId: string;
  year: string;
  groups: StaffGroup[];
  topic: TrainingTopic;
  title: string;
  date: string;
  trainer: string;
  method: TrainingMethod;
  /** Internal training ends with an exam (TRAIN-1): the pass mark out of 100. */
  exam?: { passMark: number };
  results?: SessionResult[];
  createdAt: string;
  createdBy: string;
}

export interface SessionResult {
  staffId: string;
  attended: boolean;
  /** Exam score out of 100 (only when the session has an exam and the person sat it). */
  score?: number;
}

/** One person's record of one session (kept in the person's partition). */
export interface TrainingRecord {
  staffId: string;
  sessionId: string;
  date: string;
  topic: TrainingTopic;
  title: string;
  attended: boolean;
  score?: number;
  passMark?: number;
  passed?: boolean;
}

export function trainingRecord(session: TrainingSession, result: SessionResult): TrainingRecord {
  const examined = session.exam && result.attended && result.score !== undefined;
  return {
    staffId: result.staffId,
    sessionId: session.sessionId,
    date: session.date,
    topic: session.topic,
    title: session.title,
    attended: result.attended,
    ...(examined ? { score: result.score, passMark: session.exam!.passMark, passed: result.score! >= session.exam!.passMark } : {}),
  };
}

/** 'YYYY-MM-DD' plus whole months (clamped to the month's last day), then plus `days`. */
export function addMonths(localDay: string, months: number): string {
  const [y, m, d] = localDay.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function addDays(localDay: string, days: number): string {
  return new Date(Date.parse(`${localDay}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * SAFE-2: safety training is valid from the latest passed safety exam for the configured number of
 * months (through the day before the same date that many months later). Never typed in.
 */
export function safetyValidUntil(records: TrainingRecord[], validityMonths: number): string | undefined {
  const passed = records.filter((r) => r.topic === 'safety' && r.passed === true).map((r) => r.date).sort();
  const latest = passed.at(-1);
  return latest ? addDays(addMonths(latest, validityMonths), -1) : undefined;
}

/** SAFE-3: instruments and tools on the register. */
export const TOOL_KINDS = ['multimeter', 'insulation_tester', 'ladder', 'fusion_splicer', 'network_tester', 'harness'] as const;
export type ToolKind = (typeof TOOL_KINDS)[number];
export const WAREHOUSE_HOLDER = 'warehouse';

export interface Tool {
  assetNo: string;
  kind: ToolKind;
  name: string;
  /** A technician's staff id, or `warehouse`. */
  holder: string;
  inspectionIntervalDays: number;
  /** The latest inspection's result; `failed` keeps the tool off jobs until it passes again. */
  condition: 'ok' | 'failed';
  lastInspectedOn?: string;
  /** Local date by which the next inspection is due (inspection date + interval). */
  nextDueOn: string;
  updatedAt: string;
  version: number;
}

export interface ToolInspection {
  assetNo: string;
  inspectionId: string;
  date: string;
  inspector: string;
  result: 'pass' | 'fail';
  notes?: string;
  recordedAt: string;
  recordedBy: string;
}

export function afterInspection(tool: Tool, inspection: Pick<ToolInspection, 'date' | 'result'>, at: string): Tool {
  return {
    ...tool,
    condition: inspection.result === 'pass' ? 'ok' : 'failed',
    lastInspectedOn: inspection.date,
    nextDueOn: addDays(inspection.date, tool.inspectionIntervalDays),
    updatedAt: at,
  };
}

/** May this tool go on a job on `date`: inspected, passed, and not past its next due date. */
export function toolProblem(tool: Pick<Tool, 'condition' | 'nextDueOn'>, date: string): 'tool_failed' | 'tool_overdue' | undefined {
  if (tool.condition === 'failed') return 'tool_failed';
  if (tool.nextDueOn < date) return 'tool_overdue';
  return undefined;
}

/** Which expiry reminder (days before) a certificate is due for on `today`, if any: 30, then 7. */
export function certificateReminder(cert: Pick<CertificateRecord, 'validUntil'>, today: string, reminderDays: readonly number[]): number | undefined {
  const left = daysBetween(today, cert.validUntil);
  if (left < 0) return undefined;
  const due = [...reminderDays].sort((a, b) => a - b).find((days) => left <= days);
  return due;
}

/** Settings the manager edits (versioned): safety-training validity and the reminder days. */
export const peopleSettingsSchema = /* @__PURE__ */ (() =>
  z
    .strictObject({
      safetyValidityMonths: z.number().check(z.int(), z.minimum(1), z.maximum(60)),
      certificateReminderDays: z.array(z.number().check(z.int(), z.minimum(1), z.maximum(365))).check(z.minLength(1), z.maxLength(5)),
      /** The manager's team page lists tools due within this many days. */
      toolDueSoonDays: z.number().check(z.int(), z.minimum(1), z.maximum(90)),
    })
    .apply(meta({ id: 'PeopleSettings' })))();
export type PeopleSettings = z.output<typeof peopleSettingsSchema>;

export const DEFAULT_PEOPLE_SETTINGS: PeopleSettings = { safetyValidityMonths: 12, certificateReminderDays: [30, 7], toolDueSoonDays: 14 };

/** What dispatch reads of a person: certificate records, safety validity, the tools they hold. */
export interface Readiness {
  certificates: Array<Pick<CertificateRecord, 'type' | 'validUntil' | 'number'>>;
  safetyValidUntil?: string;
  tools: Array<Pick<Tool, 'assetNo' | 'kind' | 'condition' | 'nextDueOn'>>;
}

/** A person's records dispatch reads, before safety validity is derived from them. */
export interface ReadinessRecords {
  certificates: CertificateRecord[];
  training: TrainingRecord[];
  tools: Tool[];
}

export function readinessOf(records: ReadinessRecords, settings: Pick<PeopleSettings, 'safetyValidityMonths'>): Readiness {
  const validUntil = safetyValidUntil(records.training, settings.safetyValidityMonths);
  return { certificates: records.certificates, ...(validUntil ? { safetyValidUntil: validUntil } : {}), tools: records.tools };
}

/** The group a staff member belongs to (technicians are repair service). */
export function groupOf(roles: readonly string[]): StaffGroup | undefined {
  if (roles.includes('technician')) return 'repair_service';
  if (roles.includes('tech_support')) return 'tech_support';
  if (roles.includes('customer_service')) return 'customer_service';
  return undefined;
}
