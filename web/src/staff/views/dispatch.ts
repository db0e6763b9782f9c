/**
 * Dispatch (FLOW-3), for the manager or a repair-service lead: the tickets waiting for a visit, the
 * proposed technicians for a date with the reason each one is or is not eligible, and the visit
 * window agreed with the customer (plus the agreed completion for a complex repair).
 */
import { cancelVisitSchema, rescheduleSchema, scheduleSchema } from '../../../../lib/dispatch/schemas.ts';
import { definitionList, h, mount, notice } from '../../core/dom.ts';
import { field, form, onSubmit, readValues, submitButton } from '../../core/forms.ts';
import { calendarDate, dateTime, label, shanghaiDate, shanghaiInstant, shanghaiLocalValue, t, timeOnly, colon, listSep } from '../../core/i18n.ts';
import type { Schema } from '../../core/api-types.ts';
import type { Ctx, View } from '../context.ts';
import { customerLine, disclosure, loadInto, ticketCard, title, urgencyBadge, type TicketSummary } from '../ui.ts';
import { loadCatalog } from './support.ts';

/** Why a technician may not go on the date (OpenAPI `IneligibleReason`). */
type Reason = Schema<'IneligibleReason'>;
type Candidate = Schema<'TechnicianCandidates'>['candidates'][number];

/** The tickets of the last list read: a repair lead may list the dispatch queue but not read a ticket. */
const seen = new Map<string, TicketSummary>();

async function awaitingDispatch(ctx: Ctx): Promise<TicketSummary[]> {
  const tickets: TicketSummary[] = [];
  let cursor: string | undefined;
  do {
    const page = await ctx.call('listStaffTickets', { query: { status: 'awaiting_dispatch', order: 'oldest', limit: 100, cursor } });
    tickets.push(...page.items);
    cursor = page.cursor;
  } while (cursor && tickets.length < 500);
  for (const ticket of tickets) seen.set(ticket.id, ticket);
  return tickets;
}

async function scheduledTickets(ctx: Ctx): Promise<TicketSummary[]> {
  return (await ctx.call('listStaffTickets', { query: { status: 'scheduled', order: 'oldest', limit: 100 } })).items;
}

/** Move or call off a planned visit (the customer asked, a part is late): history is kept, the customer told. */
function visitChanges(ctx: Ctx, ticket: TicketSummary, technicians: Array<{ value: string; label: string }>): HTMLElement | null {
  const jobId = ticket.currentJobId;
  if (!jobId || !ticket.appointment) return null;
  const from = shanghaiLocalValue(ticket.appointment.from);
  const to = shanghaiLocalValue(ticket.appointment.to);
  const reschedule = form(
    {},
    field({ path: 'window.from', label: t('dispatch.from'), kind: 'datetime-local', required: true, value: from }),
    field({ path: 'window.to', label: t('dispatch.to'), kind: 'datetime-local', required: true, value: to }),
    technicians.length ? field({ path: 'technicianId', label: t('dispatch.technician'), kind: 'select', options: technicians }) : null,
    field({ path: 'reason', label: t('timer.reason'), kind: 'textarea', required: true }),
    submitButton(t('dispatch.reschedule')),
  );
  onSubmit(reschedule, { schema: rescheduleSchema, send: (body) => ctx.call('postStaffJobsReschedule', { path: { jobId }, body }), done: () => ctx.reload(t('app.saved')) });
  const cancel = form({}, field({ path: 'reason', label: t('timer.reason'), kind: 'textarea', required: true }), submitButton(t('dispatch.cancelVisit'), { class: 'secondary' }));
  onSubmit(cancel, { schema: cancelVisitSchema, send: (body) => ctx.call('postStaffJobsCancel', { path: { jobId }, body }), done: () => ctx.reload(t('app.saved')) });
  return h('div', {}, h('p', { class: 'meta' }, `${t('job.window')}${colon()}${dateTime(ticket.appointment.from)} – ${timeOnly(ticket.appointment.to)}`), disclosure(t('dispatch.reschedule'), reschedule), disclosure(t('dispatch.cancelVisit'), cancel));
}

