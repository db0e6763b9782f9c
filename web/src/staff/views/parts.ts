/**
 * The store's pages (PARTS-1..4): catalog with storage classification, stock by location with
 * adjustments, a part's ledger and issue register, suppliers, purchase orders (from the plan or by
 * hand, approval, receiving inspection), supplier returns, transfers and stocktakes.
 */
import type * as z from 'zod';
import { partSchema, stockAdjustSchema } from '../../../../lib/dispatch/schemas.ts';
import {
  ALL_LOCATIONS,
  partsSettingsSchema,
  type PartsSettings,
  purchaseOrderDraftSchema,
  receiptSchema,
  stocktakeCountSchema,
  supplierReturnCloseSchema,
  supplierReturnOpenSchema,
  supplierSchema,
  transferSchema,
  type LedgerEntry,
  type PlanLine,
  type PurchaseOrder,
  type Stocktake,
  type Supplier,
  type SupplierReturn,
  type SerialState,
} from '../../../../lib/parts/index.ts';
import { definitionList, h, mount, type Child } from '../../core/dom.ts';
import { field, form, onSubmit, readValues, submitButton } from '../../core/forms.ts';
import { dateTime, label, money, parseYuan, t } from '../../core/i18n.ts';
import type { Ctx, View } from '../context.ts';
import { qrSvg } from '../../core/qr.ts';
import { disclosure, loadInto, title } from '../ui.ts';
import { loadCatalog, type CatalogPart } from './support.ts';

interface StockRow {
  sku: string;
  onHand: number;
  reserved: number;
  available: number;
}

type Part = CatalogPart & { reorderPoint: number; category?: string; bin?: string };

function table(caption: string, headers: string[], rows: Child[][], attrs: Record<string, string> = {}): HTMLElement {
  if (!rows.length) return h('p', { class: 'empty' }, t('list.empty'));
  return h(
    'table',
    { class: 'data-table', ...attrs },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, headers.map((header) => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, row.map((cell) => h('td', {}, cell))))),
  );
}

const partName = (catalog: Part[], sku: string) => catalog.find((p) => p.sku === sku)?.name ?? sku;

/** Where stock can be: the warehouse and each technician's van. */
async function locations(ctx: Ctx): Promise<Array<{ value: string; label: string }>> {
  const { items } = await ctx.api<{ items: Array<{ id: string; name: string; technician?: unknown }> }>('GET', '/v1/staff/members');
  return [{ value: 'warehouse', label: t('parts.warehouse') }, ...items.filter((m) => m.technician).map((m) => ({ value: `van-${m.id}`, label: t('parts.van', { name: m.name }) }))];
}

const skuOptions = (catalog: Part[]) => catalog.map((part) => ({ value: part.sku, label: `${part.name}（${part.sku}）` }));
const splitList = (text: unknown) => (typeof text === 'string' ? text.split(/[\s,，]+/).filter(Boolean) : Array.isArray(text) ? (text as string[]) : undefined);

/** Serials are typed as one text (spaces or commas between them); the API takes a list. */
const withSerials = (values: Record<string, any>): Record<string, any> => ({ ...values, ...(values.serials ? { serials: splitList(values.serials) } : {}) });
const linesWithSerials = (values: Record<string, any>) => ({ ...values, lines: ((values.lines ?? []) as Array<Record<string, any>>).map(withSerials) });

/** A form that saves a record under the key typed in its `keyPath` field (PUT `path(key)`; the key is not in the body). */
function saveUnderKey(ctx: Ctx, element: HTMLFormElement, keyPath: string, schema: z.ZodType, path: (key: string) => string, values: () => Record<string, any> = () => readValues(element)): void {
  onSubmit(element, {
    values: () => {
      const { [keyPath]: _key, ...rest } = values();
      return rest;
    },
    schema,
    send: (body) => ctx.api('PUT', path(encodeURIComponent(readValues(element)[keyPath] ?? '')), { body }),
    done: () => ctx.reload(t('app.saved')),
  });
}

