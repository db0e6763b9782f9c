/**
 * People use cases (ORG-2, TRAIN-1, SAFE-2, SAFE-3): certificate records, training sessions with
 * attendance and exams, the tool register and its inspections, the manager's team view and each
 * person's own view, and the daily reminders (each email once per fact).
 */
import { randomUUID } from 'node:crypto';
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { NotFoundError, ValidationError } from '../../platform/errors.ts';
import { localDate } from '../../platform/local-date.ts';
import { unlessInProgress, type SendOnce } from '../../platform/mail/send-once.ts';
import { logger } from '../../platform/observability/logger.ts';
import type { StaffMember } from '../../staff/index.ts';
import {
  WAREHOUSE_HOLDER,
  addDays,
  afterInspection,
  certificateReminder,
  daysBetween,
  groupOf,
  safetyValidUntil,
  toolProblem,
  type CertificateRecord,
  type CertificateRecordType,
  type SessionResult,
  type Tool,
  type ToolInspection,
  type ToolKind,
  type TrainingSession,
} from '../domain/people.ts';
import { certificateExpiryMail, toolOverdueMail } from '../mail/reminders.ts';
import { ownScorecards } from './scorecards.ts';
import type { Dependencies } from '../../dependencies.ts';

type Deps = Pick<Dependencies, 'people' | 'scorecards' | 'staff' | 'sla' | 'now'>;

/** The staff member of the path: an unknown one is a 404, as any unknown resource of a path. */
async function requireMember(deps: Pick<Deps, 'staff'>, staffId: string): Promise<StaffMember> {
  const member = await deps.staff.get(staffId);
  if (!member) throw new NotFoundError('No such staff member');
  return member;
}

export interface CertificateInput {
  type: CertificateRecordType;
  name?: string | undefined;
  number: string;
  issuer: string;
  validFrom: string;
  validUntil: string;
  scanRef?: string | undefined;
}

/** A new certificate record, or a change to one (`certId` given): renewals are new records beside the old. */
export async function saveCertificate(deps: Deps, staffId: string, input: CertificateInput, user: StaffUser, certId?: string): Promise<CertificateRecord> {
  const [, person] = await Promise.all([requireMember(deps, staffId), certId ? deps.people.person(staffId) : undefined]);
  if (certId && !person?.certificates.some((c) => c.certId === certId)) throw new NotFoundError(`Certificate ${certId} not found`);
  const { name, scanRef, ...rest } = input;
  const record: CertificateRecord = {
    certId: certId ?? randomUUID(),
    staffId,
    ...rest,
    ...(name ? { name } : {}),
    ...(scanRef ? { scanRef } : {}),
    updatedAt: deps.now().toISOString(),
    updatedBy: user.id,
  };
  await deps.people.putCertificate(record);
  return record;
}

export async function createSession(
  deps: Deps,
  input: Omit<TrainingSession, 'sessionId' | 'year' | 'exam' | 'results' | 'createdAt' | 'createdBy'> & { passMark?: number | undefined },
  user: StaffUser,
): Promise<TrainingSession> {
  const { passMark, ...rest } = input;
  const session: TrainingSession = {
    ...rest,
    sessionId: `${input.date}-${randomUUID().replace(/-/g, '').slice(0, 8)}`,
    year: input.date.slice(0, 4),
    ...(passMark !== undefined ? { exam: { passMark } } : {}),
    createdAt: deps.now().toISOString(),
    createdBy: user.id,
  };
  await deps.people.addSession(session);
  return session;
}

/** Attendance and exam scores of a session (held: not in the future); a score needs an exam and attendance. */
export async function recordSessionResults(deps: Deps, sessionId: string, results: SessionResult[]): Promise<TrainingSession> {
  const session = await deps.people.session(sessionId);
  if (!session) throw new NotFoundError(`Training session ${sessionId} not found`);
  if (session.date > localDate(deps.now())) throw new ValidationError([{ path: 'results', key: 'session_not_held' }]);
  const problems = (
    await Promise.all(
      results.map(async (result, i) => {
        const found: Array<{ path: string; key: string }> = [];
        if (!(await deps.staff.get(result.staffId))) found.push({ path: `results.${i}.staffId`, key: 'unknown_staff' });
        if (result.score !== undefined && (!session.exam || !result.attended)) found.push({ path: `results.${i}.score`, key: 'score_without_exam' });
        if (results.findIndex((r) => r.staffId === result.staffId) !== i) found.push({ path: `results.${i}.staffId`, key: 'duplicate' });
        return found;
      }),
    )
  ).flat();
  if (problems.length) throw new ValidationError(problems);
  return deps.people.recordResults(session, results);
}

