/**
 * Purchasing pages (PARTS-1/2): suppliers, the procurement plan and purchase orders with approval,
 * receiving inspection, and supplier returns.
 */
import {
  partsSettingsSchema,
  purchaseOrderDraftSchema,
  receiptSchema,
  supplierReturnCloseSchema,
  supplierReturnOpenSchema,
  supplierSchema,
} from '../../../../lib/parts/index.ts';
import { definitionList, h, mount } from '../../core/dom.ts';
import { field, form, onSubmit, readValues, submitButton } from '../../core/forms.ts';
import { dateTime, label, money, parseYuan, t, paren, semiSep } from '../../core/i18n.ts';
import type { Schema } from '../../core/api-types.ts';
import type { Ctx, View } from '../context.ts';
import { disclosure, loadInto, title } from '../ui.ts';
import { actionButton, keyPerBody, ledgerTable, who, type Who, linesWithSerials, locations, saveUnderKey, table, withSerials } from './store-ui.ts';

type PlanLine = Schema<'ProcurementPlan'>['lines'][number];
type PurchaseOrder = Schema<'PurchaseOrder'>;
type SupplierReturn = Schema<'SupplierReturn'>;

// Suppliers -----------------------------------------------------------------------------------

/** `doc|2027-12-31` per line → qualifications; `SKU|price in yuan|lead days` per line → offers. */
function supplierValues(element: HTMLFormElement): Record<string, any> {
  const values = readValues(element);
  const rows = (text: unknown) => (Array.isArray(text) ? (text as string[]) : []).map((line) => line.split(/[|｜]/).map((cell) => cell.trim()));
  return {
    ...values,
    qualifications: rows(values.qualifications).map(([document, validUntil]) => ({ document, validUntil })),
    offers: rows(values.offers).map(([sku, price, lead]) => ({ sku, unitPriceFen: parseYuan(price ?? '') ?? price, leadTimeDays: Number(lead) })),
  };
}

export const suppliersView: View = async (ctx, main) => {
  const heading = t('nav.suppliers');
  const suppliers = await loadInto(main, heading, () => ctx.call('listStaffSuppliers').then((r) => r.items), () => ctx.reload());
  if (!suppliers) return;
  const editor = form(
    { 'data-testid': 'supplier-form' },
    field({ path: 'id', label: t('parts.supplierId'), required: true, hint: t('parts.supplierIdHint') }),
    field({ path: 'name', label: t('parts.supplierName'), required: true }),
    field({ path: 'contactName', label: t('parts.contactName'), required: true }),
    field({ path: 'email', label: t('parts.email'), kind: 'email', required: true }),
    field({ path: 'phone', label: t('parts.phone'), kind: 'tel' }),
    field({ path: 'status', label: t('parts.supplierStatus'), kind: 'radio', required: true, value: 'approved', options: (['approved', 'suspended'] as const).map((value) => ({ value, label: label('supplierStatus', value) })) }),
    field({ path: 'qualifications', label: t('parts.qualifications'), kind: 'lines', hint: t('parts.qualificationsHint') }),
    field({ path: 'offers', label: t('parts.offers'), kind: 'lines', hint: t('parts.offersHint') }),
    submitButton(t('app.save')),
  );
  saveUnderKey(ctx, editor, 'id', supplierSchema, (supplierId, body) => ctx.call('putStaffSuppliers', { path: { supplierId }, body }), () => supplierValues(editor));
  mount(
    main,
    title(heading),
    h(
      'ul',
      { class: 'cards', 'data-testid': 'suppliers' },
      suppliers.length
        ? suppliers.map((s) =>
            h(
              'li',
              { class: 'card', 'data-supplier': s.id },
              h('div', { class: 'card-head' }, h('strong', {}, s.name), ' ', h('span', { class: `badge ${s.status === 'approved' ? 'ok' : 'bad'}` }, label('supplierStatus', s.status))),
              definitionList([
                [t('parts.contactName'), `${s.contactName} · ${s.email}${s.phone ? ` · ${s.phone}` : ''}`],
                [t('parts.qualifications'), s.qualifications.map((q) => `${q.document}${paren(t('parts.validUntil', { date: q.validUntil }))}`).join(semiSep())],
                [t('parts.offers'), s.offers.map((o) => `${o.sku} ${money(o.unitPriceFen)} · ${t('parts.leadTime', { days: o.leadTimeDays })}`).join(semiSep())],
              ]),
            ),
          )
        : h('li', { class: 'empty' }, t('list.empty')),
    ),
    ctx.can('tech_support') ? disclosure(t('parts.editSupplier'), editor) : null,
  );
};

