/**
 * The manager (ORG-2): the SLA board (at risk, coming due, paused, breached, exempt), the service
 * standards and the working-time calendars, both edited without a deploy (versioned: a concurrent
 * change is refused, not overwritten).
 */
import { putCalendarSchema, putServiceStandardsSchema } from '../../../../lib/sla/schemas.ts';
import { CLOCKS, RESPONSIBLE_GROUPS } from '../../../../lib/sla/domain/service-standards.ts';
import { definitionList, h, mount, notice } from '../../core/dom.ts';
import { field, form, onSubmit, readValues, submitButton } from '../../core/forms.ts';
import { calendarDate, dateTime, duration, label, shanghaiDate, t, colon, listSep, paren } from '../../core/i18n.ts';
import type { View } from '../context.ts';
import type { Schema } from '../../core/api-types.ts';
import { loadInto, remainingLabel, statusBadge, timerDetails, timerState, title } from '../ui.ts';

/** A timer on the board with its ticket (OpenAPI `SlaBoardEntry`). */
type BoardEntry = Schema<'SlaBoardEntry'>;
type Board = Schema<'SlaBoard'>;

/** Stored configuration intake could not use (it fell back to the built-in standards): the manager must fix it. */
function configAlerts(alerts: Board['configAlerts']): HTMLElement | null {
  if (!alerts.length) return null;
  return h(
    'section',
    { class: 'notice notice-error', 'data-testid': 'config-alerts', role: 'alert' },
    h('strong', {}, t('sla.configAlerts')),
    h(
      'ul',
      {},
      alerts.map((alert) => h('li', {}, t('sla.configAlert', { problem: label('configProblem', alert.problem), times: alert.occurrences, at: dateTime(alert.lastSeenAt) }))),
    ),
  );
}

function boardList(entries: BoardEntry[], testId: string): HTMLElement {
  if (!entries.length) return h('p', { class: 'meta', 'data-testid': testId }, t('app.none'));
  return h(
    'ul',
    { class: 'cards board', 'data-testid': testId },
    entries.map((entry) =>
      h(
        'li',
        { class: `card timer ${entry.remainingMinutes !== undefined && entry.remainingMinutes < 0 ? 'overdue' : ''}`, 'data-ticket': entry.ticketNumber ?? entry.ticketId },
        h(
          'div',
          { class: 'card-head' },
          h('a', { href: `#/ticket/${entry.ticketId}`, class: 'ticket-link' }, entry.ticketNumber ?? entry.ticketId.slice(0, 8)),
          ' ',
          h('strong', {}, label('timerKind', entry.kind)),
          entry.generation && entry.generation > 1 ? h('span', { class: 'generation' }, ` ${t('timer.generation', { n: entry.generation })}`) : null,
          ' ',
          entry.standardId ? h('span', { class: 'badge' }, entry.standardId) : null,
          ' ',
          timerState(entry),
          ' ',
          entry.ticketStatus ? statusBadge(entry.ticketStatus) : null,
        ),
        h(
          'p',
          { class: 'meta' },
          `${t('timer.due')}${colon()}${dateTime(entry.dueAt)}`,
          entry.remainingMinutes !== undefined ? ` · ${remainingLabel(entry.clock)}${colon()}${duration(entry.remainingMinutes)}` : '',
          ` · ${label('group', entry.responsibleGroup)}`,
        ),
        timerDetails(entry) ? h('p', { class: 'meta' }, timerDetails(entry)) : null,
      ),
    ),
  );
}