/** One button that POSTs an action without a body and shows the page again. */
function actionButton(ctx: Ctx, text: string, path: string, attrs: Record<string, string> = {}): HTMLFormElement {
  const element = form({ class: 'inline-action', ...attrs }, submitButton(text));
  onSubmit(element, { send: () => ctx.api('POST', path), done: () => ctx.reload(t('app.saved')) });
  return element;
}

// Catalog -------------------------------------------------------------------------------------

export const catalogView: View = async (ctx, main) => {
  const heading = t('nav.partsCatalog');
  const catalog = await loadInto(main, heading, () => loadCatalog(ctx) as Promise<Part[]>, () => ctx.reload());
  if (!catalog) return;
  const editor = form(
    { 'data-testid': 'part-form' },
    field({ path: 'sku', label: t('parts.sku'), required: true }),
    field({ path: 'name', label: t('parts.name'), required: true }),
    field({ path: 'specification', label: t('parts.specification'), required: true }),
    field({ path: 'unit', label: t('parts.unit'), required: true, value: '个' }),
    field({ path: 'unitPriceFen', label: t('parts.price'), type: 'yuan', required: true, attrs: { inputmode: 'decimal' } }),
    field({ path: 'category', label: t('parts.category') }),
    field({ path: 'bin', label: t('parts.bin') }),
    field({ path: 'reorderPoint', label: t('parts.reorderPoint'), kind: 'number', required: true, value: 0, attrs: { min: 0 } }),
    field({ path: 'designated', label: t('parts.designated'), kind: 'checkbox', value: true }),
    field({ path: 'valuable', label: t('parts.valuable'), kind: 'checkbox' }),
    submitButton(t('app.save')),
  );
  saveUnderKey(ctx, editor, 'sku', partSchema, (sku) => `/v1/staff/parts/${sku}`);
  mount(
    main,
    title(heading),
    table(
      heading,
      [t('parts.sku'), t('parts.name'), t('parts.category'), t('parts.bin'), t('parts.price'), t('parts.reorderPoint'), t('parts.kind')],
      catalog.map((part) => [
        h('a', { href: `#/parts/part/${encodeURIComponent(part.sku)}` }, part.sku),
        `${part.name}（${part.specification}）`,
        part.category ?? '',
        part.bin ?? '',
        money(part.unitPriceFen),
        String(part.reorderPoint),
        [part.designated ? t('parts.designated') : t('assess.notDesignated'), part.valuable ? t('parts.valuable') : ''].filter(Boolean).join(' · '),
      ]),
      { 'data-testid': 'catalog' },
    ),
    h('p', {}, h('a', { href: '#/parts/labels', 'data-testid': 'labels-link' }, t('parts.printLabels'))),
    ctx.can('tech_support') ? disclosure(t('parts.editPart'), editor) : null,
  );
};

/** Where a label's QR code leads: the part in the staff form. */
const partUrl = (sku: string) => `${location.origin}${location.pathname}#/parts/part/${encodeURIComponent(sku)}`;

