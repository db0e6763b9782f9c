/**
 * Settlement (FLOW-5) for customer service and finance: the month's statements and the open
 * disputes; one statement with its lines, revisions, the customer's link (to send by SMS or chat when
 * there is no email), a revision after a dispute, a confirmation taken on the phone, payments and the
 * invoice number. The manager edits the fee schedule (versioned).
 */
import { invoiceIssuedSchema, paymentSchema, putFeeScheduleSchema, revisionSchema, staffConfirmSchema } from '../../../../lib/settlement/schemas.ts';
import { PAYMENT_METHODS } from '../../../../lib/settlement/domain/statement.ts';
import { SKILL_LEVELS } from '../../../../lib/staff/domain/staff.ts';
import { definitionList, h, mount } from '../../core/dom.ts';
import { field, form, onSubmit, readValues, submitButton } from '../../core/forms.ts';
import { calendarDate, dateTime, label, money, shanghaiDate, t, colon, paren } from '../../core/i18n.ts';
import type { RequestBody, Schema } from '../../core/api-types.ts';
import { operationUrl } from '../../core/operations.ts';
import type { Ctx, View } from '../context.ts';
import { disclosure, loadInto, pdfButton, title, type TicketSummary } from '../ui.ts';

/** A statement as the API answers it (OpenAPI `Statement`), and with its revisions (`StatementDetail`). */
type StatementSummary = Schema<'Statement'>;
type StatementDetail = Schema<'StatementDetail'>;

/** Fen as the text of an amount input ("680.00"). */
const yuanText = (fen: number) => `${Math.trunc(fen / 100)}.${String(Math.abs(fen % 100)).padStart(2, '0')}`;

function statementCard(statement: StatementSummary): HTMLElement {
  return h(
    'li',
    { class: 'card', 'data-statement': statement.number, 'data-ticket': statement.ticketNumber },
    h(
      'div',
      { class: 'card-head' },
      h('a', { class: 'ticket-link', href: `#/cs/statement/${statement.statementId}` }, statement.number),
      ' ',
      h('span', { class: `badge statement-${statement.status}` }, label('statementStatus', statement.status)),
      statement.invoiceRequest && !statement.invoice ? h('span', { class: 'badge' }, t('settlement.invoiceToIssue')) : null,
    ),
    h('p', { class: 'meta' }, `${statement.ticketNumber} · ${statement.customer.name}${statement.customer.organisation ? `${paren(statement.customer.organisation)}` : ''}`),
    h('p', {}, `${t('statement.total')} ${money(statement.totalFen)}`, statement.paidFen ? ` · ${t('statement.paid')} ${money(statement.paidFen)}` : ''),
    statement.dispute ? h('p', { class: 'meta' }, `${t('statement.disputedAt')}${colon()}${statement.dispute.reason}`) : null,
  );
}

const thisMonth = () => shanghaiDate().slice(0, 7);
const shiftMonth = (month: string, by: number) => {
  const [y, m] = month.split('-').map(Number);
  const date = new Date(Date.UTC(y!, m! - 1 + by, 1));
  return date.toISOString().slice(0, 7);
};

export const settlementView: View = async (ctx, main, { query }) => {
  const month = /^\d{4}-\d{2}$/.test(query.get('month') ?? '') ? query.get('month')! : thisMonth();
  const heading = t('nav.settlement');
  const loaded = await loadInto(
    main,
    heading,
    () =>
      Promise.all([
        ctx.call('listStaffStatements', { query: { status: 'disputed' } }).then((r) => r.items),
        ctx.call('listStaffStatements', { query: { month } }).then((r) => r.items),
      ]),
    () => ctx.reload(),
  );
  if (!loaded) return;
  const [disputes, statements] = loaded;
  const waiting = statements.filter((s) => s.status === 'issued');
  const toCollect = statements.filter((s) => s.status === 'confirmed');
  const invoices = statements.filter((s) => s.invoiceRequest && !s.invoice);
  const list = (items: StatementSummary[], id: string) => h('ul', { class: 'cards', 'data-testid': id }, items.length ? items.map(statementCard) : h('li', { class: 'empty' }, t('list.empty')));
  mount(
    main,
    title(heading),
    h('nav', { class: 'day-nav', 'aria-label': t('settlement.month') }, h('a', { class: 'button secondary', href: `#/cs/settlement?month=${shiftMonth(month, -1)}` }, shiftMonth(month, -1)), h('strong', {}, month), h('a', { class: 'button secondary', href: `#/cs/settlement?month=${shiftMonth(month, 1)}` }, shiftMonth(month, 1))),
    h('section', { class: 'queue' }, h('h2', {}, t('settlement.disputes')), list(disputes, 'statements-disputed')),
    h('section', { class: 'queue' }, h('h2', {}, t('settlement.waiting')), list(waiting, 'statements-issued')),
    h('section', { class: 'queue' }, h('h2', {}, t('settlement.toCollect')), list(toCollect, 'statements-confirmed')),
    h('section', { class: 'queue' }, h('h2', {}, t('settlement.invoices')), list(invoices, 'statements-invoices')),
    h('section', { class: 'queue' }, h('h2', {}, t('settlement.all', { month })), list(statements, 'statements-month')),
  );
};

