/** Building blocks shared by the staff views: titles, ticket cards, timers, the timeline. */
import { statusLabel } from '../../../lib/tickets/domain/status-text.ts';
import { h, mount, notice, type Child } from '../core/dom.ts';
import { dateTime, duration, label, locale, t, colon, listSep, paren } from '../core/i18n.ts';
import type { Schema } from '../core/api-types.ts';
import type { Ctx } from './context.ts';

/** A ticket as the API answers it (OpenAPI `Ticket`: need-to-know may leave out any contact field, the customer and the site themselves). */
export type TicketSummary = Schema<'Ticket'>;

/** An SLA timer as the API answers it (OpenAPI `SlaTimer`; the board's entries add their ticket to it). */
export type TimerView = Schema<'SlaTimer'>;

export const statusText = (status: string) => {
  try {
    return statusLabel(status as Parameters<typeof statusLabel>[0], locale()) ?? status;
  } catch {
    return status;
  }
};

/** The view's heading; it takes the focus after a route change so screen readers announce it. */
export function title(text: string, ...extra: Child[]): HTMLElement {
  return h('div', { class: 'view-title' }, h('h1', { tabindex: '-1' }, text), ...extra);
}

export function loading(main: HTMLElement, heading: string): void {
  mount(main, title(heading), h('p', { role: 'status', class: 'loading' }, t('app.loading')));
}

/** Runs `load`, showing a loading line and, on failure, the error with a retry button. */
export async function loadInto<T>(main: HTMLElement, heading: string, load: () => Promise<T>, retry: () => void): Promise<T | undefined> {
  loading(main, heading);
  try {
    return await load();
  } catch (error) {
    mount(main, title(heading), notice((error as Error).message, 'error'), h('button', { type: 'button', onclick: retry }, t('app.retry')));
    return undefined;
  }
}

export function urgencyBadge(urgency: string): HTMLElement {
  return h('span', { class: `badge urgency-${urgency}` }, label('urgency', urgency));
}

export function statusBadge(status: string): HTMLElement {
  return h('span', { class: 'badge status', 'data-status': status }, statusText(status));
}

/** The customer as the viewer's role may see them (need-to-know): what the API withheld says so. */
export function customerLine(customer: { name?: string; organisation?: string } | undefined): string {
  if (!customer?.name) return t('privacy.withheld');
  return `${customer.name}${customer.organisation ? `${paren(customer.organisation)}` : ''}`;
}

/** A phone to call; a masked one (`138****5678`) is shown, not dialled. */
export function phoneLink(phone: string | undefined, text = phone): Child {
  if (!phone) return undefined;
  return phone.includes('*') ? phone : h('a', { href: `tel:${phone}` }, text ?? phone);
}

/** Time left on a working-time clock counts working hours only (nights, weekends and holidays do not run): say so. */
export function remainingLabel(clock: string | undefined): string {
  return clock === 'business' ? t('timer.remainingWorking') : t('timer.remaining');
}

export function ticketCard(ticket: TicketSummary, href: string, ...extra: Child[]): HTMLElement {
  return h(
    'li',
    { class: 'card ticket-card', 'data-ticket': ticket.number },
    h('div', { class: 'card-head' }, h('a', { href, class: 'ticket-link' }, ticket.number), ' ', urgencyBadge(ticket.urgency), ' ', statusBadge(ticket.status)),
    h('p', { class: 'meta' }, `${label('system', ticket.device.system)} · ${customerLine(ticket.customer)}`),
    ticket.site?.address ? h('p', { class: 'meta' }, ticket.site.address) : null,
    ticketSymptom(ticket.symptom),
    h('p', { class: 'meta small' }, `${t('list.created')}${colon()}`, h('time', { datetime: ticket.createdAt }, dateTime(ticket.createdAt))),
    ...extra,
  );
}

/** The symptom, cut to a card's length (need-to-know may withhold it). */
function ticketSymptom(symptom: string | undefined): Child {
  if (symptom === undefined) return null;
  return h('p', { class: 'symptom' }, symptom.length > 120 ? `${symptom.slice(0, 120)}…` : symptom);
}

/** One status list of the ticket API, oldest first (a work queue), with "load more". */
export async function ticketQueue(ctx: Ctx, status: TicketSummary['status'], heading: string, href: (ticket: TicketSummary) => string): Promise<HTMLElement> {
  const list = h('ul', { class: 'cards', 'aria-label': heading });
  const container = h('section', { class: 'queue', 'data-queue': status }, h('h2', {}, heading), list);
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, t('app.more'));
  container.appendChild(more);
  let cursor: string | undefined;
  const page = async () => {
    const result = await ctx.call('listStaffTickets', { query: { status, order: 'oldest', limit: 25, cursor } });
    for (const ticket of result.items) list.appendChild(ticketCard(ticket, href(ticket)));
    cursor = result.cursor;
    more.hidden = !cursor || result.items.length === 0;
    if (!list.children.length) list.appendChild(h('li', { class: 'empty' }, t('list.empty')));
  };
  more.addEventListener('click', () => void page());
  await page();
  return container;
}

export function timerState(timer: TimerView): HTMLElement {
  return h('span', { class: `badge timer-${timer.state}` }, label('timerState', timer.state));
}

