/**
 * The composition root shared by the handlers: adapters built once per cold start from the
 * validated configuration. Handlers pick what they need; nothing here runs per request. (Email
 * senders build their SesMailer themselves, so API bundles do not carry the SES client.)
 */
import { LinkKeyring } from './platform/auth/link-keys.ts';
import { now as clockNow } from './platform/clock.ts';
import type { AppConfig } from './platform/config/env.ts';
import { getDocumentClient } from './platform/store/client.ts';
import { ConfigRepository, SlaClock, SlaRepository } from './sla/server.ts';
import { DeviceRepository, TicketRepository } from './tickets/server.ts';
import { JobRepository } from './dispatch/server.ts';
import { PartsRepository } from './parts/server.ts';
import { StaffRepository } from './staff/server.ts';
import { PeopleRepository, ScorecardRepository } from './people/server.ts';
import { FollowUpRepository } from './followup/server.ts';
import { CoverageRepository, FeeScheduleRepository, StatementRepository } from './settlement/server.ts';
import { MailTaskRepository, reportFault, type ReportFaultInput } from './intake/server.ts';

export function dependencies(config: AppConfig) {
  const db = getDocumentClient();
  // Loaded before each invocation by the handlers that sign links (refreshLinkKeys); empty elsewhere.
  const linkKeys = new LinkKeyring();
  const configRepository = new ConfigRepository(db, config.tableName);
  const adapters = {
    config,
    tableName: config.tableName,
    tickets: new TicketRepository(db, config.tableName),
    timers: new SlaRepository(db, config.tableName),
    jobs: new JobRepository(db, config.tableName),
    parts: new PartsRepository(db, config.tableName),
    devices: new DeviceRepository(db, config.tableName),
    staff: new StaffRepository(db, config.tableName),
    people: new PeopleRepository(db, config.tableName),
    scorecards: new ScorecardRepository(db, config.tableName),
    followUps: new FollowUpRepository(db, config.tableName),
    mailTasks: new MailTaskRepository(db, config.tableName),
    statements: new StatementRepository(db, config.tableName),
    coverage: new CoverageRepository(db, config.tableName),
    db,
    settings: configRepository,
    feeSchedule: new FeeScheduleRepository(db, config.tableName),
    sla: new SlaClock(configRepository),
    now: clockNow,
    linkKeys,
    /** The customer's survey page (FLOW-4): signed, expiring. */
    surveyUrl: (ticketId: string, expiresAt: Date) =>
      `${config.publicBaseUrl}/survey.html?ticket=${ticketId}&t=${linkKeys.sign('survey', ticketId, expiresAt)}`,
    /** The customer's statement page (FLOW-5, built by the web issue): signed, expiring. */
    statementUrl: (statementId: string, expiresAt: Date) =>
      `${config.publicBaseUrl}/statement.html?s=${statementId}&t=${linkKeys.sign('statement', statementId, expiresAt)}`,
    /** The customer's signed status link on the API (JSON; no expiry: it is the customer's way back to the ticket). */
    statusUrl: (ticketId: string) =>
      `${config.publicBaseUrl}/v1/tickets/${ticketId}?t=${linkKeys.sign('status', ticketId)}`,
    /** The same signed link as the web page that renders it (what emails carry). */
    statusPageUrl: (ticketId: string) =>
      `${config.publicBaseUrl}/status.html?id=${ticketId}&t=${linkKeys.sign('status', ticketId)}`,
  };
  return {
    ...adapters,
    /**
     * Opens a ticket exactly as intake does (the follow-up's rework ticket). Passed in rather than
     * imported because intake sits above follow-up in the context order (it completes remote fixes).
     */
    openTicket: (input: ReportFaultInput) => reportFault(adapters, input),
  };
}

export type Dependencies = ReturnType<typeof dependencies>;
