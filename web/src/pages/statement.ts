/**
 * The fee statement (FLOW-5): `statement.html?s=<statement id>&t=<signed token>` from the statement
 * email. Lines, totals, payments; the customer confirms it or disputes it (with a reason), and asks
 * for an invoice (发票) once it is confirmed. Every answer of the API is the updated statement.
 */
import * as z from 'zod/mini';
import { confirmStatementSchema, disputeStatementSchema, invoiceRequestSchema } from '../../../lib/settlement/schemas.ts';
import { ApiError, call } from '../core/api.ts';
import { operationUrl } from '../core/operations.ts';
import { definitionList, h, mount, notice } from '../core/dom.ts';
import { field, form, onSubmit, readValues, submitButton } from '../core/forms.ts';
import { dateTime, label, locale, money, t, paren } from '../core/i18n.ts';
import { publicPage, section } from '../core/shell.ts';
import type { SuccessBody } from '../core/api-types.ts';

z.config({ jitless: true });

/** The customer's statement as the OpenAPI document types it (generated: core/api-types.ts). */
export type PublicStatement = SuccessBody<'getStatement'>;

const params = new URLSearchParams(location.search);
const statementId = params.get('s') ?? '';
const token = params.get('t') ?? '';
/** Every operation of the page is the statement's, through its signed link. */
const link = { path: { id: statementId }, query: { t: token } };
let current: PublicStatement | undefined;
let confirmation: string | undefined;

function lineTable(view: PublicStatement): HTMLElement {
  const row = (name: string, amount: number, strong = false) =>
    h('tr', {}, h('td', { colspan: '3' }, strong ? h('strong', {}, name) : name), h('td', { class: 'num' }, strong ? h('strong', {}, money(amount)) : money(amount)));
  const vatPercent = `${(view.vatBasisPoints / 100).toFixed(view.vatBasisPoints % 100 === 0 ? 0 : 2)}%`;
  return h(
    'table',
    { class: 'statement-lines', 'data-testid': 'statement-lines' },
    h('caption', { class: 'visually-hidden' }, t('statement.title')),
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('statement.item')), h('th', { scope: 'col', class: 'num' }, t('statement.quantity')), h('th', { scope: 'col', class: 'num' }, t('statement.unitPrice')), h('th', { scope: 'col', class: 'num' }, t('statement.amount')))),
    h(
      'tbody',
      {},
      // Discount and VAT are lines of the API's itemisation too; they are shown once, with the totals.
      view.lines.filter((line) => line.kind !== 'tax' && line.kind !== 'discount').map((line) =>
        h(
          'tr',
          {},
          h('td', {}, line.description, line.waivedText ? h('span', { class: 'meta' }, ` · ${line.waivedText}`) : null),
          h('td', { class: 'num' }, line.quantity ?? ''),
          h('td', { class: 'num' }, line.unitFen !== undefined ? money(line.unitFen) : ''),
          h('td', { class: 'num' }, money(line.amountFen)),
        ),
      ),
    ),
    h(
      'tfoot',
      {},
      row(t('statement.subtotal'), view.subtotalFen),
      view.discountFen ? row(t('statement.discount'), -view.discountFen) : null,
      row(t('statement.vat', { rate: vatPercent }), view.taxFen),
      row(t('statement.total'), view.totalFen, true),
      view.paidFen ? row(t('statement.paid'), view.paidFen) : null,
      view.paidFen ? row(t('statement.outstanding'), view.outstandingFen, true) : null,
    ),
  );
}

