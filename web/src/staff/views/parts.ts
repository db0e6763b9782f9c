/**
 * The store's pages (PARTS-3/4): catalog with storage classification and bin labels, a part's
 * ledger and issue register, stock by location with adjustments, transfers and stocktakes.
 */
import { partSchema, stockAdjustSchema } from '../../../../lib/dispatch/schemas.ts';
import { ALL_LOCATIONS, stocktakeCountSchema, transferSchema } from '../../../../lib/parts/index.ts';
import { definitionList, h, mount } from '../../core/dom.ts';
import { field, form, onSubmit, readValues, submitButton } from '../../core/forms.ts';
import { dateTime, label, money, t, paren, semiSep } from '../../core/i18n.ts';
import type { View } from '../context.ts';
import { qrSvg } from '../../core/qr.ts';
import { disclosure, loadInto, title } from '../ui.ts';
import { actionButton, keyPerBody, ledgerTable, who, linesWithSerials, locations, partName, saveUnderKey, serialTable, skuOptions, table } from './store-ui.ts';
import { loadCatalog } from './support.ts';

// Catalog -------------------------------------------------------------------------------------

export const catalogView: View = async (ctx, main) => {
  const heading = t('nav.partsCatalog');
  const catalog = await loadInto(main, heading, () => loadCatalog(ctx), () => ctx.reload());
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
  saveUnderKey(ctx, editor, 'sku', partSchema, (sku, body) => ctx.call('putStaffParts', { path: { sku }, body }));
  mount(
    main,
    title(heading),
    table(
      heading,
      [t('parts.sku'), t('parts.name'), t('parts.category'), t('parts.bin'), t('parts.price'), t('parts.reorderPoint'), t('parts.kind')],
      catalog.map((part) => [
        h('a', { href: `#/parts/part/${encodeURIComponent(part.sku)}` }, part.sku),
        `${part.name}${paren(part.specification)}`,
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
  const catalog = await loadInto(main, heading, () => loadCatalog(ctx), () => ctx.reload());
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
      const [ledger, register, catalog, names] = await Promise.all([
        ctx.call('listStaffPartsLedger', { path: { sku } }),
        ctx.call('listStaffPartsIssueRegister', { path: { sku } }),
        loadCatalog(ctx),
        who(ctx),
      ]);
      return { entries: ledger.items, serials: register.serials, part: catalog.find((p) => p.sku === sku), names };
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
          [t('parts.name'), `${part.name}${paren(part.specification)}`],
          [t('parts.category'), part.category],
          [t('parts.bin'), part.bin],
          [t('parts.price'), money(part.unitPriceFen)],
          [t('parts.reorderPoint'), String(part.reorderPoint)],
        ])
      : null,
    h('h2', {}, t('parts.ledger')),
    ledgerTable(data.entries, data.names),
    h('h2', {}, t('parts.register')),
    serialTable(data.serials, data.names),
  );
};

// Stock by location ---------------------------------------------------------------------------

export const stockView: View = async (ctx, main, args) => {
  const heading = t('nav.partsStock');
  const data = await loadInto(
    main,
    heading,
    async () => {
      // The store sees every location, starting with the warehouse; a technician only their own van (the API refuses the others).
      const ownVan = `van-${ctx.session.user.id}`;
      const places = ctx.can('tech_support') ? await locations(ctx) : [{ value: ownVan, label: t('parts.van', { name: ctx.session.user.name }) }];
      const location = ctx.can('tech_support') ? (args.query.get('location') ?? 'warehouse') : ownVan;
      const [stock, catalog] = await Promise.all([ctx.call('getStaffStock', { path: { location } }), loadCatalog(ctx)]);
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
  const adjustKey = keyPerBody();
  onSubmit(adjust, {
    values: () => {
      const { sku: _sku, ...rest } = readValues(adjust);
      return rest;
    },
    schema: stockAdjustSchema,
    send: (body) => {
      const sku: string = readValues(adjust).sku ?? '';
      return ctx.call('postStaffStockAdjust', { path: { location: data.location, sku }, body, idempotencyKey: adjustKey({ ...body, at: data.location, sku }) });
    },
    done: () => ctx.reload(t('app.saved')),
  });
  mount(
    main,
    title(heading, h('label', { class: 'inline' }, t('parts.location'), ' ', picker)),
    table(
      heading,
      [t('parts.part'), t('parts.bin'), t('parts.onHand'), t('parts.reserved'), t('parts.available')],
      data.stock.map((row) => [
        ctx.can('tech_support') ? h('a', { href: `#/parts/part/${encodeURIComponent(row.sku)}` }, partName(data.catalog, row.sku)) : partName(data.catalog, row.sku),
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

// Transfers -----------------------------------------------------------------------------------

export const transfersView: View = async (ctx, main) => {
  const heading = t('nav.transfers');
  const data = await loadInto(
    main,
    heading,
    async () => {
      const [places, catalog, transfers] = await Promise.all([
        locations(ctx),
        loadCatalog(ctx),
        ctx.call('listStaffTransfers').then((r) => r.items),
      ]);
      return { places, catalog, transfers, names: await who(ctx) };
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
  const transferKey = keyPerBody();
  onSubmit(element, {
    values: () => linesWithSerials(readValues(element)),
    schema: transferSchema,
    send: (body) => ctx.call('postStaffTransfers', { body, idempotencyKey: transferKey(body) }),
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
      data.transfers.map((tr) => [dateTime(tr.at), label('movement', tr.kind), data.names.place(tr.from), data.names.place(tr.to), tr.lines.map((l) => `${partName(data.catalog, l.sku)} × ${l.quantity}${l.serials ? `${paren(l.serials.join(', '))}` : ''}`).join(semiSep()), data.names.person(tr.by)]),
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
      const [places, sessions] = await Promise.all([locations(ctx), ctx.call('listStaffStocktakes').then((r) => r.items)]);
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
    send: (values) => ctx.call('postStaffStocktakes', { body: { location: values.location } }).then((result) => result.items),
    done: (opened) => (opened.length === 1 ? ctx.go(`parts/stocktake/${opened[0]!.id}`) : ctx.reload(t('app.saved'))),
  });
  mount(
    main,
    title(heading),
    ctx.can('tech_support') ? h('section', { class: 'card' }, h('h2', {}, t('parts.openStocktake')), open) : null,
    h('h2', {}, t('parts.thisMonth')),
    table(
      heading,
      [t('parts.location'), t('parts.status'), t('parts.openedAt')],
      data.sessions.map((s) => [h('a', { href: `#/parts/stocktake/${s.id}` }, data.places.find((place) => place.value === s.location)?.label ?? s.location), label('stocktakeStatus', s.status), dateTime(s.openedAt)]),
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
      const [detail, catalog, names] = await Promise.all([ctx.call('getStaffStocktakes', { path: { stocktakeId: id } }), loadCatalog(ctx), who(ctx)]);
      return { ...detail, catalog, names };
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
        h('legend', {}, `${line.bin ? `[${line.bin}] ` : ''}${line.name}${paren(line.sku)} · ${t('parts.expected', { count: line.expected })}`),
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
    send: (body) => ctx.call('putStaffStocktakesCounts', { path: { stocktakeId: session.id }, body }),
    done: () => ctx.reload(t('parts.countsSaved')),
  });
  const approve = actionButton(ctx, t('parts.approveStocktake'), () => ctx.call('postStaffStocktakesApprove', { path: { stocktakeId: session.id } }), { 'data-testid': 'stocktake-approve' });
  const variances = session.lines.filter((l) => l.counted !== undefined && l.counted !== l.expected);
  mount(
    main,
    title(t('parts.stocktakeTitle', { location: data.names.place(session.location) })),
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
    data.entries.length ? ledgerTable(data.entries, data.names) : null,
  );
};

