/**
 * The composition root shared by the handlers: adapters built once per cold start from the
 * validated configuration. Handlers pick what they need; nothing here runs per request. (Email
 * senders build their SesMailer themselves, so API bundles do not carry the SES client.)
 */
import { signLinkToken } from './platform/auth/signed-link.ts';
import type { AppConfig } from './platform/config/env.ts';
import { SqsQueuePublisher } from './platform/queue/publisher.ts';
import { getDocumentClient } from './platform/store/client.ts';
import { ConfigRepository } from './platform/store/config-repository.ts';
import { SlaRepository } from './sla/store/sla-repository.ts';
import { TicketRepository } from './tickets/store/ticket-repository.ts';
import { DeviceRepository } from './tickets/store/device-repository.ts';
import { JobRepository } from './dispatch/store/job-repository.ts';
import { PartsRepository } from './parts/store/parts-repository.ts';
import { StaffRepository } from './staff/store/staff-repository.ts';
import { FollowUpRepository } from './followup/store/follow-up-repository.ts';
import { StatementRepository } from './settlement/store/statement-repository.ts';
import { CoverageRepository } from './settlement/store/coverage-repository.ts';
import { SlaClock } from './sla/usecases/clock.ts';

export function dependencies(config: AppConfig) {
  const db = getDocumentClient();
  const configRepository = new ConfigRepository(db, config.tableName);
  return {
    config,
    tableName: config.tableName,
    tickets: new TicketRepository(db, config.tableName),
    timers: new SlaRepository(db, config.tableName),
    jobs: new JobRepository(db, config.tableName),
    parts: new PartsRepository(db, config.tableName),
    devices: new DeviceRepository(db, config.tableName),
    staff: new StaffRepository(db, config.tableName),
    followUps: new FollowUpRepository(db, config.tableName),
    statements: new StatementRepository(db, config.tableName),
    coverage: new CoverageRepository(db, config.tableName),
    db,
    settings: configRepository,
    sla: new SlaClock(configRepository),
    queue: new SqsQueuePublisher(config.queueUrls),
    now: () => new Date(),
    /** The customer's survey page (FLOW-4): signed, expiring. */
    surveyUrl: (ticketId: string, expiresAt: Date) =>
      `${config.publicBaseUrl}/survey.html?ticket=${ticketId}&t=${signLinkToken(config.linkSigningSecret, 'survey', ticketId, expiresAt)}`,
    /** The customer's statement page (FLOW-5, built by the web issue): signed, expiring. */
    statementUrl: (statementId: string, expiresAt: Date) =>
      `${config.publicBaseUrl}/statement.html?s=${statementId}&t=${signLinkToken(config.linkSigningSecret, 'statement', statementId, expiresAt)}`,
    /** The customer's signed status link on the API (JSON; no expiry: it is the customer's way back to the ticket). */
    statusUrl: (ticketId: string) =>
      `${config.publicBaseUrl}/v1/tickets/${ticketId}?t=${signLinkToken(config.linkSigningSecret, 'status', ticketId)}`,
    /** The same signed link as the web page that renders it (what emails carry). */
    statusPageUrl: (ticketId: string) =>
      `${config.publicBaseUrl}/status.html?id=${ticketId}&t=${signLinkToken(config.linkSigningSecret, 'status', ticketId)}`,
  };
}

export type Dependencies = ReturnType<typeof dependencies>;