/** PARTS-3 clear labels: one per part (of a category, when chosen) with its bin and a QR code that opens the part. */
export const labelsView: View = async (ctx, main, args) => {
  const heading = t('parts.labels');
  const catalog = await loadInto(main, heading, () => loadCatalog(ctx) as Promise<Part[]>, () => ctx.reload());
  if (!catalog) return;
  const category = args.query.get('category') ?? '';
  const categories = [...new Set(catalog.map((p) => p.category).filter((c): c is string => Boolean(c)))].sort();
  const chosen = catalog.filter((p) => !category || p.category === category).sort((a, b) => (a.bin ?? '').localeCompare(b.bin ?? '') || a.sku.localeCompare(b.sku));
  const picker = h(
    'select',
    { 'aria-label': t('parts.category'), onchange: (event: Event) => ctx.go(`parts/labels${(event.target as HTMLSelectElement).value ? `?category=${encodeURIComponent((event.target as HTMLSelectElement).value)}` : ''}`) },
    h('option', { value: '' }, t('parts.allCategories')),
    categories.map((c) => h('option', { value: c, selected: c === category }, c)),
  );
  mount(
    main,
    title(heading, h('label', { class: 'inline no-print' }, t('parts.category'), ' ', picker), h('button', { type: 'button', class: 'primary no-print', onclick: () => window.print() }, t('parts.print'))),
    h(
      'ul',
      { class: 'bin-labels', 'data-testid': 'bin-labels' },
      chosen.map((part) =>
        h(
          'li',
          { class: 'bin-label', 'data-sku': part.sku },
          h('img', { src: `data:image/svg+xml,${encodeURIComponent(qrSvg(partUrl(part.sku)))}`, alt: t('parts.qrAlt', { sku: part.sku }), width: '96', height: '96' }),
          h('div', {}, h('strong', { class: 'bin' }, part.bin ?? '—'), h('div', {}, part.name), h('div', { class: 'meta' }, part.specification), h('div', { class: 'meta' }, [part.sku, part.category].filter(Boolean).join(' · '))),
        ),
      ),
    ),
  );
};

/** One part: its ledger (every movement) and, for valuable parts, where each serial is. */
export const partView: View = async (ctx, main, args) => {
  const sku = args.params[0] ?? '';
  const heading = t('parts.ledgerOf', { sku });
  const data = await loadInto(
    main,
    heading,
    async () => {
      const [ledger, register, catalog] = await Promise.all([
        ctx.api<{ items: LedgerEntry[] }>('GET', `/v1/staff/parts/${encodeURIComponent(sku)}/ledger`),
        ctx.api<{ serials: SerialState[] }>('GET', `/v1/staff/parts/${encodeURIComponent(sku)}/issue-register`),
        loadCatalog(ctx) as Promise<Part[]>,
      ]);
      return { entries: ledger.items, serials: register.serials, part: catalog.find((p) => p.sku === sku) };
    },
    () => ctx.reload(),
  );
  if (!data) return;
  const part = data.part;
  mount(
    main,
    title(heading),
    part
      ? definitionList([
          [t('parts.name'), `${part.name}（${part.specification}）`],
          [t('parts.category'), part.category],
          [t('parts.bin'), part.bin],
          [t('parts.price'), money(part.unitPriceFen)],
          [t('parts.reorderPoint'), String(part.reorderPoint)],
        ])
      : null,
    h('h2', {}, t('parts.ledger')),
    ledgerTable(data.entries),
    h('h2', {}, t('parts.register')),
    serialTable(data.serials),
  );
};

function ledgerTable(entries: LedgerEntry[]): HTMLElement {
  return table(
    t('parts.ledger'),
    [t('parts.at'), t('parts.movement'), t('parts.quantity'), t('parts.from'), t('parts.to'), t('parts.serials'), t('parts.actor'), t('parts.reason')],
    entries.map((e) => [dateTime(e.at), label('movement', e.kind), String(e.quantity), e.from ?? '', e.to ?? '', (e.serials ?? []).join(', '), e.actor, e.reason]),
    { 'data-testid': 'ledger' },
  );
}

function serialTable(serials: SerialState[]): HTMLElement {
  return table(
    t('parts.register'),
    [t('parts.serial'), t('parts.serialState'), t('parts.takenBy'), t('parts.at')],
    serials.map((s) => [s.serial, label('serialState', s.state), s.takenBy ?? '', dateTime(s.at)]),
  );
}

// Stock by location ---------------------------------------------------------------------------

