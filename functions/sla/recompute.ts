/** Queue step: a calendar changed, so the deadlines of its open timers move. */
import { loadConfig } from '../../lib/config/env.ts';
import { createQueueHandler } from '../../lib/queue/batch-handler.ts';
import { calendarChangedMessage } from '../../lib/queue/messages.ts';
import { recomputeOpenTimers } from '../../lib/usecases/calendars.ts';
import { dependencies } from '../../lib/usecases/dependencies.ts';
import { functions } from '../../lib/wiring.ts';

const deps = dependencies(loadConfig(functions['sla-recompute'].access));

export const handler = createQueueHandler(calendarChangedMessage, async (message) => {
  await recomputeOpenTimers(deps, message.calendarId);
});
