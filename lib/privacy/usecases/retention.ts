/**
 * Erasure by age (PIPL art. 19): the contact data of a ticket that ended (closed or cancelled) more
 * than the retention period ago is erased like an erasure request, each ticket under its own
 * pseudonym. The job reads the day buckets of tickets that ended a retention period ago (catching up
 * after an outage) and nothing else. The access log keeps its customer references here: its entries
 * expire on their own period, and the customer may have newer tickets they still refer to.
 */
import { bucketsSince, readSweepState, writeSweepState } from '../../platform/store/sweep-state.ts';
import { retentionBucket } from '../../platform/store/keys.ts';
import type { Dependencies } from '../../dependencies.ts';
import { pseudonymFor } from '../domain/rights.ts';
import { eraseTicket, type ErasureDeps } from './erasure.ts';

const JOB = 'privacy-retention';
const DAY_MS = 86_400_000;

export async function eraseByAge(deps: ErasureDeps & Pick<Dependencies, 'privacySettings'>, now: Date): Promise<{ buckets: number; erased: number; notYet: number }> {
  const { value: settings } = await deps.privacySettings.get();
  const shift = settings.contactRetentionDays * DAY_MS;
  const cutoff = new Date(now.getTime() - shift);
  const state = await readSweepState(deps.db, deps.tableName, JOB);
  const lastRunAt = typeof state?.lastRunAt === 'string' ? new Date(Date.parse(state.lastRunAt) - shift) : undefined;
  const buckets = bucketsSince(lastRunAt, cutoff, retentionBucket);
  let erased = 0;
  let notYet = 0;
  for (const bucket of buckets) {
    for (const { ticketId, endedAt } of await deps.privacy.endedOn(bucket)) {
      // A bucket is a whole day: a ticket that ended later that day waits for the next run.
      if (Date.parse(endedAt) > cutoff.getTime()) {
        notYet += 1;
        continue;
      }
      const found = await deps.tickets.getWithTimeline(ticketId, (item) => item);
      if (found && !found.ticket.erasedAt) {
        await eraseTicket(deps, found, pseudonymFor(ticketId), { actor: 'system', reason: 'retention', now });
        erased += 1;
      } else await deps.privacy.retentionDone(ticketId, now);
    }
  }
  await writeSweepState(deps.db, deps.tableName, JOB, { lastRunAt: now.toISOString() });
  return { buckets: buckets.length, erased, notYet };
}