function actions(main: HTMLElement, view: PublicStatement): HTMLElement[] {
  const done = (message: string) => (updated: PublicStatement) => {
    current = updated;
    confirmation = message;
    void render(main);
  };
  const parts: HTMLElement[] = [];
  if (view.actions.confirm) {
    const confirm = form({ 'data-testid': 'confirm-form' }, h('p', {}, t('statement.confirmIntro')), submitButton(t('statement.confirm')));
    onSubmit(confirm, {
      schema: confirmStatementSchema,
      values: () => ({ revision: view.revision, locale: locale() }),
      send: (body) => call('confirmStatement', { ...link, body }),
      done: done(t('statement.confirmed')),
    });
    parts.push(section(t('statement.confirm'), confirm));
  }
  if (view.actions.dispute) {
    const dispute = form({ 'data-testid': 'dispute-form' }, field({ path: 'reason', label: t('statement.disputeReason'), kind: 'textarea', required: true, attrs: { maxlength: 2000 } }), submitButton(t('statement.sendDispute'), { class: 'secondary' }));
    onSubmit(dispute, {
      schema: disputeStatementSchema,
      values: () => ({ ...readValues(dispute), revision: view.revision, locale: locale() }),
      send: (body) => call('disputeStatement', { ...link, body }),
      done: done(t('statement.disputed')),
    });
    parts.push(h('section', { class: 'card' }, h('details', { class: 'action' }, h('summary', {}, t('statement.dispute')), dispute)));
  }
  if (view.actions.requestInvoice) {
    const organisation = (v: Record<string, any>) => v.titleType !== 'personal';
    const special = (v: Record<string, any>) => v.type === 'special';
    const invoice = form(
      { 'data-testid': 'invoice-form' },
      field({ path: 'type', label: t('invoice.type'), kind: 'radio', required: true, value: 'normal', options: [{ value: 'normal', label: t('invoice.normal') }, { value: 'special', label: t('invoice.special') }] }),
      // The title matches its type: the organisation's name for a company title, the person's for a personal one.
      field({ path: 'titleType', label: t('invoice.titleType'), kind: 'radio', required: true, value: view.customer.organisation ? 'organisation' : 'personal', options: [{ value: 'organisation', label: t('invoice.organisation') }, { value: 'personal', label: t('invoice.personal') }] }),
      field({ path: 'title', label: t('invoice.title'), required: true, value: view.customer.organisation ?? view.customer.name }),
      field({ path: 'taxpayerId', label: t('invoice.taxpayerId'), required: true, hint: t('invoice.taxpayerIdHint'), when: organisation, attrs: { maxlength: 18, autocapitalize: 'characters' } }),
      field({ path: 'address', label: t('invoice.address'), required: true, when: special }),
      field({ path: 'phone', label: t('invoice.phone'), kind: 'tel', required: true, when: special }),
      field({ path: 'bankName', label: t('invoice.bankName'), required: true, when: special }),
      field({ path: 'bankAccount', label: t('invoice.bankAccount'), required: true, when: special, attrs: { inputmode: 'numeric' } }),
      field({ path: 'email', label: t('invoice.email'), kind: 'email', hint: t('invoice.emailHint') }),
      submitButton(t('statement.invoice')),
    );
    const titleInput = invoice.querySelector<HTMLInputElement>('[data-path="title"]');
    const suggested = (type: string) => (type === 'personal' ? view.customer.name : (view.customer.organisation ?? ''));
    for (const radio of invoice.querySelectorAll<HTMLInputElement>('[data-path="titleType"]')) {
      radio.addEventListener('change', () => {
        if (titleInput && radio.checked && (titleInput.value === suggested(radio.value === 'personal' ? 'organisation' : 'personal') || titleInput.value === '')) titleInput.value = suggested(radio.value);
      });
    }
    onSubmit(invoice, {
      schema: invoiceRequestSchema,
      values: () => ({ ...readValues(invoice), locale: locale() }),
      send: (body) => call('requestInvoice', { ...link, body }),
      done: done(t('statement.invoiceRequested')),
    });
    parts.push(section(t('statement.invoice'), invoice));
  }
  return parts;
}

async function render(main: HTMLElement): Promise<void> {
  if (!current) {
    try {
      if (!/^[0-9a-f-]{36}$/i.test(statementId) || !token) throw new ApiError(404, 'not_found', t('statement.badLink'));
      current = await call('getStatement', link);
    } catch (error) {
      const text = error instanceof ApiError && error.status === 404 ? t('statement.badLink') : (error as Error).message;
      mount(main, h('h1', {}, t('statement.title')), notice(text, 'error'));
      return;
    }
  }
  const view = current;
  mount(
    main,
    h('h1', {}, t('statement.title')),
    confirmation ? h('p', { class: 'notice notice-ok', role: 'status', tabindex: '-1', 'data-testid': 'statement-done' }, confirmation) : null,
    h(
      'section',
      { class: 'card', 'data-testid': 'statement' },
      h('p', { class: 'status-badge', 'data-status': view.status }, view.statusText),
      definitionList([
        [t('statement.number'), view.number],
        [t('status.ticket'), view.ticketNumber],
        [t('statement.customer'), `${view.customer.name}${view.customer.organisation ? `${paren(view.customer.organisation)}` : ''}`],
        [t('ticket.site'), view.site?.name],
        [t('ticket.device'), [label('system', view.device.system), view.device.model, view.device.serial].filter(Boolean).join(' · ')],
        [t('statement.issued'), `${dateTime(view.issuedAt)}${view.revision > 1 ? ` · ${t('statement.revision', { revision: view.revision })}` : ''}`],
        [t('statement.revisionReason'), view.revisionReason],
        [t('statement.confirmedAt'), view.confirmedAt ? dateTime(view.confirmedAt) : undefined],
        [t('statement.disputedAt'), view.dispute ? `${dateTime(view.dispute.at)} · ${view.dispute.reason}` : undefined],
        [t('statement.invoice'), view.invoice ? `${view.invoice.title} · ${view.invoice.invoiceNumber ? t('invoice.issued', { number: view.invoice.invoiceNumber }) : t('invoice.requested', { at: dateTime(view.invoice.requestedAt) })}` : undefined],
      ]),
      lineTable(view),
      // A plain link: the signed token is in the URL, the browser shows or saves the PDF itself.
      h('p', {}, h('a', { href: operationUrl('getStatementsPdf', link), target: '_blank', rel: 'noopener', type: 'application/pdf', 'data-testid': 'statement-pdf' }, t('statement.pdf'))),
    ),
    ...actions(main, view),
  );
  main.querySelector<HTMLElement>('[data-testid="statement-done"]')?.focus();
}

publicPage('statement.title', async (main) => {
  // A language switch shows the statement again in that language (line texts come from the API).
  if (current) current = undefined;
  await render(main);
});
