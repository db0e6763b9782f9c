/**
 * Every ticket: its facts, SLA timers (with pause / resume / exemption) and timeline, plus the next
 * action for the signed-in role in the ticket's status: first contact, triage, remote confirmation
 * (customer service), assessment (technical support), dispatch (manager or repair lead).
 */
import { contactSchema, exemptionSchema, pauseSchema } from '../../../../lib/sla/schemas.ts';
import { PAUSE_CATEGORIES, TOLD_VIA } from '../../../../lib/sla/index.ts';
import { reworkJudgementSchema } from '../../../../lib/followup/schemas.ts';
import { remoteConfirmationSchema, retriageSchema, triageSchema } from '../../../../lib/dispatch/schemas.ts';
import { definitionList, h, mount } from '../../core/dom.ts';
import { field, form, onSubmit, submitButton } from '../../core/forms.ts';
import { dateTime, label, shanghaiLocalValue, t } from '../../core/i18n.ts';
import { operationUrl } from '../../core/operations.ts';
import type { Ctx, View } from '../context.ts';
import { customerLine, disclosure, loadInto, pdfButton, phoneLink, statusBadge, timeline, timerCards, title, urgencyBadge, type TicketSummary, type TimerView } from '../ui.ts';
import { assessmentForm, loadCatalog } from './support.ts';
import { complaintForm, phoneFollowUpForm } from './followup.ts';
import { extraTicketSections } from './later.ts';
import { factsForm } from './records.ts';
import { emailUndeliverableNotice } from './mail-tasks.ts';
import { staffNames } from '../staff-names.ts';

/** Statuses after a visit's sign-off: the repair report exists. */
const REPORTED: readonly string[] = ['completed', 'followed_up', 'settled', 'closed'];

function statusPageLink(statusUrl: string, ticketId: string): string {
  const token = new URL(statusUrl, location.href).searchParams.get('t') ?? '';
  return `/status.html?id=${encodeURIComponent(ticketId)}&t=${encodeURIComponent(token)}`;
}

function contactForm(ctx: Ctx, ticket: TicketSummary): HTMLElement {
  const element = form(
    { 'data-testid': 'contact-form' },
    field({ path: 'note', label: t('cs.contactNote'), kind: 'textarea', required: true }),
    submitButton(t('cs.contact')),
  );
  onSubmit(element, { schema: contactSchema, send: (body) => ctx.call('postStaffTicketsContact', { path: { id: ticket.id }, body }), done: () => ctx.reload(t('app.saved')) });
  return h('div', { class: 'action-form' }, h('h3', {}, t('cs.contact')), element);
}

function triageForm(ctx: Ctx, ticket: TicketSummary): HTMLElement {
  const simple = (values: Record<string, any>) => values.classification === 'simple';
  const element = form(
    { 'data-testid': 'triage-form' },
    field({
      path: 'classification',
      label: t('cs.classification'),
      kind: 'radio',
      required: true,
      options: [
        { value: 'simple', label: t('cs.simple') },
        { value: 'complex', label: t('cs.complex') },
      ],
    }),
    field({ path: 'notes', label: t('cs.notes'), kind: 'textarea', required: true }),
    field({ path: 'solution', label: t('cs.solution'), kind: 'textarea', required: true, when: simple }),
    field({ path: 'guidance', label: t('cs.guidance'), kind: 'textarea', required: true, when: simple }),
    submitButton(t('app.submit')),
  );
  onSubmit(element, { schema: triageSchema, send: (body) => ctx.call('postStaffTicketsTriage', { path: { id: ticket.id }, body }), done: () => ctx.reload(t('app.saved')) });
  return h('div', { class: 'action-form' }, h('h3', {}, t('cs.triage')), element);
}

/** The manager's audited correction of a triage (remote resolution <-> assessment, before dispatch). */
function retriageForm(ctx: Ctx, ticket: TicketSummary): HTMLElement {
  const classification = ticket.status === 'remote_resolution' ? 'complex' : 'simple';
  const simple = () => classification === 'simple';
  const element = form(
    { 'data-testid': 'retriage-form' },
    field({ path: 'classification', label: t('cs.classification'), kind: 'select', required: true, value: classification, options: [{ value: classification, label: t(classification === 'simple' ? 'cs.simple' : 'cs.complex') }] }),
    field({ path: 'reason', label: t('cs.retriageReason'), kind: 'textarea', required: true }),
    field({ path: 'notes', label: t('cs.notes'), kind: 'textarea', required: true }),
    field({ path: 'solution', label: t('cs.solution'), kind: 'textarea', required: true, when: simple }),
    field({ path: 'guidance', label: t('cs.guidance'), kind: 'textarea', required: true, when: simple }),
    submitButton(t('cs.retriage')),
  );
  onSubmit(element, { schema: retriageSchema, send: (body) => ctx.call('postStaffTicketsReTriage', { path: { id: ticket.id }, body }), done: () => ctx.reload(t('app.saved')) });
  return disclosure(t('cs.retriage'), element);
}

