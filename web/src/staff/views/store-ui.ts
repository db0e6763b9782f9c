/** What the store's pages share: tables, locations, part pickers, serials typed as text, small forms. */
import type * as z from 'zod/mini';
import { h, type Child } from '../../core/dom.ts';
import { form, onSubmit, readValues, submitButton } from '../../core/forms.ts';
import { dateTime, label, t, paren } from '../../core/i18n.ts';
import { randomKey } from '../../core/api.ts';
import type { Schema } from '../../core/api-types.ts';
import type { Ctx } from '../context.ts';
import { staffNames } from '../staff-names.ts';
import type { CatalogPart } from './support.ts';

type LedgerEntry = Schema<'LedgerEntry'>;
/** Where a serial issued from the store is now (the issue register's `serials`). */
type SerialState = Schema<'IssueRegister'>['serials'][number];

export function table(caption: string, headers: string[], rows: Child[][], attrs: Record<string, string> = {}): HTMLElement {
  if (!rows.length) return h('p', { class: 'empty' }, t('list.empty'));
  return h(
    'table',
    { class: 'data-table', ...attrs },
    h('caption', { class: 'visually-hidden' }, caption),
    h('thead', {}, h('tr', {}, headers.map((header) => h('th', { scope: 'col' }, header)))),
    h('tbody', {}, rows.map((row) => h('tr', {}, row.map((cell) => h('td', {}, cell))))),
  );
}

export const partName = (catalog: CatalogPart[], sku: string) => catalog.find((p) => p.sku === sku)?.name ?? sku;

/** Where stock can be: the warehouse and each technician's van. */
export async function locations(ctx: Ctx): Promise<Array<{ value: string; label: string }>> {
  const items = (await ctx.call('listStaffMembers')).items;
  return [{ value: 'warehouse', label: t('parts.warehouse') }, ...items.filter((m) => m.technician).map((m) => ({ value: `van-${m.id}`, label: t('parts.van', { name: m.name }) }))];
}

export const skuOptions = (catalog: CatalogPart[]) => catalog.map((part) => ({ value: part.sku, label: `${part.name}${paren(part.sku)}` }));
export const splitList = (text: unknown) => (typeof text === 'string' ? text.split(/[\s,，]+/).filter(Boolean) : Array.isArray(text) ? (text as string[]) : undefined);

/** Serials are typed as one text (spaces or commas between them); the API takes a list. */
export const withSerials = (values: Record<string, any>): Record<string, any> => ({ ...values, ...(values.serials ? { serials: splitList(values.serials) } : {}) });
export const linesWithSerials = (values: Record<string, any>) => ({ ...values, lines: ((values.lines ?? []) as Array<Record<string, any>>).map(withSerials) });

/** A form that saves a record under the key typed in its `keyPath` field (`save(key, body)` PUTs it; the key is not in the body). */
export function saveUnderKey<S extends z.ZodMiniType>(
  ctx: Ctx,
  element: HTMLFormElement,
  keyPath: string,
  schema: S,
  save: (key: string, body: z.input<S>) => Promise<unknown>,
  values: () => Record<string, any> = () => readValues(element),
): void {
  onSubmit(element, {
    values: () => {
      const { [keyPath]: _key, ...rest } = values();
      return rest;
    },
    schema,
    send: (body) => save(readValues(element)[keyPath] ?? '', body as z.input<S>),
    done: () => ctx.reload(t('app.saved')),
  });
}

/** An Idempotency-Key per body: sending the same form again (a retry, a double click) moves stock once. */
export function keyPerBody(): (body: unknown) => string {
  let lastBody: string | undefined;
  let key = randomKey();
  return (body) => {
    const text = JSON.stringify(body);
    if (text !== lastBody) {
      key = randomKey();
      lastBody = text;
    }
    return key;
  };
}

/** One button that calls an action without a body (`send`) and shows the page again. */
export function actionButton(ctx: Ctx, text: string, send: () => Promise<unknown>, attrs: Record<string, string> = {}): HTMLFormElement {
  const element = form({ class: 'inline-action', ...attrs }, submitButton(text));
  onSubmit(element, { send, done: () => ctx.reload(t('app.saved')) });
  return element;
}

/** Staff ids and locations (`warehouse`, `van-<staff id>`) as people read them. */
export interface Who {
  person(id: string): string;
  place(location: string | undefined): string;
}

export async function who(ctx: Ctx): Promise<Who> {
  const names = await staffNames(ctx);
  const person = (id: string) => names.get(id) ?? id;
  return {
    person,
    place: (location) => (!location ? '' : location === 'warehouse' ? t('parts.warehouse') : location.startsWith('van-') ? t('parts.van', { name: person(location.slice(4)) }) : location),
  };
}

export function ledgerTable(entries: LedgerEntry[], names: Who): HTMLElement {
  return table(
    t('parts.ledger'),
    [t('parts.at'), t('parts.movement'), t('parts.quantity'), t('parts.from'), t('parts.to'), t('parts.serials'), t('parts.actor'), t('parts.reason')],
    entries.map((e) => [dateTime(e.at), label('movement', e.kind), String(e.quantity), names.place(e.from), names.place(e.to), (e.serials ?? []).join(', '), names.person(e.actor), e.reason]),
    { 'data-testid': 'ledger' },
  );
}

export function serialTable(serials: SerialState[], names: Who): HTMLElement {
  return table(
    t('parts.register'),
    [t('parts.serial'), t('parts.serialState'), t('parts.takenBy'), t('parts.at')],
    serials.map((s) => [s.serial, label('serialState', s.state), s.takenBy ? names.person(s.takenBy) : '', dateTime(s.at)]),
  );
}