// Purchase orders -----------------------------------------------------------------------------

function orderLinesValues(element: HTMLFormElement): Record<string, any> {
  const values = readValues(element);
  const lines = (Array.isArray(values.lines) ? (values.lines as string[]) : []).map((line) => {
    const [sku, quantity] = line.split(/[\s×x*]+/).filter(Boolean);
    return { sku, quantity: Number(quantity) };
  });
  return { ...values, lines };
}

export const ordersView: View = async (ctx, main) => {
  const heading = t('nav.purchaseOrders');
  const data = await loadInto(
    main,
    heading,
    async () => {
      const [orders, suppliers, plan, settings] = await Promise.all([
        ctx.call('listStaffPurchaseOrders').then((r) => r.items),
        ctx.call('listStaffSuppliers').then((r) => r.items),
        ctx.call('listStaffProcurementPlan'),
        ctx.call('listStaffPartsSettings').then((r) => r.settings),
      ]);
      return { orders, suppliers, plan, settings };
    },
    () => ctx.reload(),
  );
  if (!data) return;
  const draft = form(
    { 'data-testid': 'order-form' },
    field({ path: 'supplierId', label: t('parts.supplier'), kind: 'select', required: true, options: data.suppliers.filter((s) => s.status === 'approved').map((s) => ({ value: s.id, label: s.name })) }),
    field({ path: 'lines', label: t('parts.orderLines'), kind: 'lines', required: true, hint: t('parts.orderLinesHint') }),
    field({ path: 'expectedBy', label: t('parts.expectedBy'), kind: 'date' }),
    submitButton(t('parts.draftOrder')),
  );
  onSubmit(draft, {
    values: () => orderLinesValues(draft),
    schema: purchaseOrderDraftSchema,
    send: (body) => ctx.call('postStaffPurchaseOrders', { body }).then((result) => result.order),
    done: (order) => ctx.go(`parts/order/${order.id}`),
  });
  const settings = form(
    { 'data-testid': 'parts-settings' },
    field({ path: 'approvalThresholdFen', label: t('parts.approvalThreshold'), type: 'yuan', required: true, value: (data.settings.approvalThresholdFen / 100).toFixed(2), attrs: { inputmode: 'decimal' } }),
    field({ path: 'purchasingEmail', label: t('parts.purchasingEmail'), kind: 'email', required: true, value: data.settings.purchasingEmail }),
    field({ path: 'consumptionWeeks', label: t('parts.consumptionWeeks'), kind: 'number', required: true, value: data.settings.consumptionWeeks, attrs: { min: 1, max: 52 } }),
    submitButton(t('app.save')),
  );
  onSubmit(settings, { schema: partsSettingsSchema, send: (body) => ctx.call('putStaffPartsSettings', { body }), done: () => ctx.reload(t('app.saved')) });
  const fromPlan = form({ 'data-testid': 'plan-form' }, submitButton(t('parts.ordersFromPlan')));
  onSubmit(fromPlan, { send: () => ctx.call('postStaffProcurementPlanOrders', { body: { month: data.plan.month } }), done: () => ctx.reload(t('app.saved')) });
  mount(
    main,
    title(heading),
    h('section', { class: 'card' }, h('h2', {}, t('parts.plan', { month: data.plan.month })), h('p', { class: 'meta' }, t('parts.planIntro', { weeks: data.plan.weeks })), planTable(data.plan.lines), ctx.can('tech_support') && data.plan.lines.length ? fromPlan : null),
    h('h2', {}, t('parts.orders')),
    table(
      t('parts.orders'),
      [t('parts.orderNumber'), t('parts.supplier'), t('parts.status'), t('parts.total'), t('parts.createdAt')],
      data.orders.map((o) => [h('a', { href: `#/parts/order/${o.id}` }, o.number), o.supplierName, label('orderStatus', o.status), money(o.totalFen), dateTime(o.createdAt)]),
      { 'data-testid': 'orders' },
    ),
    ctx.can('tech_support') ? disclosure(t('parts.newOrder'), draft) : null,
    h('p', { class: 'meta' }, t('parts.approvalRule', { amount: money(data.settings.approvalThresholdFen) })),
    ctx.can('manager') ? disclosure(t('parts.settings'), settings) : null,
  );
};