/** STD-4b judged: suspected until the technician or technical support decides; the manager may change it. */
function reworkSection(ctx: Ctx, ticket: TicketSummary): HTMLElement {
  const rework = ticket.rework!;
  const judgement = rework.judgement ?? 'confirmed';
  const text = judgement === 'suspected' ? 'ticket.reworkSuspected' : judgement === 'rejected' ? 'ticket.reworkRejected' : 'ticket.rework';
  const mayJudge = judgement === 'suspected' ? ctx.can('technician', 'tech_support') : ctx.can('manager');
  const element = form(
    { 'data-testid': 'rework-form' },
    field({ path: 'decision', label: t('rework.decision'), kind: 'radio', required: true, options: [{ value: 'confirmed', label: t('rework.confirmed') }, { value: 'rejected', label: t('rework.rejected') }] }),
    field({ path: 'reason', label: t('rework.reason'), kind: 'textarea', required: true }),
    submitButton(t('rework.judge')),
  );
  onSubmit(element, { schema: reworkJudgementSchema, send: (body) => ctx.call('postStaffTicketsReworkJudgement', { path: { id: ticket.id }, body }), done: () => ctx.reload(t('app.saved')) });
  return h(
    'div',
    { class: `notice ${judgement === 'suspected' ? 'notice-warn' : 'notice-info'}`, 'data-testid': 'rework', 'data-judgement': judgement },
    h('p', {}, t(text, { number: rework.ofTicketNumber })),
    mayJudge ? disclosure(t('rework.judge'), element) : null,
  );
}

function remoteForm(ctx: Ctx, ticket: TicketSummary): HTMLElement {
  const element = form(
    { 'data-testid': 'remote-form' },
    field({ path: 'customerConfirmation', label: t('cs.customerConfirmation'), kind: 'textarea', required: true }),
    submitButton(t('cs.confirmRemote')),
  );
  onSubmit(element, {
    schema: remoteConfirmationSchema,
    send: (body) => ctx.call('postStaffTicketsRemoteResolutionConfirm', { path: { id: ticket.id }, body }),
    done: () => ctx.reload(t('app.saved')),
  });
  return h(
    'div',
    { class: 'action-form' },
    h('h3', {}, t('cs.confirmRemote')),
    ticket.remoteResolution ? definitionList([[t('cs.solution'), ticket.remoteResolution.solution], [t('cs.guidance'), ticket.remoteResolution.guidance]]) : null,
    element,
  );
}

function timerActions(ctx: Ctx, ticket: TicketSummary) {
  return (timer: TimerView) => {
    if (timer.state !== 'running' && timer.state !== 'paused') return null;
    const path = { id: ticket.id, kind: timer.kind };
    const actions: HTMLElement[] = [];
    // When and how the customer was told: a pause or exemption counts only if they were told before the deadline.
    const told = () => [
      field({ path: 'customerToldAt', label: t('timer.customerToldAt'), kind: 'datetime-local', required: true, value: shanghaiLocalValue(new Date()) }),
      field({ path: 'customerToldVia', label: t('timer.customerToldVia'), kind: 'select', required: true, options: TOLD_VIA.map((value) => ({ value, label: label('toldVia', value) })) }),
    ];
    if (timer.state === 'running' && ctx.can('customer_service', 'tech_support')) {
      const pause = form(
        {},
        field({ path: 'category', label: t('timer.pauseCategory'), kind: 'select', required: true, options: PAUSE_CATEGORIES.map((value) => ({ value, label: label('pauseCategory', value) })) }),
        field({ path: 'reason', label: t('timer.reason'), required: true }),
        ...told(),
        submitButton(t('timer.pause')),
      );
      onSubmit(pause, { schema: pauseSchema, send: (body) => ctx.call('postStaffTicketsTimersPause', { path, body }), done: () => ctx.reload(t('app.saved')) });
      actions.push(disclosure(t('timer.pause'), pause));
    }
    if (timer.state === 'paused' && ctx.can('customer_service', 'tech_support')) {
      const resume = form({}, submitButton(t('timer.resume')));
      onSubmit(resume, { send: () => ctx.call('postStaffTicketsTimersResume', { path }), done: () => ctx.reload(t('app.saved')) });
      actions.push(resume);
    }
    if (ctx.can('customer_service')) {
      const exempt = form(
        {},
        field({ path: 'reason', label: t('timer.reason'), kind: 'textarea', required: true }),
        ...told(),
        submitButton(t('timer.exempt')),
      );
      onSubmit(exempt, { schema: exemptionSchema, send: (body) => ctx.call('postStaffTicketsTimersExemption', { path, body }), done: () => ctx.reload(t('app.saved')) });
      actions.push(disclosure(t('timer.exempt'), exempt));
    }
    return h('div', { class: 'timer-actions' }, actions);
  };
}

