/**
 * The public report page (FLOW-1): the fields of POST /v1/tickets, checked in the browser with the
 * server's own schema and messages, sent with an Idempotency-Key (a double click or a retry after a
 * network error creates one ticket), then the ticket number and the link to its status page. The
 * privacy notice (PIPL) is shown where the data is collected and must be acknowledged before sending;
 * the acknowledgement and the notice's version are recorded on the ticket.
 */
import * as z from 'zod/mini';
import { reportPageSchema } from '../../../lib/tickets/schemas.ts';
import { PRIVACY_NOTICE_VERSION, privacyNotice, type PrivacyNoticeOptions } from '../../../lib/tickets/domain/privacy-notice.ts';
import { call, randomKey } from '../core/api.ts';
import type { SuccessBody } from '../core/api-types.ts';
import { h, mount, notice } from '../core/dom.ts';
import { field, form, onSubmit, readValues, submitButton } from '../core/forms.ts';
import { locale, t } from '../core/i18n.ts';
import { publicPage } from '../core/shell.ts';
import { reportFields } from '../core/report-fields.ts';

z.config({ jitless: true });

/** The created ticket as the API answers it, and the address the confirmation went to. */
type Created = SuccessBody<'reportFault'> & { email?: string };

let created: Created | undefined;
let idempotencyKey = randomKey();
let lastBody = '';

function statusPageHref(created: { id: string; statusUrl: string }): string {
  const token = new URL(created.statusUrl, location.href).searchParams.get('t') ?? '';
  return `status.html?id=${encodeURIComponent(created.id)}&t=${encodeURIComponent(token)}`;
}

/** The deployment may name customer service's contact and the retention period (`config.json` → `privacy`). */
let noticeOptions: Promise<PrivacyNoticeOptions> | undefined;
function loadNoticeOptions(): Promise<PrivacyNoticeOptions> {
  noticeOptions ??= fetch('/config.json', { cache: 'no-store' })
    .then((response) => (response.ok ? (response.json() as Promise<{ privacy?: PrivacyNoticeOptions }>) : {}))
    .then((config) => ('privacy' in config && config.privacy ? config.privacy : {}))
    .catch(() => ({}));
  return noticeOptions;
}

function noticeSection(options: PrivacyNoticeOptions): HTMLElement {
  const notice = privacyNotice(locale(), options);
  return h(
    'section',
    { class: 'card privacy-notice', 'aria-labelledby': 'privacy-title', 'data-testid': 'privacy-notice', 'data-version': notice.version },
    h('h2', { id: 'privacy-title' }, notice.title),
    h('dl', {}, notice.items.flatMap((item) => [h('dt', {}, item.label), h('dd', {}, item.text)])),
  );
}

async function render(main: HTMLElement): Promise<void> {
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
  const options = await loadNoticeOptions();
  const element = form(
    { class: 'report', 'aria-labelledby': 'report-title' },
    ...reportFields(),
    noticeSection(options),
    field({ path: 'privacyNoticeAccepted', label: privacyNotice(locale(), options).acknowledgement, kind: 'checkbox', required: true }),
    submitButton(t('report.submit')),
  );
  onSubmit(element, {
    schema: reportPageSchema,
    values: () => ({ ...readValues(element), privacyNoticeVersion: PRIVACY_NOTICE_VERSION, locale: locale() }),
    send: async (body) => {
      const text = JSON.stringify(body);
      if (text !== lastBody) {
        idempotencyKey = randomKey();
        lastBody = text;
      }
      // The page's schema let only `true` through; its type cannot say so (a refinement, for its own message).
      const result = await call('reportFault', { body: { ...body, privacyNoticeAccepted: true }, idempotencyKey });
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
