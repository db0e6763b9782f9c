/**
 * The public report page (FLOW-1): the fields of POST /v1/tickets, checked in the browser with the
 * server's own schema and messages, sent with an Idempotency-Key (a double click or a retry after a
 * network error creates one ticket), then the ticket number and the link to its status page.
 */
import * as z from 'zod';
import { publicReportSchema } from '../../../lib/tickets/schemas.ts';
import { randomKey, request } from '../core/api.ts';
import { h, mount, notice } from '../core/dom.ts';
import { form, onSubmit, readValues, submitButton } from '../core/forms.ts';
import { locale, t } from '../core/i18n.ts';
import { publicPage } from '../core/shell.ts';
import { reportFields } from '../core/report-fields.ts';

z.config({ jitless: true });

interface Created {
  id: string;
  number: string;
  statusUrl: string;
  email?: string;
}

let created: Created | undefined;
let idempotencyKey = randomKey();
let lastBody = '';

function statusPageHref(created: { id: string; statusUrl: string }): string {
  const token = new URL(created.statusUrl, location.href).searchParams.get('t') ?? '';
  return `status.html?id=${encodeURIComponent(created.id)}&t=${encodeURIComponent(token)}`;
}

function render(main: HTMLElement): void {
  if (created) {
    const done = created;
    mount(
      main,
      h('h1', {}, t('report.title')),
      h(
        'section',
        { class: 'card done', 'data-testid': 'report-done' },
        notice(t(done.email ? 'report.done' : 'report.doneNoEmail', { number: done.number }), 'ok'),
        h('p', {}, h('a', { class: 'button primary', href: statusPageHref(done), 'data-testid': 'status-link' }, t('report.statusLink'))),
        h('p', {}, h('button', { type: 'button', class: 'secondary', onclick: () => ((created = undefined), (idempotencyKey = randomKey()), render(main)) }, t('report.another'))),
      ),
    );
    main.querySelector<HTMLElement>('.notice')?.focus();
    return;
  }
  const element = form(
    { class: 'report', 'aria-labelledby': 'report-title' },
    ...reportFields(),
    submitButton(t('report.submit')),
  );
  onSubmit(element, {
    schema: publicReportSchema,
    values: () => ({ ...readValues(element), locale: locale() }),
    send: async (body) => {
      const text = JSON.stringify(body);
      if (text !== lastBody) {
        idempotencyKey = randomKey();
        lastBody = text;
      }
      const result = await request<Created>('POST', '/v1/tickets', { body, idempotencyKey });
      return { ...result, ...(body.customer?.email ? { email: body.customer.email } : {}) };
    },
    done: (result) => {
      created = result;
      render(main);
    },
  });
  mount(main, h('h1', { id: 'report-title' }, t('report.title')), h('p', { class: 'intro' }, t('report.intro')), element);
}

publicPage('report.title', render);