export const dispatchQueueView: View = async (ctx, main) => {
  const heading = t('dispatch.title');
  const loaded = await loadInto(
    main,
    heading,
    () =>
      Promise.all([
        awaitingDispatch(ctx),
        scheduledTickets(ctx),
        ctx
          .call('listStaffMembers')
          .then((r) => r.items.filter((m) => m.roles.includes('technician')))
          .catch(() => []),
      ]),
    () => ctx.reload(),
  );
  if (!loaded) return;
  const [tickets, scheduled, technicians] = loaded;
  const technicianOptions = technicians.map((m) => ({ value: m.id, label: m.name }));
  mount(
    main,
    title(heading),
    h(
      'section',
      { class: 'queue', 'data-queue': 'awaiting_dispatch' },
      h('h2', {}, t('list.awaitingDispatch')),
      h('ul', { class: 'cards' }, tickets.length ? tickets.map((ticket) => ticketCard(ticket, `#/dispatch/${ticket.id}`)) : h('li', { class: 'empty' }, t('list.empty'))),
    ),
    h(
      'section',
      { class: 'queue', 'data-queue': 'scheduled' },
      h('h2', {}, t('list.scheduled')),
      h('ul', { class: 'cards' }, scheduled.length ? scheduled.map((ticket) => ticketCard(ticket, ctx.can('customer_service') ? `#/ticket/${ticket.id}` : '#/dispatch', visitChanges(ctx, ticket, technicianOptions))) : h('li', { class: 'empty' }, t('list.empty'))),
    ),
  );
};

export function reasonText(reason: Reason): string {
  // The reason's own fields (skill, certificate, dates...) fill its label's placeholders.
  const params = Object.fromEntries(Object.entries(reason).map(([name, value]) => [name, String(value)]));
  return label('eligibility', reason.code, params);
}

function defaultWindow(): { date: string; from: string; to: string } {
  const now = new Date();
  const start = new Date(Math.ceil((now.getTime() + 30 * 60_000) / 3_600_000) * 3_600_000);
  const startLocal = shanghaiLocalValue(start);
  const endLocal = shanghaiLocalValue(new Date(start.getTime() + 2 * 3_600_000));
  const date = startLocal.slice(0, 10);
  return { date, from: startLocal.slice(11), to: endLocal.slice(0, 10) === date ? endLocal.slice(11) : '23:59' };
}

function candidateList(candidates: Candidate[]): HTMLElement {
  return h(
    'fieldset',
    { class: 'field radios candidates', 'data-field': 'technicianId' },
    h('legend', {}, t('dispatch.candidates'), h('span', { class: 'req', 'aria-hidden': 'true' }, ' *')),
    candidates.map((candidate, index) => {
      const reasonsId = `reasons-${index}`;
      return h(
        'div',
        { class: `candidate ${candidate.eligible ? 'eligible' : 'ineligible'}`, 'data-technician': candidate.technicianId },
        h(
          'label',
          { class: 'choice' },
          h('input', {
            type: 'radio',
            name: 'technicianId',
            value: candidate.technicianId,
            'data-path': 'technicianId',
            disabled: !candidate.eligible,
            checked: candidate.eligible && candidates.findIndex((c) => c.eligible) === index,
            'aria-describedby': reasonsId,
          }),
          ' ',
          h('strong', {}, candidate.name),
          ' ',
          h('span', { class: `badge ${candidate.eligible ? 'ok' : 'bad'}` }, candidate.eligible ? t('dispatch.eligible') : t('dispatch.notEligible')),
        ),
        h(
          'p',
          { class: 'meta', id: reasonsId },
          [t('dispatch.jobsThatDay', { n: candidate.jobsThatDay }), ...candidate.reasons.map(reasonText)].join(' · '),
        ),
      );
    }),
    h('p', { class: 'error', hidden: true }),
  );
}