export interface ToolInput {
  kind: ToolKind;
  name: string;
  holder: string;
  inspectionIntervalDays: number;
  nextDueOn?: string | undefined;
}

async function requireHolder(deps: Deps, holder: string): Promise<void> {
  if (holder === WAREHOUSE_HOLDER) return;
  const member = await deps.staff.get(holder);
  if (!member?.roles.includes('technician')) throw new ValidationError([{ path: 'holder', key: 'unknown_technician' }]);
}

/** Registers a tool, or changes one (holder, name, interval); its inspection state stays as inspected. */
export async function saveTool(deps: Deps, assetNo: string, input: ToolInput): Promise<Tool> {
  const [, found] = await Promise.all([requireHolder(deps, input.holder), deps.people.tool(assetNo)]);
  const existing = found?.tool;
  const at = deps.now().toISOString();
  if (!existing) {
    // A tool new to the register is due for inspection when stated, else today: it is checked before its first job.
    const tool: Tool = { assetNo, kind: input.kind, name: input.name, holder: input.holder, inspectionIntervalDays: input.inspectionIntervalDays, condition: 'ok', nextDueOn: input.nextDueOn ?? localDate(deps.now()), updatedAt: at, version: 0 };
    return deps.people.saveTool(tool, undefined);
  }
  const changed: Tool = {
    ...existing,
    kind: input.kind,
    name: input.name,
    holder: input.holder,
    inspectionIntervalDays: input.inspectionIntervalDays,
    nextDueOn: input.nextDueOn ?? (existing.lastInspectedOn ? addDays(existing.lastInspectedOn, input.inspectionIntervalDays) : existing.nextDueOn),
    updatedAt: at,
  };
  return deps.people.saveTool(changed, existing.version);
}

export async function inspectTool(deps: Deps, assetNo: string, input: { date: string; inspector: string; result: 'pass' | 'fail'; notes?: string | undefined }, user: StaffUser) {
  const found = await deps.people.tool(assetNo);
  if (!found) throw new NotFoundError(`Tool ${assetNo} not found`);
  const now = deps.now();
  if (input.date > localDate(now)) throw new ValidationError([{ path: 'date', key: 'in_the_future' }]);
  const { notes, ...rest } = input;
  const inspection: ToolInspection = { assetNo, inspectionId: randomUUID().slice(0, 8), ...rest, ...(notes ? { notes } : {}), recordedAt: now.toISOString(), recordedBy: user.id };
  // An inspection older than the latest one is history: it does not move the tool's state back.
  const latest = !found.tool.lastInspectedOn || input.date >= found.tool.lastInspectedOn;
  const tool = latest ? afterInspection(found.tool, input, now.toISOString()) : found.tool;
  const saved = await deps.people.saveTool(tool, found.tool.version, [deps.people.inspectionPut(inspection)]);
  return { tool: saved, inspection };
}

/** One person's records as they stand today: certificates, safety validity, exams, tools held. */
export async function personView(deps: Deps, staffId: string) {
  const member = await deps.staff.get(staffId);
  if (!member) throw new NotFoundError(`Staff member ${staffId} not found`);
  const today = localDate(deps.now());
  const [settings, { certificates, training }, tools, scorecards] = await Promise.all([
    deps.people.settings(),
    deps.people.person(staffId),
    deps.people.toolsHeldBy(staffId),
    ownScorecards(deps, staffId, today.slice(0, 4)),
  ]);
  const validUntil = safetyValidUntil(training, settings.value.safetyValidityMonths);
  return {
    member: { id: member.id, name: member.name, roles: member.roles, group: groupOf(member.roles) ?? null },
    today,
    safetyTraining: { validUntil: validUntil ?? null, valid: validUntil !== undefined && validUntil >= today },
    certificates: certificates.map((c) => ({ ...c, expired: c.validUntil < today, daysLeft: daysBetween(today, c.validUntil) })),
    training: training.sort((a, b) => b.date.localeCompare(a.date)),
    tools: tools.map((t) => ({ ...t, problem: toolProblem(t, today) ?? null })),
    scorecards,
  };
}

