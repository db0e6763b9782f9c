/** Queue step: a calendar changed, so the deadlines of its open timers move. */
import { loadConfig } from '../../lib/platform/config/env.ts';
import { createQueueHandler } from '../../lib/platform/queue/batch-handler.ts';
import { calendarChangedMessage } from '../../lib/platform/queue/messages.ts';
import { recomputeOpenTimers } from '../../lib/sla/usecases/calendars.ts';
import { baseAdapters } from '../../lib/composition.ts';
import { slaAdapters } from '../../lib/sla/server.ts';
import { slaRecompute } from '../../lib/wiring.ts';

const base = baseAdapters(loadConfig(slaRecompute.access));
const deps = { ...base, ...slaAdapters(base) };

export const handler = createQueueHandler(calendarChangedMessage, async (message) => {
  await recomputeOpenTimers(deps, message.calendarId);
});
