/**
 * The customer's status page: `status.html?id=<ticket id>&t=<signed token>` renders
 * GET /v1/tickets/{id}?t= (number, status, next step, milestones, promised times, appointment) in
 * the chosen language. A wrong or missing token reads exactly like an unknown ticket. The customer
 * may file a complaint here and follow it (its state, and the reply once the manager approved it).
 */
import { ApiError, call } from '../core/api.ts';
import type { SuccessBody } from '../core/api-types.ts';
import { operationUrl } from '../core/operations.ts';
import { definitionList, h, mount, notice } from '../core/dom.ts';
import { dateTime, label, t } from '../core/i18n.ts';
import { publicPage, section } from '../core/shell.ts';
import { field, form, onSubmit, submitButton } from '../core/forms.ts';
import { customerComplaintSchema } from '../../../lib/followup/schemas.ts';

/** The answer of GET /v1/tickets/{id}, as the OpenAPI document types it (generated: core/api-types.ts). */
type PublicView = SuccessBody<'getTicketStatus'>;

/** The customer's complaints on this ticket, and a form to file one (investigated by the manager, STD-3). */
function complaintsSection(view: PublicView, main: HTMLElement): HTMLElement {
  const element = form(
    { 'data-testid': 'complaint-form' },
    field({ path: 'complaint', label: t('status.complaintText'), kind: 'textarea', required: true, hint: t('status.complaintHint'), attrs: { maxlength: 2000 } }),
    submitButton(t('status.complaintSend')),
  );
  onSubmit(element, {
    schema: customerComplaintSchema,
    send: (body) => call('fileComplaint', { path: { id }, query: { t: token }, body }),
    done: () => void render(main, t('status.complaintFiled')),
  });
  const filed = view.complaints ?? [];
  return section(
    t('status.complaints'),
    filed.length
      ? h(
          'ul',
          { class: 'cards', 'data-testid': 'complaints' },
          filed.map((complaint) =>
            h(
              'li',
              { class: 'card', 'data-complaint': complaint.investigationId, 'data-state': complaint.status },
              h('p', {}, h('time', { datetime: complaint.filedAt }, dateTime(complaint.filedAt)), ' · ', h('strong', {}, complaint.statusLabel)),
              h('p', { class: 'quote' }, complaint.complaint),
              complaint.reply ? h('p', { class: 'reply' }, h('strong', {}, t('status.complaintReply')), ' ', complaint.reply) : null,
            ),
          ),
        )
      : null,
    h('details', { class: 'action' }, h('summary', {}, t('status.complaintOpen')), element),
  );
}

const params = new URLSearchParams(location.search);
const id = params.get('id') ?? '';
const token = params.get('t') ?? '';

async function render(main: HTMLElement, flash?: string): Promise<void> {
  mount(main, h('h1', {}, t('status.title')), h('p', { role: 'status' }, t('app.loading')));
  let view: PublicView;
  try {
    if (!/^[0-9a-f-]{36}$/i.test(id) || !token) throw new ApiError(404, 'not_found', t('status.badLink'));
    view = await call('getTicketStatus', { path: { id }, query: { t: token } });
  } catch (error) {
    const text = error instanceof ApiError && error.status === 404 ? t('status.badLink') : (error as Error).message;
    mount(main, h('h1', {}, t('status.title')), notice(text, 'error'), h('p', {}, h('button', { type: 'button', onclick: () => void render(main) }, t('app.retry'))));
    return;
  }
  mount(
    main,
    h('h1', {}, t('status.title')),
    flash ? notice(flash, 'ok') : null,
    h(
      'section',
      { class: 'card status-summary', 'data-testid': 'ticket-status' },
      h('p', { class: 'status-badge', 'data-status': view.status }, view.statusLabel),
      definitionList([
        [t('status.ticket'), view.number],
        [t('status.system'), label('system', view.system)],
        [t('status.urgency'), label('urgency', view.urgency)],
        [t('status.reported'), dateTime(view.reportedAt)],
        [t('status.appointment'), view.appointment ? `${dateTime(view.appointment.from)} – ${dateTime(view.appointment.to)}` : undefined],
      ]),
      h('p', { class: 'next-step' }, h('strong', {}, t('status.next')), ' ', view.nextStep),
      // After a visit signed off by the customer: the repair report, through the same signed link.
      view.milestones.some((m) => m.type === 'on_site') && ['completed', 'followed_up', 'settled', 'closed'].includes(view.status)
        ? h('p', {}, h('a', { href: operationUrl('getTicketsRepairReportPdf', { path: { id }, query: { t: token } }), target: '_blank', rel: 'noopener', type: 'application/pdf', 'data-testid': 'repair-report-pdf' }, t('status.repairReport')))
        : null,
    ),
    view.promises?.length
      ? section(
          t('status.promises'),
          h(
            'ul',
            { class: 'promises' },
            view.promises.map((promise) =>
              h(
                'li',
                { class: `promise-${promise.state}`, 'data-promise': promise.kind, 'data-state': promise.state },
                h('span', { class: 'what' }, promise.label),
                ' ',
                h('span', { class: 'state' }, promise.stateLabel),
                promise.dueAt ? h('span', { class: 'when' }, ' ', t('status.promiseBy', { at: dateTime(promise.dueAt) })) : null,
                promise.newExpectedAt ? h('span', { class: 'when' }, ' ', t('status.promiseNew', { at: dateTime(promise.newExpectedAt) })) : null,
                promise.note ? h('span', { class: 'note' }, ' ', promise.note) : promise.state === 'pending' && !promise.dueAt ? h('span', { class: 'note' }, ' ', t('status.promisePaused')) : null,
              ),
            ),
          ),
        )
      : null,
    section(
      t('status.milestones'),
      h(
        'ol',
        { class: 'timeline' },
        view.milestones.map((m) => h('li', {}, h('time', { datetime: m.at }, dateTime(m.at)), ' ', m.label)),
      ),
    ),
    complaintsSection(view, main),
  );
}

publicPage('status.title', render);