export const slaBoardView: View = async (ctx, main) => {
  const heading = t('sla.title');
  const board = await loadInto(main, heading, () => ctx.call('listStaffSlaBoard', { query: { days: 7 } }), () => ctx.reload());
  if (!board) return;
  const part = (text: string, entries: BoardEntry[], id: string) => h('section', { class: 'card board-section', 'aria-labelledby': id }, h('h2', { id }, `${text}${paren(entries.length)}`), boardList(entries, id));
  mount(
    main,
    title(heading, h('button', { type: 'button', class: 'secondary', onclick: () => ctx.reload() }, t('app.refresh'))),
    h('p', { class: 'meta' }, t('sla.asOf', { at: dateTime(board.now) })),
    configAlerts(board.configAlerts),
    h(
      'div',
      { class: 'board-grid' },
      part(t('sla.atRisk'), board.atRisk, 'board-at-risk'),
      part(t('sla.breached', { days: board.days }), board.breached, 'board-breached'),
      part(t('sla.paused'), board.paused, 'board-paused'),
      part(t('sla.exempt', { days: board.days }), board.exempt, 'board-exempt'),
      part(t('sla.cancelled', { days: board.days }), board.cancelled, 'board-cancelled'),
      part(t('sla.upcoming'), board.upcoming, 'board-upcoming'),
    ),
  );
};

export const standardsView: View = async (ctx, main) => {
  const heading = t('standards.title');
  const loaded = await loadInto(
    main,
    heading,
    () =>
      Promise.all([
        ctx.call('listStaffSlaStandards'),
        ctx.call('listStaffCalendars').then((found) => found.items),
      ]),
    () => ctx.reload(),
  );
  if (!loaded) return;
  const [standards, calendars] = loaded;
  const config = standards.value;
  const editable = ctx.can('manager');
  const rows = config.standards.map((standard, index) =>
    h(
      'fieldset',
      { class: 'group standard' },
      h('legend', {}, `${standard.id} · ${label('timerKind', standard.timer)} · ${label('urgencyAny', standard.urgency)}`),
      field({ path: `config.standards.${index}.minutes`, label: t('standards.minutes'), kind: 'number', required: true, value: standard.minutes, attrs: { min: 1, inputmode: 'numeric' } }),
      field({ path: `config.standards.${index}.clock`, label: t('standards.clock'), kind: 'select', required: true, value: standard.clock, options: CLOCKS.map((value) => ({ value, label: label('clock', value) })) }),
      field({ path: `config.standards.${index}.responsibleGroup`, label: t('timer.group'), kind: 'select', required: true, value: standard.responsibleGroup, options: RESPONSIBLE_GROUPS.map((value) => ({ value, label: label('group', value) })) }),
    ),
  );
  const element = form(
    { 'data-testid': 'standards-form' },
    h('p', { class: 'hint' }, t('standards.appliesLater')),
    field({ path: 'config.warnAtPercent', label: t('standards.warnAtPercent'), kind: 'number', required: true, value: config.warnAtPercent, attrs: { min: 1, max: 99 } }),
    field({ path: 'config.repairWarrantyDays', label: t('standards.repairWarrantyDays'), kind: 'number', required: true, value: config.repairWarrantyDays, attrs: { min: 0 } }),
    field({ path: 'config.repeatFailureTargetPercent', label: t('standards.repeatFailureTargetPercent'), kind: 'number', required: true, value: config.repeatFailureTargetPercent, attrs: { min: 0, max: 100, step: '0.1' } }),
    field({ path: 'config.businessCalendarId', label: t('standards.businessCalendarId'), kind: 'select', required: true, value: config.businessCalendarId, options: calendars.map((c) => ({ value: c.id, label: `${c.name} (${c.id})` })) }),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, t('standards.groupEmails')),
      RESPONSIBLE_GROUPS.map((group) => field({ path: `config.groupEmails.${group}`, label: label('group', group), kind: 'email', required: true, value: config.groupEmails[group] })),
    ),
    ...rows,
    editable ? submitButton(t('app.save')) : null,
  );
  onSubmit(element, {
    schema: putServiceStandardsSchema,
    values: () => {
      const edited = readValues(element).config ?? {};
      return {
        expectedVersion: standards.version,
        config: {
          ...config,
          ...edited,
          groupEmails: { ...config.groupEmails, ...edited.groupEmails },
          standards: config.standards.map((standard, index) => ({ ...standard, ...edited.standards?.[index] })),
        },
      };
    },
    send: (body) => ctx.call('putStaffSlaStandards', { body }),
    done: () => ctx.reload(t('app.saved')),
  });
  if (!editable) for (const input of element.querySelectorAll<HTMLInputElement>('input, select')) input.disabled = true;
  mount(
    main,
    title(heading),
    h('p', { class: 'meta' }, t('standards.version', { version: standards.version }), standards.updatedAt ? ` · ${dateTime(standards.updatedAt)}` : ''),
    h('section', { class: 'card' }, element),
  );
};

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