export const scheduleView: View = async (ctx, main, { params }) => {
  const id = params[0] ?? '';
  const heading = t('dispatch.title');
  const loaded = await loadInto(
    main,
    heading,
    async () => {
      const ticket = seen.get(id) ?? (await awaitingDispatch(ctx)).find((candidate) => candidate.id === id);
      const catalog = await loadCatalog(ctx).catch(() => []);
      return { ticket, catalog };
    },
    () => ctx.reload(),
  );
  if (!loaded) return;
  const { ticket, catalog } = loaded;
  if (!ticket) {
    mount(main, title(heading), notice(t('app.notFound'), 'error'), h('a', { href: '#/dispatch' }, t('app.back')));
    return;
  }
  const assessment: Partial<Schema<'TicketAssessment'>> = ticket.assessment ?? {};
  const complex = assessment.complexity === 'complex';
  const initial = defaultWindow();
  const candidatesBox = h('div', { class: 'candidates-box', 'aria-live': 'polite' });

  const showCandidates = async (date: string) => {
    candidatesBox.replaceChildren(h('p', { role: 'status' }, t('app.loading')));
    try {
      const { candidates } = await ctx.call('listStaffTicketsCandidates', { path: { id: ticket.id }, query: { date } });
      candidatesBox.replaceChildren(h('p', { class: 'meta' }, calendarDate(date)), candidateList(candidates));
    } catch (error) {
      candidatesBox.replaceChildren(notice((error as Error).message, 'error'));
    }
  };

  const dateField = field({ path: 'visitDate', label: t('dispatch.date'), kind: 'date', required: true, value: initial.date, attrs: { min: shanghaiDate(), 'data-skip': 'true' } });
  const dateInput = dateField.querySelector('input')!;
  dateInput.addEventListener('change', () => dateInput.value && void showCandidates(dateInput.value));

  const element = form(
    { 'data-testid': 'schedule-form' },
    dateField,
    candidatesBox,
    field({ path: 'window.from', label: t('dispatch.from'), kind: 'time', required: true, value: initial.from }),
    field({ path: 'window.to', label: t('dispatch.to'), kind: 'time', required: true, value: initial.to }),
    complex ? field({ path: 'agreedCompletionBy', label: t('dispatch.agreedCompletionBy'), kind: 'datetime-local', required: true }) : null,
    submitButton(t('dispatch.schedule')),
  );
  onSubmit(element, {
    schema: scheduleSchema,
    values: () => {
      const { visitDate, window, ...rest } = readValues(element);
      const at = (time: unknown) => (typeof time === 'string' && visitDate ? (shanghaiInstant(`${visitDate}T${time}`) ?? time) : time);
      return { ...rest, window: { from: at(window?.from), to: at(window?.to) } };
    },
    send: (body) => ctx.call('postStaffTicketsSchedule', { path: { id: ticket.id }, body }),
    done: ({ job }) => {
      seen.delete(ticket.id);
      const name = element.querySelector<HTMLElement>(`[data-technician="${job.technicianId}"] strong`)?.textContent ?? job.technicianId;
      mount(
        main,
        title(heading),
        notice(t('dispatch.scheduled', { name, from: dateTime(job.window.from), to: timeOnly(job.window.to) }), 'ok'),
        h('p', {}, h('a', { href: '#/dispatch', class: 'button primary' }, t('app.back'))),
      );
    },
  });

  const parts = assessment.partsNeeded ?? [];
  const partName = (sku: string) => catalog.find((p) => p.sku === sku)?.name ?? sku;
  mount(
    main,
    title(`${heading} · ${ticket.number}`),
    h(
      'section',
      { class: 'card' },
      h('p', {}, urgencyBadge(ticket.urgency), ' ', `${label('system', ticket.device.system)} · ${customerLine(ticket.customer)}`),
      definitionList([
        [t('ticket.site'), ticket.site?.address],
        [t('ticket.symptom'), ticket.symptom],
        [t('dispatch.plan'), assessment.repairPlan],
        [t('assess.skillRequired'), assessment.skillRequired ? label('system', assessment.skillRequired) : undefined],
        [t('assess.complexity'), assessment.complexity ? t(`assess.complexity.${assessment.complexity}`) : undefined],
        [t('assess.workAtHeight'), assessment.requiresWorkAtHeight ? t('app.yes') : undefined],
        [t('assess.electrician'), assessment.requiresElectrician ? t('app.yes') : undefined],
        [t('dispatch.partsToTake'), parts.length ? parts.map((p) => `${partName(p.sku)} × ${p.quantity}`).join(listSep()) : undefined],
      ]),
    ),
    h('section', { class: 'card' }, element),
  );
  void showCandidates(initial.date);
};