async function nextAction(ctx: Ctx, ticket: TicketSummary): Promise<HTMLElement | null> {
  switch (ticket.status) {
    case 'received':
      return ctx.can('customer_service') ? contactForm(ctx, ticket) : null;
    case 'triaged':
      return ctx.can('customer_service') ? triageForm(ctx, ticket) : null;
    case 'remote_resolution':
      return ctx.can('customer_service') ? remoteForm(ctx, ticket) : null;
    case 'in_assessment':
      return ctx.can('tech_support') ? assessmentForm(ctx, ticket, await loadCatalog(ctx)) : null;
    case 'awaiting_dispatch':
      return ctx.dispatcher ? h('p', {}, h('a', { class: 'button primary', href: `#/dispatch/${ticket.id}` }, t('ticket.toDispatch'))) : null;
    case 'completed':
      return ctx.can('customer_service') ? phoneFollowUpForm(ctx, ticket.id) : null;
    default:
      return null;
  }
}

export function ticketFacts(ticket: TicketSummary): HTMLElement {
  return definitionList([
    [t('ticket.status'), statusBadge(ticket.status)],
    [t('ticket.urgency'), urgencyBadge(ticket.urgency)],
    [t('ticket.channel'), ticket.channel ? label('channel', ticket.channel) : undefined],
    [t('ticket.created'), dateTime(ticket.createdAt)],
    [t('ticket.customer'), customerLine(ticket.customer)],
    [t('ticket.phone'), phoneLink(ticket.customer?.phone)],
    [t('ticket.email'), ticket.customer?.email],
    [t('ticket.site'), [ticket.site?.name, ticket.site?.address, ticket.site?.contactName, ticket.site?.contactPhone].filter(Boolean).join(' · ')],
    [t('ticket.device'), [label('system', ticket.device.system), ticket.device.model, ticket.device.serial, ticket.device.location].filter(Boolean).join(' · ')],
    [t('ticket.symptom'), ticket.symptom],
    [t('status.appointment'), ticket.appointment ? `${dateTime(ticket.appointment.from)} – ${dateTime(ticket.appointment.to)}` : undefined],
    [t('ticket.triage'), ticket.triage ? `${label('cs', ticket.triage.classification)} · ${ticket.triage.notes}` : undefined],
    [t('ticket.assessment'), ticket.assessment ? `${ticket.assessment.diagnosis} → ${ticket.assessment.repairPlan}` : undefined],
  ]);
}

export const ticketView: View = async (ctx, main, { params }) => {
  const id = params[0] ?? '';
  const loaded = await loadInto(
    main,
    t('ticket.title', { number: '' }),
    () => Promise.all([ctx.call('getStaffTickets', { path: { id } }), staffNames(ctx)]),
    () => ctx.reload(),
  );
  if (!loaded) return;
  const [detail, names] = loaded;
  const { ticket } = detail;
  const action = await nextAction(ctx, ticket);
  mount(
    main,
    title(t('ticket.title', { number: ticket.number })),
    ticket.rework ? reworkSection(ctx, ticket) : null,
    h(
      'section',
      { class: 'card', 'data-testid': 'ticket-facts' },
      emailUndeliverableNotice(ticket),
      ticketFacts(ticket),
      h('p', {}, h('a', { href: statusPageLink(detail.statusUrl, ticket.id), target: '_blank', rel: 'noopener' }, t('ticket.customerLink'))),
      // The report of the latest visit, once signed off (the ticket moved on from the visit).
      ticket.currentJobId && REPORTED.includes(ticket.status) && ctx.can('customer_service', 'tech_support')
        ? pdfButton(ctx, operationUrl('getStaffJobsRepairReportPdf', { path: { jobId: ticket.currentJobId } }), `维修服务报告-${ticket.number}.pdf`, t('ticket.repairReportPdf'), 'repair-report-pdf')
        : null,
    ),
    h(
      'section',
      { class: 'card', 'aria-labelledby': 'next-action' },
      h('h2', { id: 'next-action' }, t('ticket.actions')),
      action ?? h('p', {}, t('ticket.noAction')),
      ctx.can('manager') && (ticket.status === 'remote_resolution' || ticket.status === 'in_assessment') ? retriageForm(ctx, ticket) : null,
      ctx.can('customer_service') ? complaintForm(ctx, ticket.id, names) : null,
      factsForm(ctx, ticket),
      ...extraTicketSections(ctx, ticket),
    ),
    h('section', { class: 'card', 'data-testid': 'timers' }, h('h2', {}, t('ticket.timers')), timerCards(detail.timers, timerActions(ctx, ticket))),
    h('section', { class: 'card', 'data-testid': 'timeline' }, h('h2', {}, t('ticket.timeline')), timeline(detail.events, names)),
  );
};
