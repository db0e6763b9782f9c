/**
 * What every handler's composition starts from: the validated configuration, the table, the clock,
 * the link-signing key ring and the signed customer links. Each handler adds the adapters of the
 * contexts it uses (`lib/<context>/adapters.ts`, through the context's server door), so its bundle
 * carries those contexts only; lib/dependencies.ts composes them all (and names the full shape).
 */
import { LinkKeyring } from './platform/auth/link-keys.ts';
import { now as clockNow } from './platform/clock.ts';
import type { AppConfig } from './platform/config/env.ts';
import { getDocumentClient } from './platform/store/client.ts';

export function baseAdapters(config: AppConfig) {
  const db = getDocumentClient();
  // Loaded before each invocation by the handlers that sign links (refreshLinkKeys); empty elsewhere.
  const linkKeys = new LinkKeyring();
  return {
    config,
    tableName: config.tableName,
    db,
    now: clockNow,
    linkKeys,
    /** The customer's survey page (FLOW-4): signed, expiring. */
    surveyUrl: (ticketId: string, expiresAt: Date) =>
      `${config.publicBaseUrl}/survey.html?ticket=${ticketId}&t=${linkKeys.sign('survey', ticketId, expiresAt)}`,
    /** The customer's statement page (FLOW-5): signed, expiring. */
    statementUrl: (statementId: string, expiresAt: Date) =>
      `${config.publicBaseUrl}/statement.html?s=${statementId}&t=${linkKeys.sign('statement', statementId, expiresAt)}`,
    /** The customer's signed status link on the API (JSON; no expiry: it is the customer's way back to the ticket). */
    statusUrl: (ticketId: string) => `${config.publicBaseUrl}/v1/tickets/${ticketId}?t=${linkKeys.sign('status', ticketId)}`,
    /** The same signed link as the web page that renders it (what emails carry). */
    statusPageUrl: (ticketId: string) => `${config.publicBaseUrl}/status.html?id=${ticketId}&t=${linkKeys.sign('status', ticketId)}`,
  };
}

export type BaseAdapters = ReturnType<typeof baseAdapters>;