export const calendarsView: View = async (ctx, main, { params }) => {
  const heading = t('calendars.title');
  const id = params[0];
  const loaded = await loadInto(
    main,
    heading,
    async () => {
      const items = (await ctx.call('listStaffCalendars')).items;
      const selected = id ?? items[0]?.id;
      return { items, record: selected ? await ctx.call('getStaffCalendars', { path: { calendarId: selected } }) : undefined };
    },
    () => ctx.reload(),
  );
  if (!loaded) return;
  const { items, record } = loaded;
  const today = shanghaiDate();
  const details = record
    ? (() => {
        const upcoming = (record.calendar.holidays ?? []).filter((d) => d >= today).slice(0, 12);
        const workdays = (record.calendar.workdays ?? []).filter((d) => d >= today).slice(0, 6);
        const element = form(
          { 'data-testid': 'calendar-form' },
          field({ path: 'name', label: t('calendars.name'), required: true, value: record.name }),
          field({ path: 'calendar', label: t('calendars.json'), kind: 'textarea', required: true, value: JSON.stringify(record.calendar, null, 2), attrs: { rows: 14, spellcheck: 'false', class: 'code' } }),
          h('p', { class: 'hint' }, t('calendars.recompute')),
          ctx.can('manager') ? submitButton(t('app.save')) : null,
        );
        onSubmit(element, {
          schema: putCalendarSchema,
          values: () => {
            const values = readValues(element);
            let calendar: unknown = values.calendar;
            try {
              calendar = JSON.parse(String(values.calendar ?? ''));
            } catch {
              // left as text: the check below reports it on the field
            }
            return { expectedVersion: record.version, name: values.name, calendar };
          },
          extraCheck: (values) => (typeof values.calendar === 'string' ? [{ path: 'calendar', message: t('calendars.invalidJson') }] : []),
          send: (body) => ctx.call('putStaffCalendars', { path: { calendarId: record.id }, body }),
          done: () => ctx.reload(t('app.saved')),
        });
        return h(
          'section',
          { class: 'card' },
          h('h2', {}, `${record.name} (${record.id})`),
          definitionList([
            [t('standards.version', { version: record.version }), record.updatedAt ? dateTime(record.updatedAt) : t('calendars.builtIn')],
            [t('calendars.timezone'), record.calendar.timezone],
            [t('calendars.week'), h('ul', { class: 'plain' }, WEEK.map((day) => h('li', {}, `${label('weekday', day)} ${(record.calendar.week[day] ?? []).map(([a, b]) => `${a}–${b}`).join(', ') || '—'}`)))],
            [t('calendars.holidays'), upcoming.length ? upcoming.map(calendarDate).join(listSep()) : undefined],
            [t('calendars.workdays'), workdays.length ? workdays.map(calendarDate).join(listSep()) : undefined],
          ]),
          h('details', { class: 'action' }, h('summary', {}, t('calendars.edit')), element),
        );
      })()
    : notice(t('app.none'));
  mount(
    main,
    title(heading),
    h('nav', { class: 'tabs', 'aria-label': heading }, items.map((item) => h('a', { href: `#/manager/calendars/${item.id}`, 'aria-current': item.id === record?.id ? 'page' : undefined }, item.name))),
    details,
  );
};