export const stockView: View = async (ctx, main, args) => {
  const heading = t('nav.partsStock');
  const data = await loadInto(
    main,
    heading,
    async () => {
      const places = await locations(ctx);
      const location = args.query.get('location') ?? 'warehouse';
      const [stock, catalog] = await Promise.all([ctx.api<{ items: StockRow[] }>('GET', `/v1/staff/stock/${location}`), loadCatalog(ctx) as Promise<Part[]>]);
      return { places, location, stock: stock.items, catalog };
    },
    () => ctx.reload(),
  );
  if (!data) return;
  const picker = h(
    'select',
    { 'aria-label': t('parts.location'), onchange: (event: Event) => ctx.go(`parts/stock?location=${(event.target as HTMLSelectElement).value}`) },
    data.places.map((place) => h('option', { value: place.value, selected: place.value === data.location }, place.label)),
  );
  const adjust = form(
    { 'data-testid': 'adjust-form' },
    field({ path: 'sku', label: t('parts.part'), kind: 'select', required: true, options: skuOptions(data.catalog) }),
    field({ path: 'delta', label: t('parts.delta'), kind: 'number', required: true, hint: t('parts.deltaHint') }),
    field({ path: 'kind', label: t('parts.adjustKind'), kind: 'radio', value: 'adjusted', options: (['adjusted', 'written_off'] as const).map((value) => ({ value, label: label('movement', value) })) }),
    field({ path: 'reason', label: t('parts.reason'), kind: 'textarea', required: true }),
    submitButton(t('app.save')),
  );
  onSubmit(adjust, {
    values: () => {
      const { sku: _sku, ...rest } = readValues(adjust);
      return rest;
    },
    schema: stockAdjustSchema,
    send: (body) => ctx.api('POST', `/v1/staff/stock/${data.location}/${encodeURIComponent(readValues(adjust).sku ?? '')}/adjust`, { body }),
    done: () => ctx.reload(t('app.saved')),
  });
  mount(
    main,
    title(heading, h('label', { class: 'inline' }, t('parts.location'), ' ', picker)),
    table(
      heading,
      [t('parts.part'), t('parts.bin'), t('parts.onHand'), t('parts.reserved'), t('parts.available')],
      data.stock.map((row) => [
        h('a', { href: `#/parts/part/${encodeURIComponent(row.sku)}` }, partName(data.catalog, row.sku)),
        data.catalog.find((p) => p.sku === row.sku)?.bin ?? '',
        String(row.onHand),
        String(row.reserved),
        String(row.available),
      ]),
      { 'data-testid': 'stock' },
    ),
    ctx.can('tech_support') ? disclosure(t('parts.adjust'), adjust) : null,
  );
};

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
  const suppliers = await loadInto(main, heading, () => ctx.api<{ items: Supplier[] }>('GET', '/v1/staff/suppliers').then((r) => r.items), () => ctx.reload());
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
  saveUnderKey(ctx, editor, 'id', supplierSchema, (id) => `/v1/staff/suppliers/${id}`, () => supplierValues(editor));
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
                [t('parts.qualifications'), s.qualifications.map((q) => `${q.document}（${t('parts.validUntil', { date: q.validUntil })}）`).join('；')],
                [t('parts.offers'), s.offers.map((o) => `${o.sku} ${money(o.unitPriceFen)} · ${t('parts.leadTime', { days: o.leadTimeDays })}`).join('；')],
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
        ctx.api<{ items: PurchaseOrder[] }>('GET', '/v1/staff/purchase-orders').then((r) => r.items),
        ctx.api<{ items: Supplier[] }>('GET', '/v1/staff/suppliers').then((r) => r.items),
        ctx.api<{ month: string; weeks: number; lines: PlanLine[] }>('GET', '/v1/staff/procurement-plan'),
        ctx.api<{ settings: PartsSettings }>('GET', '/v1/staff/parts-settings').then((r) => r.settings),
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
    send: (body) => ctx.api<{ order: PurchaseOrder }>('POST', '/v1/staff/purchase-orders', { body }),
    done: (result) => ctx.go(`parts/order/${result.order.id}`),
  });
  const settings = form(
    { 'data-testid': 'parts-settings' },
    field({ path: 'approvalThresholdFen', label: t('parts.approvalThreshold'), type: 'yuan', required: true, value: (data.settings.approvalThresholdFen / 100).toFixed(2), attrs: { inputmode: 'decimal' } }),
    field({ path: 'purchasingEmail', label: t('parts.purchasingEmail'), kind: 'email', required: true, value: data.settings.purchasingEmail }),
    field({ path: 'consumptionWeeks', label: t('parts.consumptionWeeks'), kind: 'number', required: true, value: data.settings.consumptionWeeks, attrs: { min: 1, max: 52 } }),
    submitButton(t('app.save')),
  );
  onSubmit(settings, { schema: partsSettingsSchema, send: (body) => ctx.api('PUT', '/v1/staff/parts-settings', { body }), done: () => ctx.reload(t('app.saved')) });
  const fromPlan = form({ 'data-testid': 'plan-form' }, submitButton(t('parts.ordersFromPlan')));
  onSubmit(fromPlan, { send: () => ctx.api('POST', '/v1/staff/procurement-plan/orders', { body: { month: data.plan.month } }), done: () => ctx.reload(t('app.saved')) });
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
    lines.map((l) => [`${l.name}（${l.specification}）`, String(l.available), String(l.reorderPoint), String(l.consumed), `${l.quantity} ${l.unit}`, l.supplierName ? `${l.supplierName} · ${money(l.unitPriceFen)}` : t('parts.noSupplier'), l.purchaseBy]),
  );
}