function planTable(lines: PlanLine[]): HTMLElement {
  return table(
    t('parts.planTitle'),
    [t('parts.part'), t('parts.available'), t('parts.reorderPoint'), t('parts.consumed'), t('parts.suggested'), t('parts.supplier'), t('parts.purchaseBy')],
    lines.map((l) => [`${l.name}${paren(l.specification)}`, String(l.available), String(l.reorderPoint), String(l.consumed), `${l.quantity} ${l.unit}`, l.supplierName ? `${l.supplierName} · ${money(l.unitPriceFen)}` : t('parts.noSupplier'), l.purchaseBy]),
  );
}

export const orderView: View = async (ctx, main, args) => {
  const id = args.params[0] ?? '';
  const data = await loadInto(main, t('nav.purchaseOrders'), async () => ({ ...(await ctx.call('getStaffPurchaseOrders', { path: { orderId: id } })), names: await who(ctx) }), () => ctx.reload());
  if (!data) return;
  const { order } = data;
  const operations = { submit: 'postStaffPurchaseOrdersSubmit', approve: 'postStaffPurchaseOrdersApprove', close: 'postStaffPurchaseOrdersClose', cancel: 'postStaffPurchaseOrdersCancel' } as const;
  const action = (name: keyof typeof operations) => actionButton(ctx, t(`parts.action.${name}`), () => ctx.call(operations[name], { path: { orderId: order.id } }), { 'data-action': name });
  const actions = [
    order.status === 'draft' && ctx.can('tech_support') ? action('submit') : null,
    order.status === 'pending_approval' && ctx.can('manager') ? action('approve') : null,
    (order.status === 'received' || order.status === 'partly_received') && ctx.can('tech_support') ? action('close') : null,
    (order.status === 'draft' || order.status === 'pending_approval') && ctx.can('tech_support') ? action('cancel') : null,
  ];
  mount(
    main,
    title(t('parts.orderTitle', { number: order.number })),
    definitionList([
      [t('parts.supplier'), `${order.supplierName} · ${order.supplierEmail}`],
      [t('parts.status'), h('span', { 'data-testid': 'order-status' }, label('orderStatus', order.status))],
      [t('parts.total'), money(order.totalFen)],
      [t('parts.expectedBy'), order.expectedBy],
      [t('parts.approvedBy'), order.approvedBy ? `${order.approvedBy} · ${dateTime(order.approvedAt)}` : undefined],
    ]),
    table(
      t('parts.orderLines'),
      ['#', t('parts.part'), t('parts.quantity'), t('parts.price'), t('parts.received'), t('parts.accepted'), t('parts.rejected')],
      order.lines.map((l) => [String(l.line), `${l.name}${paren(l.specification)}`, `${l.quantity} ${l.unit}`, money(l.unitPriceFen), String(l.received), String(l.accepted), String(l.rejected)]),
      { 'data-testid': 'order-lines' },
    ),
    h('div', { class: 'actions' }, ...actions),
    (order.status === 'ordered' || order.status === 'partly_received') && ctx.can('tech_support') ? receiptForm(ctx, order) : null,
    data.receipts.length ? h('h2', {}, t('parts.receipts')) : null,
    ...data.receipts.map((r) =>
      h('p', {}, `#${r.receipt} · ${dateTime(r.at)} · `, r.lines.map((l) => `${t('parts.lineShort', { line: l.line })} ${l.accepted}/${l.received}${l.rejected ? ` · ${t('parts.rejectedBecause', { count: l.rejected, reason: l.rejectReason ?? '' })}` : ''}`).join(semiSep())),
    ),
    data.entries.length ? h('h2', {}, t('parts.ledger')) : null,
    data.entries.length ? ledgerTable(data.entries, data.names) : null,
  );
};