function actionForms(ctx: Ctx, detail: StatementDetail): HTMLElement[] {
  const { statement } = detail;
  const path = { statementId: statement.statementId };
  const parts: HTMLElement[] = [];
  if ((statement.status === 'issued' || statement.status === 'disputed') && ctx.can('customer_service')) {
    const manager = ctx.session.user.roles.includes('manager');
    const revise = form(
      { 'data-testid': 'revise-form' },
      field({ path: 'reason', label: t('settlement.reviseReason'), kind: 'textarea', required: true }),
      // A discount is the manager's (server: DiscountNeedsManagerError); a percentage or an amount, with its reason.
      manager
        ? h(
            'fieldset',
            { class: 'group' },
            h('legend', {}, t('settlement.discount')),
            field({ path: 'discount.percentBasisPoints', label: t('settlement.discountPercent'), type: 'percent', attrs: { inputmode: 'decimal' } }),
            field({ path: 'discount.amountFen', label: t('settlement.discountAmount'), type: 'yuan', attrs: { inputmode: 'decimal' } }),
            field({ path: 'discount.reason', label: t('settlement.discountReason') }),
          )
        : null,
      submitButton(t('settlement.revise')),
    );
    const reviseValues = () => {
      const { discount, ...rest } = readValues(revise) as { discount?: Record<string, unknown> } & Record<string, unknown>;
      const wanted = discount && (discount.percentBasisPoints !== undefined || discount.amountFen !== undefined || discount.reason !== undefined);
      return { ...rest, ...(wanted ? { discount } : {}), expectedRevision: statement.revision };
    };
    // The schema's refinement lets a discount through with exactly one of percentage and amount, which its type cannot say.
    onSubmit(revise, { schema: revisionSchema, values: reviseValues, send: (body) => ctx.call('postStaffStatementsRevisions', { path, body: body as RequestBody<'postStaffStatementsRevisions'> }), done: () => ctx.reload(t('app.saved')) });
    parts.push(disclosure(t('settlement.revise'), h('p', { class: 'hint' }, t('settlement.reviseHint')), revise));
  }
  if (statement.status === 'issued' && ctx.can('customer_service')) {
    const confirm = form({}, field({ path: 'note', label: t('settlement.confirmNote'), kind: 'textarea', required: true }), submitButton(t('settlement.confirmOnPhone')));
    onSubmit(confirm, { schema: staffConfirmSchema, values: () => ({ ...readValues(confirm), revision: statement.revision }), send: (body) => ctx.call('postStaffStatementsConfirm', { path, body }), done: () => ctx.reload(t('app.saved')) });
    parts.push(disclosure(t('settlement.confirmOnPhone'), confirm));
  }
  if (statement.status === 'confirmed' && detail.outstandingFen > 0) {
    const pay = form(
      { 'data-testid': 'payment-form' },
      field({ path: 'amountFen', label: t('settlement.amount'), type: 'yuan', required: true, value: yuanText(detail.outstandingFen), attrs: { inputmode: 'decimal' } }),
      field({ path: 'paidOn', label: t('settlement.paidOn'), kind: 'date', required: true, value: shanghaiDate(), attrs: { max: shanghaiDate() } }),
      field({ path: 'method', label: t('settlement.method'), kind: 'select', required: true, options: PAYMENT_METHODS.map((value) => ({ value, label: label('payment', value) })) }),
      field({ path: 'reference', label: t('settlement.reference') }),
      submitButton(t('settlement.recordPayment')),
    );
    onSubmit(pay, { schema: paymentSchema, send: (body) => ctx.call('postStaffStatementsPayments', { path, body }), done: () => ctx.reload(t('app.saved')) });
    parts.push(disclosure(t('settlement.recordPayment'), pay));
  }
  if (statement.invoiceRequest && !statement.invoice) {
    const issue = form(
      {},
      field({ path: 'invoiceNumber', label: t('settlement.invoiceNumber'), required: true, hint: t('settlement.invoiceNumberHint'), attrs: { inputmode: 'numeric' } }),
      field({ path: 'issuedOn', label: t('settlement.issuedOn'), kind: 'date', required: true, value: shanghaiDate() }),
      submitButton(t('settlement.recordInvoice')),
    );
    onSubmit(issue, { schema: invoiceIssuedSchema, send: (body) => ctx.call('postStaffStatementsInvoice', { path, body }), done: () => ctx.reload(t('app.saved')) });
    parts.push(disclosure(t('settlement.recordInvoice'), issue));
  }
  return parts;
}

