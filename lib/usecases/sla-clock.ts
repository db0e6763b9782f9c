/**
 * Reads the SLA configuration (service standards, calendars) the manager maintains and turns it into
 * timers. Calendars are cached per id and version so the working-time engine compiles each version
 * once per process.
 */
import type { WorkCalendar } from '../calendar/index.ts';
import { ALWAYS_CALENDAR_ID } from '../domain/calendars.ts';
import { NotFoundError } from '../domain/errors.ts';
import { standardFor, type ServiceStandardsConfig, type TimerKind } from '../domain/service-standards.ts';
import { startTimer, type SlaTimer } from '../domain/sla-timer.ts';
import type { Ticket } from '../domain/ticket.ts';
import type { ConfigRepository } from '../store/config-repository.ts';

const compiled = new Map<string, WorkCalendar>();

export class SlaClock {
  constructor(private readonly config: ConfigRepository) {}

  async calendar(calendarId: string): Promise<WorkCalendar> {
    const record = await this.config.getCalendar(calendarId);
    if (!record) throw new NotFoundError(`Calendar ${calendarId} not found`);
    const cacheKey = `${record.id}@${record.version}`;
    let calendar = compiled.get(cacheKey);
    if (!calendar) {
      calendar = record.calendar;
      compiled.set(cacheKey, calendar);
    }
    return calendar;
  }

  standards(): Promise<ServiceStandardsConfig> {
    return this.config.getServiceStandards().then((versioned) => versioned.value);
  }

  /** Starts the timer of `kind` if a standard governs it for this ticket's urgency. */
  async start(ticket: Pick<Ticket, 'id' | 'urgency' | 'calendarId'>, kind: TimerKind, at: Date, standards?: ServiceStandardsConfig): Promise<SlaTimer | undefined> {
    const config = standards ?? (await this.standards());
    const standard = standardFor(config, kind, ticket.urgency);
    if (!standard) return undefined;
    const calendarId = standard.clock === 'always' ? ALWAYS_CALENDAR_ID : (ticket.calendarId ?? config.businessCalendarId);
    return startTimer({ ticketId: ticket.id, kind, at, calendarId, warnAtPercent: config.warnAtPercent, standard }, await this.calendar(calendarId));
  }

  /** The timers a new ticket starts with: first contact always, on site when urgent (STD-1a/1b/1c). */
  async timersForNewTicket(ticket: Pick<Ticket, 'id' | 'urgency' | 'calendarId'>, at: Date): Promise<SlaTimer[]> {
    const config = await this.standards();
    const kinds: TimerKind[] = ticket.urgency === 'urgent' ? ['first_contact', 'on_site'] : ['first_contact'];
    const timers = await Promise.all(kinds.map((kind) => this.start(ticket, kind, at, config)));
    return timers.filter((t): t is SlaTimer => t !== undefined);
  }
}