/** PARTS-2: per line what arrived, what passed inspection, what was rejected and why, and the serials. */
function receiptForm(ctx: Ctx, order: PurchaseOrder): HTMLElement {
  const open = order.lines.filter((l) => l.received < l.quantity);
  const element = form(
    { 'data-testid': 'receipt-form' },
    ...open.map((l, index) =>
      h(
        'fieldset',
        { class: 'group', 'data-line': String(l.line) },
        h('legend', {}, `${l.line}. ${l.name}${paren(l.specification)} · ${t('parts.outstanding', { count: l.quantity - l.received })}`),
        h('input', { type: 'hidden', value: String(l.line), 'data-path': `lines.${index}.line`, 'data-type': 'number' }),
        field({ path: `lines.${index}.received`, label: t('parts.received'), kind: 'number', required: true, value: l.quantity - l.received, attrs: { min: 0 } }),
        field({ path: `lines.${index}.accepted`, label: t('parts.accepted'), kind: 'number', required: true, value: l.quantity - l.received, attrs: { min: 0 } }),
        field({ path: `lines.${index}.rejected`, label: t('parts.rejected'), kind: 'number', required: true, value: 0, attrs: { min: 0 } }),
        field({ path: `lines.${index}.rejectReason`, label: t('parts.rejectReason') }),
        field({ path: `lines.${index}.serials`, label: t('parts.serials'), hint: t('parts.serialsHint') }),
      ),
    ),
    field({ path: 'note', label: t('parts.note'), kind: 'textarea' }),
    submitButton(t('parts.receive')),
  );
  onSubmit(element, {
    values: () => ({ ...linesWithSerials(readValues(element)), expectedVersion: order.version }),
    schema: receiptSchema,
    send: (body) => ctx.call('postStaffPurchaseOrdersReceipts', { path: { orderId: order.id }, body }),
    done: () => ctx.reload(t('parts.receivedDone')),
  });
  return h('section', { class: 'card' }, h('h2', {}, t('parts.receiving')), element);
}

// Receiving: orders awaiting goods, supplier returns -----------------------------------------