export const orderView: View = async (ctx, main, args) => {
  const id = args.params[0] ?? '';
  const data = await loadInto(main, t('nav.purchaseOrders'), () => ctx.api<{ order: PurchaseOrder; receipts: Array<{ receipt: number; at: string; by: string; lines: Array<{ line: number; received: number; accepted: number; rejected: number; rejectReason?: string }> }>; entries: LedgerEntry[] }>('GET', `/v1/staff/purchase-orders/${id}`), () => ctx.reload());
  if (!data) return;
  const { order } = data;
  const action = (name: 'submit' | 'approve' | 'close' | 'cancel') => actionButton(ctx, t(`parts.action.${name}`), `/v1/staff/purchase-orders/${order.id}/${name}`, { 'data-action': name });
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
      order.lines.map((l) => [String(l.line), `${l.name}（${l.specification}）`, `${l.quantity} ${l.unit}`, money(l.unitPriceFen), String(l.received), String(l.accepted), String(l.rejected)]),
      { 'data-testid': 'order-lines' },
    ),
    h('div', { class: 'actions' }, ...actions),
    (order.status === 'ordered' || order.status === 'partly_received') && ctx.can('tech_support') ? receiptForm(ctx, order) : null,
    data.receipts.length ? h('h2', {}, t('parts.receipts')) : null,
    ...data.receipts.map((r) =>
      h('p', {}, `#${r.receipt} · ${dateTime(r.at)} · `, r.lines.map((l) => `${t('parts.lineShort', { line: l.line })} ${l.accepted}/${l.received}${l.rejected ? ` · ${t('parts.rejectedBecause', { count: l.rejected, reason: l.rejectReason ?? '' })}` : ''}`).join('；')),
    ),
    data.entries.length ? h('h2', {}, t('parts.ledger')) : null,
    data.entries.length ? ledgerTable(data.entries) : null,
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
        h('legend', {}, `${l.line}. ${l.name}（${l.specification}） · ${t('parts.outstanding', { count: l.quantity - l.received })}`),
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
    values: () => linesWithSerials(readValues(element)),
    schema: receiptSchema,
    send: (body) => ctx.api('POST', `/v1/staff/purchase-orders/${order.id}/receipts`, { body }),
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
        ctx.api<{ items: PurchaseOrder[] }>('GET', '/v1/staff/purchase-orders').then((r) => r.items),
        ctx.api<{ items: SupplierReturn[] }>('GET', '/v1/staff/supplier-returns').then((r) => r.items),
        locations(ctx),
      ]);
      return { orders, returns, places };
    },
    () => ctx.reload(),
  );
  if (!data) return;
  const awaiting = data.orders.filter((o) => o.status === 'ordered' || o.status === 'partly_received');
  const delivered = data.orders.filter((o) => o.lines.some((l) => l.accepted > 0));
  const fromStock = form(
    { 'data-testid': 'return-from-stock' },
    field({ path: 'purchaseOrderId', label: t('parts.orderNumber'), kind: 'select', required: true, options: delivered.map((o) => ({ value: o.id, label: `${o.number} · ${o.supplierName}` })) }),
    field({ path: 'sku', label: t('parts.part'), kind: 'select', required: true, options: [...new Map(delivered.flatMap((o) => o.lines).map((l) => [l.sku, { value: l.sku, label: `${l.name}（${l.sku}）` }])).values()] }),
    field({ path: 'quantity', label: t('parts.quantity'), kind: 'number', required: true, value: 1, attrs: { min: 1 } }),
    field({ path: 'location', label: t('parts.location'), kind: 'select', required: true, value: 'warehouse', options: data.places }),
    field({ path: 'reason', label: t('parts.rejectReason'), kind: 'textarea', required: true }),
    field({ path: 'serials', label: t('parts.serials'), hint: t('parts.serialsHint') }),
    submitButton(t('parts.returnFromStock')),
  );
  onSubmit(fromStock, { values: () => withSerials(readValues(fromStock)), schema: supplierReturnOpenSchema, send: (body) => ctx.api('POST', '/v1/staff/supplier-returns', { body }), done: () => ctx.reload(t('app.saved')) });
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
    h('ul', { class: 'cards', 'data-testid': 'returns' }, data.returns.length ? data.returns.map((r) => returnCard(ctx, r)) : h('li', { class: 'empty' }, t('list.empty'))),
    ctx.can('tech_support') && delivered.length ? disclosure(t('parts.returnFromStock'), fromStock) : null,
  );
};