export const statementView: View = async (ctx, main, { params, query }) => {
  const heading = t('statement.title');
  const ticketId = query.get('ticket');
  const statementId = params[0];
  const load = () => (statementId ? ctx.call('getStaffStatements', { path: { statementId } }) : ctx.call('listStaffTicketsStatement', { path: { id: ticketId ?? '' } }));
  const detail = await loadInto(main, heading, load, () => ctx.reload());
  if (!detail) return;
  const { statement } = detail;
  const lines = detail.current?.lines ?? [];
  mount(
    main,
    title(`${heading} ${statement.number}`, h('a', { href: '#/cs/settlement' }, t('app.back'))),
    h(
      'section',
      { class: 'card', 'data-testid': 'staff-statement' },
      definitionList([
        [t('ticket.status'), label('statementStatus', statement.status)],
        [t('status.ticket'), h('a', { href: `#/ticket/${statement.ticketId}` }, statement.ticketNumber)],
        [t('statement.customer'), statement.customer.name],
        [t('statement.issued'), `${dateTime(statement.issuedAt)} · ${t('statement.revision', { revision: statement.revision })}`],
        [t('statement.total'), money(statement.totalFen)],
        [t('statement.paid'), money(statement.paidFen)],
        [t('statement.outstanding'), money(detail.outstandingFen)],
        [t('statement.confirmedAt'), statement.confirmation ? `${dateTime(statement.confirmation.at)}${statement.confirmation.note ? ` · ${statement.confirmation.note}` : ''}` : undefined],
        [t('statement.disputedAt'), statement.dispute ? `${dateTime(statement.dispute.at)} · ${statement.dispute.reason}` : undefined],
        [t('statement.invoice'), statement.invoiceRequest ? `${statement.invoiceRequest.title}${statement.invoiceRequest.taxpayerId ? ` · ${statement.invoiceRequest.taxpayerId}` : ''} · ${label('invoiceType', statement.invoiceRequest.type)}${statement.invoice ? ` · ${t('invoice.issued', { number: statement.invoice.invoiceNumber })}` : ''}` : undefined],
      ]),
      h(
        'table',
        { class: 'statement-lines' },
        h('caption', { class: 'visually-hidden' }, t('statement.title')),
        h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('statement.item')), h('th', { scope: 'col', class: 'num' }, t('statement.quantity')), h('th', { scope: 'col', class: 'num' }, t('statement.amount')))),
        h('tbody', {}, lines.map((line) => h('tr', {}, h('td', {}, line.description, line.waivedText ? h('span', { class: 'meta' }, ` · ${line.waivedText}`) : null), h('td', { class: 'num' }, line.quantity ?? ''), h('td', { class: 'num' }, money(line.amountFen))))),
      ),
      statement.payments.length ? h('ul', { class: 'plain' }, statement.payments.map((p) => h('li', {}, `${calendarDate(p.paidOn)} · ${label('payment', p.method)} · ${money(p.amountFen)}${p.reference ? ` · ${p.reference}` : ''}`))) : null,
      h('p', {}, h('a', { href: detail.customerUrl, target: '_blank', rel: 'noopener', 'data-testid': 'customer-statement-link' }, t('settlement.customerLink')), h('span', { class: 'meta' }, ` ${t('settlement.linkValidUntil', { at: dateTime(detail.customerUrlExpiresAt) })}`)),
      pdfButton(ctx, operationUrl('getStaffStatementsPdf', { path: { statementId: statement.statementId } }), `结算单-${statement.number}-第${statement.revision}版.pdf`, t('settlement.pdf'), 'statement-pdf'),
    ),
    h('section', { class: 'card' }, h('h2', {}, t('ticket.actions')), ...actionForms(ctx, detail)),
    detail.revisions.length > 1
      ? h(
          'section',
          { class: 'card' },
          h('h2', {}, t('settlement.revisions')),
          h('ol', { class: 'timeline' }, detail.revisions.map((r) => h('li', {}, h('time', { datetime: r.issuedAt }, dateTime(r.issuedAt)), ` ${t('statement.revision', { revision: r.revision })} · ${money(r.totalFen)}`, r.reason ? h('span', { class: 'meta' }, ` · ${r.reason}`) : null))),
        )
      : null,
  );
};

/** The link from the ticket page to its statement (once the ticket has one). */
export function ticketStatementLink(ctx: Ctx, ticket: TicketSummary): HTMLElement | null {
  if (!ctx.can('customer_service', 'finance')) return null;
  if (!['completed', 'followed_up', 'settled', 'closed'].includes(ticket.status)) return null;
  return h('p', {}, h('a', { href: `#/cs/statement?ticket=${ticket.id}` }, t('settlement.ticketStatement')));
}