/** The register as it stands today: every tool, soonest due first, with what keeps it off jobs. */
export async function toolRegister(deps: Deps) {
  const today = localDate(deps.now());
  return (await deps.people.tools()).map((tool) => ({ ...tool, problem: toolProblem(tool, today) ?? null }));
}

/** The manager's team page: everyone, certificates expiring or expired, tools due, this year's plan. */
export async function teamView(deps: Deps) {
  const today = localDate(deps.now());
  const settings = (await deps.people.settings()).value;
  const soon = addDays(today, Math.max(...settings.certificateReminderDays));
  const [members, certificates, tools, sessions] = await Promise.all([
    deps.staff.list(),
    deps.people.certificatesExpiring(undefined, soon),
    deps.people.tools(addDays(today, settings.toolDueSoonDays)),
    deps.people.sessions(today.slice(0, 4)),
  ]);
  const names = new Map(members.map((m) => [m.id, m.name]));
  const safety = await Promise.all(
    members
      .filter((m) => m.active && groupOf(m.roles))
      .map(async (m) => {
        const until = safetyValidUntil((await deps.people.person(m.id)).training, settings.safetyValidityMonths);
        return { id: m.id, name: m.name, roles: m.roles, group: groupOf(m.roles)!, safetyValidUntil: until ?? null, safetyValid: until !== undefined && until >= today };
      }),
  );
  return {
    today,
    settings,
    members: safety,
    certificatesDue: certificates.map((c) => ({ ...c, staffName: names.get(c.staffId) ?? c.staffId, expired: c.validUntil < today })),
    toolsDue: tools.map((t) => ({ ...t, holderName: names.get(t.holder) ?? t.holder, problem: toolProblem(t, today) ?? null })),
    sessions,
  };
}

/**
 * The daily reminders (Asia/Shanghai): a certificate N days before it expires (30, then 7: each
 * once, keyed by certificate, expiry date and N), a tool overdue for inspection (once per due date),
 * each to the person and the manager. Overlapping runs find the email sent (or being sent) and skip it.
 */
export async function sendPeopleReminders(deps: Deps, sendOnce: SendOnce, now: Date) {
  const today = localDate(now);
  const [settings, standards, members] = await Promise.all([deps.people.settings(), deps.sla.standards(), deps.staff.list()]);
  const byId = new Map(members.map((m) => [m.id, m]));
  const manager = standards.groupEmails.manager;
  const report = { certificateReminders: 0, toolReminders: 0, skipped: 0 };
  const send = async (key: string, to: Array<string | undefined>, mail: Omit<Parameters<SendOnce>[1], 'to'>) => {
    const sent = await unlessInProgress(() => sendOnce(key, { ...mail, to: [...new Set(to.filter((a): a is string => Boolean(a)))] }));
    if (!sent) report.skipped += 1; // an overlapping run is sending it right now
    return sent;
  };
  const lastDay = addDays(today, Math.max(...settings.value.certificateReminderDays));
  for (const cert of await deps.people.certificatesExpiring(today, lastDay)) {
    const days = certificateReminder(cert, today, settings.value.certificateReminderDays);
    const person = byId.get(cert.staffId);
    if (days === undefined || !person?.active) continue;
    const key = `cert-expiry:${cert.staffId}:${cert.certId}:${cert.validUntil}:${days}`;
    if (await send(key, [person.email, manager], certificateExpiryMail(cert, person.name, days, key))) report.certificateReminders += 1;
  }
  for (const tool of await deps.people.tools(addDays(today, -1))) {
    const holder = byId.get(tool.holder);
    const key = `tool-overdue:${tool.assetNo}:${tool.nextDueOn}`;
    if (await send(key, [holder?.email, manager], toolOverdueMail(tool, holder?.name ?? '仓库', key))) report.toolReminders += 1;
  }
  logger.info('People reminders done', report);
  return report;
}
