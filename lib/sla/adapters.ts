/** The SLA context's repositories and clock, for a handler's composition (lib/composition.ts). */
import type { StoreAccess } from '../platform/store/client.ts';
import { ConfigRepository } from './store/config-repository.ts';
import { SlaRepository } from './store/sla-repository.ts';
import { SlaClock } from './usecases/clock.ts';

export const slaAdapters = ({ db, tableName }: StoreAccess) => {
  const settings = new ConfigRepository(db, tableName);
  return { timers: new SlaRepository(db, tableName), settings, sla: new SlaClock(settings) };
};

/** The settings alone (service standards, calendars), for a function that reads no timer: its bundle leaves out the SLA store and clock. */
export const slaSettingsAdapters = ({ db, tableName }: StoreAccess) => ({ settings: new ConfigRepository(db, tableName) });