const percentText = (basisPoints: number) => String(basisPoints / 100);

export const feeScheduleView: View = async (ctx, main) => {
  const heading = t('nav.fees');
  const schedule = await loadInto(main, heading, () => ctx.call('listStaffSettlementFeeSchedule'), () => ctx.reload());
  if (!schedule) return;
  const config = schedule.value;
  const editable = ctx.can('manager');
  const element = form(
    { 'data-testid': 'fee-schedule-form' },
    h('fieldset', { class: 'group' }, h('legend', {}, t('fees.labour')), SKILL_LEVELS.map((level) => field({ path: `config.labour.hourlyRateFen.${level}`, label: t('fees.hourly', { level: label('skillLevel', level) }), type: 'yuan', required: true, value: yuanText(config.labour.hourlyRateFen[level] ?? 0), attrs: { inputmode: 'decimal' } })), field({ path: 'config.labour.incrementMinutes', label: t('fees.increment'), kind: 'number', required: true, value: config.labour.incrementMinutes }), field({ path: 'config.labour.minimumMinutes', label: t('fees.minimum'), kind: 'number', required: true, value: config.labour.minimumMinutes })),
    field({ path: 'config.callOutFeeFen', label: t('fees.callOut'), type: 'yuan', required: true, value: yuanText(config.callOutFeeFen), attrs: { inputmode: 'decimal' } }),
    field({ path: 'config.remoteResolutionFeeFen', label: t('fees.remote'), type: 'yuan', required: true, value: yuanText(config.remoteResolutionFeeFen), attrs: { inputmode: 'decimal' } }),
    field({ path: 'config.urgentSurchargeBasisPoints', label: t('fees.urgent'), type: 'percent', required: true, value: percentText(config.urgentSurchargeBasisPoints), attrs: { inputmode: 'decimal' } }),
    field({ path: 'config.vatBasisPoints', label: t('fees.vat'), type: 'percent', required: true, value: percentText(config.vatBasisPoints), attrs: { inputmode: 'decimal' } }),
    field({ path: 'config.statementAt', label: t('fees.statementAt'), kind: 'radio', required: true, value: config.statementAt, options: [{ value: 'followed_up', label: t('fees.afterFollowUp') }, { value: 'completion', label: t('fees.atCompletion') }] }),
    field({ path: 'config.financeEmail', label: t('fees.financeEmail'), kind: 'email', required: true, value: config.financeEmail }),
    field({ path: 'config.statementLinkValidDays', label: t('fees.linkDays'), kind: 'number', required: true, value: config.statementLinkValidDays }),
    // Printed on the statement PDF; left empty, the statement tells the customer to ask customer service.
    h(
      'fieldset',
      { class: 'group', 'data-testid': 'fee-schedule-payee' },
      h('legend', {}, t('fees.payee')),
      h('p', { class: 'hint' }, t('fees.payeeHint')),
      field({ path: 'config.payee.name', label: t('fees.payeeName'), value: config.payee?.name ?? '' }),
      field({ path: 'config.payee.bankName', label: t('fees.payeeBank'), value: config.payee?.bankName ?? '' }),
      field({ path: 'config.payee.bankAccount', label: t('fees.payeeAccount'), value: config.payee?.bankAccount ?? '', attrs: { inputmode: 'numeric' } }),
      field({ path: 'config.payee.note', label: t('fees.payeeNote'), value: config.payee?.note ?? '' }),
    ),
    editable ? submitButton(t('app.save')) : null,
  );
  onSubmit(element, {
    schema: putFeeScheduleSchema,
    values: () => {
      const edited = readValues(element).config ?? {};
      // No payee field filled: no payment details (not an empty payee the schema would refuse).
      const payee = edited.payee && Object.keys(edited.payee).length > 0 ? edited.payee : undefined;
      return { expectedVersion: schedule.version, config: { ...config, ...edited, payee, labour: { ...config.labour, ...edited.labour, hourlyRateFen: { ...config.labour.hourlyRateFen, ...edited.labour?.hourlyRateFen } } } };
    },
    send: (body) => ctx.call('putStaffSettlementFeeSchedule', { body }),
    done: () => ctx.reload(t('app.saved')),
  });
  if (!editable) for (const input of element.querySelectorAll<HTMLInputElement>('input, select')) input.disabled = true;
  mount(main, title(heading), h('p', { class: 'meta' }, t('standards.version', { version: schedule.version }), schedule.updatedAt ? ` · ${dateTime(schedule.updatedAt)}` : ''), h('p', { class: 'hint' }, t('fees.hint')), h('section', { class: 'card' }, element));
};