function returnCard(ctx: Ctx, item: SupplierReturn): HTMLElement {
  const ship = form({ class: 'inline-action' }, field({ path: 'note', label: t('parts.shipNote') }), submitButton(t('parts.ship')));
  onSubmit(ship, { send: (body) => ctx.api('POST', `/v1/staff/supplier-returns/${item.id}/ship`, { body }), done: () => ctx.reload(t('app.saved')) });
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
    send: (body) => ctx.api('POST', `/v1/staff/supplier-returns/${item.id}/close`, { body }),
    done: () => ctx.reload(t('app.saved')),
  });
  return h(
    'li',
    { class: 'card', 'data-return': item.id },
    h('div', { class: 'card-head' }, h('strong', {}, `${item.purchaseOrderNumber} · ${item.sku} × ${item.quantity}`), ' ', h('span', { class: 'badge' }, label('returnStatus', item.status))),
    definitionList([
      [t('parts.supplier'), item.supplierName],
      [t('parts.rejectReason'), item.reason],
      [t('parts.from'), item.fromLocation ? `${item.fromLocation}${item.serials ? `（${item.serials.join(', ')}）` : ''}` : t('parts.rejectedAtReceipt')],
      [t('parts.openedAt'), dateTime(item.openedAt)],
    ]),
    ctx.can('tech_support') && item.status === 'open' ? ship : null,
    ctx.can('tech_support') ? disclosure(t('parts.closeReturn'), close) : null,
  );
}

// Transfers -----------------------------------------------------------------------------------

