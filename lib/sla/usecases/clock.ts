/**
 * Reads the SLA configuration (service standards, calendars) the manager maintains and turns it into
 * timers. Hot paths (intake, the breach watch) read it through a short per-process cache, so a
 * change applies everywhere within CONFIG_CACHE_SECONDS (default 5) without a read per request;
 * editing and recomputing read it fresh. Calendars are also kept per id and version, so the
 * working-time engine compiles each version once per process.
 */
import type { WorkCalendar } from '../../calendar/index.ts';
import { ALWAYS_CALENDAR_ID, BUILT_IN_CALENDARS, type CalendarRecord } from '../domain/calendars.ts';
import { logger } from '../../platform/observability/logger.ts';
import { NotFoundError } from '../../platform/errors.ts';
import { DEFAULT_SERVICE_STANDARDS, standardFor, type ServiceStandardsConfig, type TimerKind } from '../domain/service-standards.ts';
import { startTimer, type SlaTimer } from '../domain/sla-timer.ts';
import type { Ticket } from '../../tickets/index.ts';
import type { ConfigRepository } from '../store/config-repository.ts';

const compiled = new Map<string, WorkCalendar>();

export class SlaClock {
  private readonly cache = new Map<string, { value: unknown; expires: number }>();

  constructor(
    private readonly config: ConfigRepository,
    private readonly cacheMs = Number(process.env.CONFIG_CACHE_SECONDS ?? 5) * 1000,
  ) {}

  private async cached<T>(key: string, load: () => Promise<T>, fresh: boolean): Promise<T> {
    const hit = this.cache.get(key);
    if (!fresh && hit && hit.expires > Date.now()) return hit.value as T;
    const value = await load();
    this.cache.set(key, { value, expires: Date.now() + this.cacheMs });
    return value;
  }

  async calendar(calendarId: string, options: { fresh?: boolean } = {}): Promise<WorkCalendar> {
    const record = await this.cached<CalendarRecord | undefined>(`calendar:${calendarId}`, () => this.config.getCalendar(calendarId), options.fresh ?? false);
    if (!record) throw new NotFoundError(`Calendar ${calendarId} not found`);
    const versionKey = `${record.id}@${record.version}`;
    let calendar = compiled.get(versionKey);
    if (!calendar) {
      calendar = record.calendar;
      compiled.set(versionKey, calendar);
    }
    return calendar;
  }

  standards(options: { fresh?: boolean } = {}): Promise<ServiceStandardsConfig> {
    return this.cached('standards', () => this.config.getServiceStandards().then((versioned) => versioned.value), options.fresh ?? false);
  }

  /** Starts the timer of `kind` if a standard governs it for this ticket's urgency. */
  async start(ticket: Pick<Ticket, 'id' | 'urgency' | 'calendarId'>, kind: TimerKind, at: Date, standards?: ServiceStandardsConfig): Promise<SlaTimer | undefined> {
    const config = standards ?? (await this.standards());
    const standard = standardFor(config, kind, ticket.urgency);
    if (!standard) return undefined;
    const calendarId = standard.clock === 'always' ? ALWAYS_CALENDAR_ID : (ticket.calendarId ?? config.businessCalendarId);
    return startTimer({ ticketId: ticket.id, kind, at, calendarId, warnAtPercent: config.warnAtPercent, standard }, await this.calendar(calendarId));
  }

  /**
   * The timers a new ticket starts with: first contact always, on site when urgent (STD-1a/1b), the
   * visit time agreed when general (STD-1c); a kind without a configured standard starts nothing.
   * Staff configuration never stops a customer's report: if the stored standards or calendars cannot
   * be used (a calendar id that names nothing, say), the built-in defaults apply, an ERROR is logged
   * and a configuration alert is recorded for the manager's board.
   */
  async timersForNewTicket(ticket: Pick<Ticket, 'id' | 'urgency' | 'calendarId'>, at: Date): Promise<SlaTimer[]> {
    // STD-1a/1b for urgent faults; STD-1c (contact, and the visit time agreed) for general ones.
    const kinds: TimerKind[] = ticket.urgency === 'urgent' ? ['first_contact', 'on_site'] : ['first_contact', 'visit_agreement'];
    try {
      const config = await this.standards();
      const timers = await Promise.all(kinds.map((kind) => this.start(ticket, kind, at, config)));
      return timers.filter((t): t is SlaTimer => t !== undefined);
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      logger.error('Stored SLA configuration is unusable; the ticket gets the built-in standards', { error: error as Error });
      await this.config.recordConfigAlert('intake-standards', detail, at).catch((cause: unknown) => logger.error('Could not record the configuration alert', { error: cause as Error }));
      return kinds
        .map((kind) => {
          const standard = standardFor(DEFAULT_SERVICE_STANDARDS, kind, ticket.urgency);
          if (!standard) return undefined;
          const calendarId = standard.clock === 'always' ? ALWAYS_CALENDAR_ID : DEFAULT_SERVICE_STANDARDS.businessCalendarId;
          const calendar = BUILT_IN_CALENDARS[calendarId]!.calendar;
          return startTimer({ ticketId: ticket.id, kind, at, calendarId, warnAtPercent: DEFAULT_SERVICE_STANDARDS.warnAtPercent, standard }, calendar);
        })
        .filter((t): t is SlaTimer => t !== undefined);
    }
  }
}