export function timerDetails(timer: TimerView): string {
  const pause = timer.state === 'paused' ? timer.pauses[timer.pauses.length - 1] : undefined;
  if (pause) return t('timer.pausedBecause', { reason: pause.category ? `${label('pauseCategory', pause.category)}${colon()}${pause.reason}` : pause.reason });
  if (timer.exemption) return t('timer.exemptBecause', { reason: timer.exemption.reason, at: dateTime(timer.exemption.customerToldAt) });
  if (timer.cancellation) return t('timer.cancelledBecause', { reason: [label('cancelCause', timer.cancellation.cause), timer.cancellation.reason].filter(Boolean).join(' · ') });
  return '';
}

/** Timers as cards (a table does not fit a phone): kind, standard, state, due, remaining. */
export function timerCards(timers: TimerView[], actions?: (timer: TimerView) => Child): HTMLElement {
  if (!timers.length) return h('p', {}, t('app.none'));
  return h(
    'ul',
    { class: 'cards timers' },
    timers.map((timer) =>
      h(
        'li',
        { class: `card timer ${timer.remainingMinutes !== undefined && timer.remainingMinutes < 0 ? 'overdue' : ''}`, 'data-timer': timer.kind },
        h(
          'div',
          { class: 'card-head' },
          h('strong', {}, label('timerKind', timer.kind)),
          timer.generation && timer.generation > 1 ? h('span', { class: 'generation' }, ` ${t('timer.generation', { n: timer.generation })}`) : null,
          ' ',
          timer.standardId ? h('span', { class: 'badge' }, timer.standardId) : null,
          ' ',
          timerState(timer),
          timer.provisional ? [' ', h('span', { class: 'badge timer-provisional', title: t('timer.provisionalHint') }, t('timer.provisional'))] : null,
        ),
        h(
          'dl',
          { class: 'facts compact' },
          h('dt', {}, t('timer.due')),
          h('dd', {}, h('time', { datetime: timer.dueAt }, dateTime(timer.dueAt))),
          timer.remainingMinutes !== undefined ? [h('dt', {}, remainingLabel(timer.clock)), h('dd', { class: 'remaining' }, duration(timer.remainingMinutes))] : null,
          h('dt', {}, t('timer.group')),
          h('dd', {}, label('group', timer.responsibleGroup)),
          h('dt', {}, t('standards.clock')),
          h('dd', {}, label('clock', timer.clock)),
        ),
        timerDetails(timer) ? h('p', { class: 'meta' }, timerDetails(timer)) : null,
        actions?.(timer),
      ),
    ),
  );
}

export type TicketEvent = Schema<'TicketEvent'>;

function eventSummary(event: TicketEvent): string {
  const data = event.data ?? {};
  const parts: string[] = [];
  if (event.toStatus) parts.push(`→ ${statusText(event.toStatus)}`);
  for (const key of ['note', 'notes', 'reason', 'signerName', 'sku', 'quantity', 'installedSerial', 'kind', 'timer']) {
    const value = data[key];
    if (typeof value === 'string' || typeof value === 'number') parts.push(key === 'kind' || key === 'timer' ? label('timerKind', String(value)) : String(value));
  }
  if (Array.isArray(data.failing) && data.failing.length) parts.push(data.failing.map((item) => label('safety', String(item))).join(listSep()));
  if (Array.isArray(data.changes)) parts.push((data.changes as Array<{ field: string; from?: string; to?: string }>).map((c) => `${c.field}: ${c.from ?? '—'} → ${c.to ?? '—'}`).join('; '));
  return parts.join(' · ');
}

export function timeline(events: TicketEvent[], staffNames: Map<string, string> = new Map()): HTMLElement {
  return h(
    'ol',
    { class: 'timeline' },
    events.map((event) =>
      h(
        'li',
        { 'data-event': event.type },
        h('time', { datetime: event.at }, dateTime(event.at)),
        ' ',
        h('strong', {}, label('event', event.type)),
        eventSummary(event) ? h('span', { class: 'meta' }, ` ${eventSummary(event)}`) : null,
        h('span', { class: 'actor' }, ` · ${staffNames.get(event.actor) ?? (event.actor === 'customer' ? t('ticket.customer') : event.actor === 'system' ? t('actor.system') : event.actor)}`),
      ),
    ),
  );
}

/** A disclosure with a small form inside (pause a timer, record contact...). */
export function disclosure(summary: string, ...content: Child[]): HTMLElement {
  return h('details', { class: 'action' }, h('summary', {}, summary), ...content);
}

/** A button that downloads a document (PDF) with the session's token; a failure shows beside it. */
export function pdfButton(ctx: Ctx, path: string, filename: string, text: string, testId: string): HTMLElement {
  const status = h('span', { role: 'status' });
  const button = h('button', { type: 'button', class: 'secondary', 'data-testid': testId }, text) as HTMLButtonElement;
  button.addEventListener('click', () => {
    button.disabled = true;
    mount(status);
    ctx
      .download(path, filename)
      .catch((error: Error) => mount(status, notice(error.message, 'error')))
      .finally(() => {
        button.disabled = false;
      });
  });
  return h('p', {}, button, ' ', status);
}