export const transfersView: View = async (ctx, main) => {
  const heading = t('nav.transfers');
  const data = await loadInto(
    main,
    heading,
    async () => {
      const [places, catalog, transfers] = await Promise.all([
        locations(ctx),
        loadCatalog(ctx) as Promise<Part[]>,
        ctx.api<{ items: Array<{ id: string; from: string; to: string; kind: string; at: string; by: string; lines: Array<{ sku: string; quantity: number; serials?: string[] }> }> }>('GET', '/v1/staff/transfers').then((r) => r.items),
      ]);
      return { places, catalog, transfers };
    },
    () => ctx.reload(),
  );
  if (!data) return;
  const element = form(
    { 'data-testid': 'transfer-form' },
    field({ path: 'from', label: t('parts.from'), kind: 'select', required: true, value: 'warehouse', options: data.places }),
    field({ path: 'to', label: t('parts.to'), kind: 'select', required: true, options: data.places }),
    field({ path: 'lines.0.sku', label: t('parts.part'), kind: 'select', required: true, options: skuOptions(data.catalog) }),
    field({ path: 'lines.0.quantity', label: t('parts.quantity'), kind: 'number', required: true, value: 1, attrs: { min: 1 } }),
    field({ path: 'lines.0.serials', label: t('parts.serials'), hint: t('parts.transferSerialsHint') }),
    field({ path: 'reason', label: t('parts.reason') }),
    submitButton(t('parts.transfer')),
  );
  onSubmit(element, {
    values: () => linesWithSerials(readValues(element)),
    schema: transferSchema,
    send: (body) => ctx.api('POST', '/v1/staff/transfers', { body }),
    done: () => ctx.reload(t('app.saved')),
  });
  mount(
    main,
    title(heading),
    ctx.can('tech_support') ? h('section', { class: 'card' }, h('h2', {}, t('parts.newTransfer')), element) : null,
    h('h2', {}, t('parts.thisMonth')),
    table(
      heading,
      [t('parts.at'), t('parts.movement'), t('parts.from'), t('parts.to'), t('parts.part'), t('parts.actor')],
      data.transfers.map((tr) => [dateTime(tr.at), label('movement', tr.kind), tr.from, tr.to, tr.lines.map((l) => `${partName(data.catalog, l.sku)} × ${l.quantity}${l.serials ? `（${l.serials.join(', ')}）` : ''}`).join('；'), tr.by]),
      { 'data-testid': 'transfers' },
    ),
  );
};

// Stocktake -----------------------------------------------------------------------------------

export const stocktakesView: View = async (ctx, main) => {
  const heading = t('nav.stocktake');
  const data = await loadInto(
    main,
    heading,
    async () => {
      const [places, sessions] = await Promise.all([locations(ctx), ctx.api<{ items: Stocktake[] }>('GET', '/v1/staff/stocktakes').then((r) => r.items)]);
      return { places, sessions };
    },
    () => ctx.reload(),
  );
  if (!data) return;
  const open = form(
    { 'data-testid': 'stocktake-open' },
    field({ path: 'location', label: t('parts.location'), kind: 'select', required: true, value: 'warehouse', options: [...data.places, { value: ALL_LOCATIONS, label: t('parts.allLocations') }] }),
    submitButton(t('parts.openStocktake')),
  );
  onSubmit(open, {
    send: (body) => ctx.api<{ items: Stocktake[] }>('POST', '/v1/staff/stocktakes', { body }),
    done: (result) => (result.items.length === 1 ? ctx.go(`parts/stocktake/${result.items[0]!.id}`) : ctx.reload(t('app.saved'))),
  });
  mount(
    main,
    title(heading),
    ctx.can('tech_support') ? h('section', { class: 'card' }, h('h2', {}, t('parts.openStocktake')), open) : null,
    h('h2', {}, t('parts.thisMonth')),
    table(
      heading,
      [t('parts.location'), t('parts.status'), t('parts.openedAt')],
      data.sessions.map((s) => [h('a', { href: `#/parts/stocktake/${s.id}` }, s.location), label('stocktakeStatus', s.status), dateTime(s.openedAt)]),
    ),
  );
};

