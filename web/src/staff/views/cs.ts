/**
 * Customer service (ORG-5, FLOW-1): record a report taken by phone, email or chat; the triage queue
 * (waiting for first contact, waiting for the first judgement, being resolved remotely). The actions
 * on one ticket (contact, triage, remote confirmation) are on the ticket page.
 */
import { staffReportSchema } from '../../../../lib/tickets/schemas.ts';
import { CHANNELS } from '../../../../lib/tickets/domain/ticket.ts';
import { randomKey } from '../../core/api.ts';
import { h, mount } from '../../core/dom.ts';
import { field, form, onSubmit, readValues, submitButton } from '../../core/forms.ts';
import { label, locale, t } from '../../core/i18n.ts';
import { reportFields } from '../../core/report-fields.ts';
import type { View } from '../context.ts';
import { loadInto, ticketQueue, title } from '../ui.ts';

export const newReportView: View = (ctx, main) => {
  const channels = CHANNELS.filter((c) => c !== 'api' && c !== 'web').map((value) => ({ value, label: label('channel', value) }));
  let key = randomKey();
  let lastBody = '';
  const element = form(
    { class: 'report', 'data-testid': 'staff-report' },
    field({ path: 'channel', label: t('field.channel'), kind: 'radio', options: channels, value: 'phone', required: true }),
    ...reportFields(),
    submitButton(t('app.submit')),
  );
  onSubmit(element, {
    schema: staffReportSchema,
    values: () => ({ ...readValues(element), locale: locale() }),
    send: (body) => {
      const text = JSON.stringify(body);
      if (text !== lastBody) {
        key = randomKey();
        lastBody = text;
      }
      return ctx.call('postStaffTickets', { body, idempotencyKey: key });
    },
    done: (created) => ctx.go(`ticket/${created.id}`),
  });
  mount(main, title(t('nav.newReport')), element);
};

export const triageQueueView: View = async (ctx, main) => {
  const heading = t('nav.triage');
  const queues = await loadInto(
    main,
    heading,
    () =>
      Promise.all([
        ticketQueue(ctx, 'received', t('list.received'), (ticket) => `#/ticket/${ticket.id}`),
        ticketQueue(ctx, 'triaged', t('list.triaged'), (ticket) => `#/ticket/${ticket.id}`),
        ticketQueue(ctx, 'remote_resolution', t('list.remote'), (ticket) => `#/ticket/${ticket.id}`),
      ]),
    () => ctx.reload(),
  );
  if (queues) mount(main, title(heading, h('a', { href: '#/cs/new', class: 'button primary' }, t('nav.newReport'))), ...queues);
};