export const receivingView: View = async (ctx, main) => {
  const heading = t('nav.receiving');
  const data = await loadInto(
    main,
    heading,
    async () => {
      const [orders, returns, places] = await Promise.all([
        ctx.call('listStaffPurchaseOrders').then((r) => r.items),
        ctx.call('listStaffSupplierReturns').then((r) => r.items),
        locations(ctx),
      ]);
      return { orders, returns, places, names: await who(ctx) };
    },
    () => ctx.reload(),
  );
  if (!data) return;
  const awaiting = data.orders.filter((o) => o.status === 'ordered' || o.status === 'partly_received');
  const delivered = data.orders.filter((o) => o.lines.some((l) => l.accepted > 0));
  const fromStock = form(
    { 'data-testid': 'return-from-stock' },
    field({ path: 'purchaseOrderId', label: t('parts.orderNumber'), kind: 'select', required: true, options: delivered.map((o) => ({ value: o.id, label: `${o.number} · ${o.supplierName}` })) }),
    field({ path: 'sku', label: t('parts.part'), kind: 'select', required: true, options: [...new Map(delivered.flatMap((o) => o.lines).map((l) => [l.sku, { value: l.sku, label: `${l.name}${paren(l.sku)}` }])).values()] }),
    field({ path: 'quantity', label: t('parts.quantity'), kind: 'number', required: true, value: 1, attrs: { min: 1 } }),
    field({ path: 'location', label: t('parts.location'), kind: 'select', required: true, value: 'warehouse', options: data.places }),
    field({ path: 'reason', label: t('parts.rejectReason'), kind: 'textarea', required: true }),
    field({ path: 'serials', label: t('parts.serials'), hint: t('parts.serialsHint') }),
    submitButton(t('parts.returnFromStock')),
  );
  const returnKey = keyPerBody();
  onSubmit(fromStock, {
    values: () => withSerials(readValues(fromStock)),
    schema: supplierReturnOpenSchema,
    send: (body) => ctx.call('postStaffSupplierReturns', { body, idempotencyKey: returnKey(body) }),
    done: () => ctx.reload(t('app.saved')),
  });
  mount(
    main,
    title(heading),
    h('h2', {}, t('parts.awaitingGoods')),
    table(
      t('parts.awaitingGoods'),
      [t('parts.orderNumber'), t('parts.supplier'), t('parts.status'), t('parts.expectedBy')],
      awaiting.map((o) => [h('a', { href: `#/parts/order/${o.id}`, 'data-order': o.number }, o.number), o.supplierName, label('orderStatus', o.status), o.expectedBy ?? '']),
    ),
    h('h2', {}, t('parts.returns')),
    h('ul', { class: 'cards', 'data-testid': 'returns' }, data.returns.length ? data.returns.map((r) => returnCard(ctx, r, data.names)) : h('li', { class: 'empty' }, t('list.empty'))),
    ctx.can('tech_support') && delivered.length ? disclosure(t('parts.returnFromStock'), fromStock) : null,
  );
};

function returnCard(ctx: Ctx, item: SupplierReturn, names: Who): HTMLElement {
  const ship = form({ class: 'inline-action' }, field({ path: 'note', label: t('parts.shipNote') }), submitButton(t('parts.ship')));
  onSubmit(ship, { send: (body) => ctx.call('postStaffSupplierReturnsShip', { path: { returnId: item.id }, body }), done: () => ctx.reload(t('app.saved')) });
  const close = form(
    {},
    field({ path: 'outcome', label: t('parts.outcome'), kind: 'radio', required: true, options: (['refund', 'exchange'] as const).map((value) => ({ value, label: label('returnOutcome', value) })) }),
    field({ path: 'replacementAccepted', label: t('parts.replacementAccepted'), kind: 'number', required: true, value: item.quantity, when: (v) => v.outcome === 'exchange' }),
    field({ path: 'serials', label: t('parts.serials'), hint: t('parts.serialsHint'), when: (v) => v.outcome === 'exchange' }),
    field({ path: 'note', label: t('parts.note') }),
    submitButton(t('parts.closeReturn')),
  );
  onSubmit(close, {
    values: () => withSerials(readValues(close)),
    schema: supplierReturnCloseSchema,
    send: (body) => ctx.call('postStaffSupplierReturnsClose', { path: { returnId: item.id }, body }),
    done: () => ctx.reload(t('app.saved')),
  });
  return h(
    'li',
    { class: 'card', 'data-return': item.id },
    h('div', { class: 'card-head' }, h('strong', {}, `${item.purchaseOrderNumber} · ${item.sku} × ${item.quantity}`), ' ', h('span', { class: 'badge' }, label('returnStatus', item.status))),
    definitionList([
      [t('parts.supplier'), item.supplierName],
      [t('parts.rejectReason'), item.reason],
      [t('parts.from'), item.fromLocation ? `${names.place(item.fromLocation)}${item.serials ? `${paren(item.serials.join(', '))}` : ''}` : t('parts.rejectedAtReceipt')],
      [t('parts.openedAt'), dateTime(item.openedAt)],
    ]),
    ctx.can('tech_support') && item.status === 'open' ? ship : null,
    ctx.can('tech_support') ? disclosure(t('parts.closeReturn'), close) : null,
  );
}