/** The count sheet: counted quantity, serials and a reason per variance; then the manager approves. */
export const stocktakeView: View = async (ctx, main, args) => {
  const id = args.params[0] ?? '';
  const data = await loadInto(
    main,
    t('nav.stocktake'),
    async () => {
      const [detail, catalog] = await Promise.all([ctx.api<{ stocktake: Stocktake; entries: LedgerEntry[] }>('GET', `/v1/staff/stocktakes/${id}`), loadCatalog(ctx) as Promise<Part[]>]);
      return { ...detail, catalog };
    },
    () => ctx.reload(),
  );
  if (!data) return;
  const session = data.stocktake;
  const found = session.lines.length;
  const notOnSheet = data.catalog.filter((part) => !session.lines.some((line) => line.sku === part.sku));
  const sheet = form(
    { 'data-testid': 'count-sheet' },
    ...session.lines.map((line, index) =>
      h(
        'fieldset',
        { class: 'group', 'data-sku': line.sku },
        h('legend', {}, `${line.bin ? `[${line.bin}] ` : ''}${line.name}（${line.sku}） · ${t('parts.expected', { count: line.expected })}`),
        h('input', { type: 'hidden', value: line.sku, 'data-path': `lines.${index}.sku` }),
        field({ path: `lines.${index}.counted`, label: t('parts.counted'), kind: 'number', required: true, value: line.counted ?? line.expected, attrs: { min: 0 } }),
        field({ path: `lines.${index}.serials`, label: t('parts.serials'), hint: t('parts.serialsHint'), value: line.serials?.join(' ') }),
        field({ path: `lines.${index}.reason`, label: t('parts.varianceReason'), value: line.reason }),
      ),
    ),
    notOnSheet.length
      ? h(
          'fieldset',
          { class: 'group', 'data-testid': 'found-part' },
          h('legend', {}, t('parts.foundPart')),
          field({ path: `lines.${found}.sku`, label: t('parts.part'), kind: 'select', options: skuOptions(notOnSheet) }),
          field({ path: `lines.${found}.counted`, label: t('parts.counted'), kind: 'number', attrs: { min: 0 } }),
          field({ path: `lines.${found}.reason`, label: t('parts.varianceReason') }),
        )
      : null,
    submitButton(t('parts.submitCounts')),
  );
  onSubmit(sheet, {
    // The "found on the shelf" line counts only when a part is chosen in it.
    values: () => {
      const values = linesWithSerials(readValues(sheet));
      return { ...values, lines: values.lines.filter((line) => line.sku) };
    },
    schema: stocktakeCountSchema,
    send: (body) => ctx.api('PUT', `/v1/staff/stocktakes/${session.id}/counts`, { body }),
    done: () => ctx.reload(t('parts.countsSaved')),
  });
  const approve = actionButton(ctx, t('parts.approveStocktake'), `/v1/staff/stocktakes/${session.id}/approve`, { 'data-testid': 'stocktake-approve' });
  const variances = session.lines.filter((l) => l.counted !== undefined && l.counted !== l.expected);
  mount(
    main,
    title(t('parts.stocktakeTitle', { location: session.location })),
    definitionList([
      [t('parts.status'), h('span', { 'data-testid': 'stocktake-status' }, label('stocktakeStatus', session.status))],
      [t('parts.openedAt'), `${dateTime(session.openedAt)} · ${session.openedBy}`],
      [t('parts.approvedBy'), session.approvedBy ? `${session.approvedBy} · ${dateTime(session.approvedAt)}` : undefined],
    ]),
    (session.status === 'counting' || session.status === 'submitted') && ctx.can('tech_support') ? sheet : null,
    variances.length ? h('h2', {}, t('parts.variances')) : null,
    variances.length
      ? table(
          t('parts.variances'),
          [t('parts.part'), t('parts.expectedShort'), t('parts.counted'), t('parts.variance'), t('parts.varianceReason')],
          variances.map((l) => [l.name, String(l.expected), String(l.counted), String((l.counted ?? 0) - l.expected), l.reason ?? '']),
          { 'data-testid': 'variances' },
        )
      : null,
    (session.status === 'submitted' || session.status === 'approving') && ctx.can('manager') ? approve : null,
    data.entries.length ? h('h2', {}, t('parts.corrections')) : null,
    data.entries.length ? ledgerTable(data.entries) : null,
  );
};
