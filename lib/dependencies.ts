/**
 * Every context's adapters together, built once per cold start: the full shape use cases name their
 * needs from (`Pick<Dependencies, ...>`), and the composition of handlers that use most contexts.
 * Handlers that use a few compose only those (lib/composition.ts), which keeps the others out of
 * their bundles. Nothing here runs per request.
 */
import { baseAdapters } from './composition.ts';
import type { AppConfig } from './platform/config/env.ts';
import { slaAdapters } from './sla/server.ts';
import { ticketsAdapters } from './tickets/server.ts';
import { dispatchAdapters } from './dispatch/server.ts';
import { partsAdapters } from './parts/server.ts';
import { staffAdapters } from './staff/server.ts';
import { peopleAdapters } from './people/server.ts';
import { followupAdapters } from './followup/server.ts';
import { settlementAdapters } from './settlement/server.ts';
import { intakeAdapters, ticketOpener } from './intake/server.ts';

export function dependencies(config: AppConfig) {
  const base = baseAdapters(config);
  const adapters = {
    ...base,
    ...ticketsAdapters(base),
    ...slaAdapters(base),
    ...dispatchAdapters(base),
    ...partsAdapters(base),
    ...staffAdapters(base),
    ...peopleAdapters(base),
    ...followupAdapters(base),
    ...settlementAdapters(base),
    ...intakeAdapters(base),
  };
  return { ...adapters, ...ticketOpener(adapters) };
}

export type Dependencies = ReturnType<typeof dependencies>;
