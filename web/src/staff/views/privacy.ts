/**
 * Confidentiality pages: customers' rights requests (customer service records them with how the
 * requester was identified; the manager exports, corrects or erases), the access log of personal
 * data, and the retention settings.
 */
import { RIGHTS_KINDS, VERIFICATION_METHODS, accessLogQuerySchema, correctionSchema, rightsRequestSchema } from '../../../../lib/privacy/index.ts';
import { privacySettingsSchema, type PrivacySettings } from '../../../../lib/tickets/index.ts';
import { definitionList, h, mount, type Child } from '../../core/dom.ts';
import { field, form, onSubmit, readValues, submitButton } from '../../core/forms.ts';
import { dateTime, label, t, colon, listSep, paren } from '../../core/i18n.ts';
import type { Schema } from '../../core/api-types.ts';
import type { Ctx, View } from '../context.ts';
import type { UiKey } from '../../core/strings.ts';
import { disclosure, loadInto, title } from '../ui.ts';
import { staffNames } from '../staff-names.ts';

/** A rights request as the API answers it (OpenAPI `RightsRequestRecord`). */
type RightsRequest = Schema<'RightsRequestRecord'>;

/** A file the browser saves, built from what the export answered (nothing is stored on the server). */
function downloadLink(text: string, filename: string, type: string): HTMLAnchorElement {
  const url = URL.createObjectURL(new Blob([text], { type }));
  return h('a', { href: url, download: filename, class: 'button', 'data-testid': `download-${filename}` }, `${t('privacy.download')} ${filename}`);
}

function managerActions(ctx: Ctx, request: RightsRequest, results: HTMLElement): Child {
  if (request.status !== 'open' || !ctx.can('manager')) return null;
  if (request.kind === 'export') {
    const element = form(
      { 'data-testid': 'export-form' },
      field({ path: 'delivery', label: t('privacy.delivery'), kind: 'radio', required: true, value: 'download', options: ['download', 'email'].map((value) => ({ value, label: label('privacyDelivery', value) })) }),
      submitButton(t('privacy.export')),
    );
    onSubmit(element, {
      send: (body) => ctx.call('postStaffPrivacyRequestsExport', { path: { requestId: request.requestId }, body }),
      done: (result) => {
        mount(
          results,
          h('p', { class: 'notice notice-ok', role: 'status' }, result.emailedTo ? t('privacy.emailed', { address: result.emailedTo }) : t('privacy.exported')),
          downloadLink(JSON.stringify(result.data, null, 2), 'personal-data.json', 'application/json'),
          ' ',
          downloadLink(result.csv, 'personal-data.csv', 'text/csv;charset=utf-8'),
        );
      },
    });
    return disclosure(t('privacy.export'), element);
  }
  if (request.kind === 'correct') {
    const element = form(
      { 'data-testid': 'correction-form' },
      h('p', { class: 'hint' }, t('privacy.correctHint')),
      field({ path: 'customer.name', label: t('field.customer.name') }),
      field({ path: 'customer.phone', label: t('field.customer.phone'), kind: 'tel' }),
      field({ path: 'customer.email', label: t('field.customer.email'), kind: 'email' }),
      field({ path: 'customer.organisation', label: t('field.customer.organisation') }),
      field({ path: 'site.address', label: t('field.site.address') }),
      field({ path: 'site.contactName', label: t('field.site.contactName') }),
      field({ path: 'site.contactPhone', label: t('field.site.contactPhone'), kind: 'tel' }),
      submitButton(t('privacy.correct')),
    );
    const values = () => {
      const raw = readValues(element);
      // Empty groups are left out: only what was typed is corrected.
      return Object.fromEntries(Object.entries(raw).filter(([, group]) => group && Object.keys(group).length > 0));
    };
    onSubmit(element, { schema: correctionSchema, values, send: (body) => ctx.call('postStaffPrivacyRequestsCorrection', { path: { requestId: request.requestId }, body }), done: () => ctx.reload(t('privacy.corrected')) });
    return disclosure(t('privacy.correct'), element);
  }
  const element = form(
    { 'data-testid': 'erasure-form' },
    h('p', { class: 'notice notice-warn' }, t('privacy.eraseWarning')),
    field({ path: 'confirm', label: t('privacy.eraseConfirm'), kind: 'checkbox', type: 'boolean', required: true }),
    submitButton(t('privacy.erase'), { class: 'danger' }),
  );
  onSubmit(element, {
    extraCheck: (values) => (values.confirm === true ? [] : [{ path: 'confirm', message: t('privacy.eraseConfirmRequired') }]),
    send: () => ctx.call('postStaffPrivacyRequestsErasure', { path: { requestId: request.requestId }, body: { confirm: true } }),
    done: () => ctx.reload(t('privacy.erased')),
  });
  return disclosure(t('privacy.erase'), element);
}

function requestCard(ctx: Ctx, request: RightsRequest, names: Map<string, string>): HTMLElement {
  const results = h('div', { class: 'results', 'aria-live': 'polite' });
  return h(
    'li',
    { class: 'card', 'data-request': request.requestId },
    h('div', { class: 'card-head' }, h('strong', {}, label('privacyKind', request.kind)), ' ', h('span', { class: `badge ${request.status === 'done' ? 'ok' : 'warn'}` }, label('privacyStatus', request.status))),
    definitionList([
      [t('privacy.subject'), [request.subject.phone, request.subject.email].filter(Boolean).join(' · ')],
      [t('privacy.verification'), `${label('verification', request.verification.method)}${colon()}${request.verification.note}`],
      [t('privacy.recorded'), `${dateTime(request.createdAt)} · ${names.get(request.verification.by) ?? request.verification.by}`],
      [t('privacy.outcome'), request.outcome ? `${dateTime(request.outcome.at)} · ${names.get(request.outcome.by) ?? request.outcome.by} · ${t('privacy.tickets', { count: String(request.outcome.tickets) })}${request.outcome.emailedTo ? ` · ${request.outcome.emailedTo}` : ''}` : undefined],
    ]),
    managerActions(ctx, request, results),
    results,
  );
}

export const privacyRequestsView: View = async (ctx, main) => {
  const heading = t('nav.privacyRequests');
  const found = await loadInto(main, heading, () => Promise.all([ctx.call('listStaffPrivacyRequests'), staffNames(ctx)]), () => ctx.reload());
  if (!found) return;
  const [loaded, names] = found;
  const element = form(
    { 'data-testid': 'rights-request-form' },
    field({ path: 'kind', label: t('privacy.kind'), kind: 'radio', required: true, options: RIGHTS_KINDS.map((kind) => ({ value: kind, label: label('privacyKind', kind) })) }),
    field({ path: 'subject.phone', label: t('field.customer.phone'), kind: 'tel', hint: t('privacy.subjectHint') }),
    field({ path: 'subject.email', label: t('field.customer.email'), kind: 'email' }),
    field({ path: 'verification.method', label: t('privacy.verification'), kind: 'select', required: true, options: VERIFICATION_METHODS.map((method) => ({ value: method, label: label('verification', method) })) }),
    field({ path: 'verification.note', label: t('privacy.verificationNote'), kind: 'textarea', required: true, hint: t('privacy.verificationNoteHint') }),
    submitButton(t('privacy.record')),
  );
  onSubmit(element, { schema: rightsRequestSchema, send: (body) => ctx.call('postStaffPrivacyRequests', { body }), done: () => ctx.reload(t('app.saved')) });
  mount(
    main,
    title(heading),
    h('p', { class: 'intro' }, t('privacy.requestsIntro')),
    ctx.can('customer_service') ? disclosure(t('privacy.newRequest'), element) : null,
    h('h2', {}, t('privacy.thisMonth', { month: loaded.month })),
    h('ul', { class: 'cards', 'data-testid': 'rights-requests' }, loaded.items.length ? loaded.items.map((request) => requestCard(ctx, request, names)) : h('li', { class: 'empty' }, t('list.empty'))),
  );
};

export const accessLogView: View = async (ctx, main, args) => {
  const heading = t('nav.accessLog');
  const query = Object.fromEntries([...args.query.entries()].filter(([key, value]) => ['day', 'staffId', 'phone'].includes(key) && value));
  const filter = form(
    { 'data-testid': 'access-log-filter', class: 'inline' },
    field({ path: 'day', label: t('privacy.day'), kind: 'date', value: query.day }),
    field({ path: 'staffId', label: t('privacy.staffId'), value: query.staffId }),
    field({ path: 'phone', label: t('privacy.customerPhone'), kind: 'tel', value: query.phone }),
    submitButton(t('privacy.search')),
  );
  onSubmit(filter, {
    schema: accessLogQuerySchema,
    send: async (values) => values,
    done: (values) => ctx.go(`manager/access-log?${new URLSearchParams(values as Record<string, string>).toString()}`),
  });
  if (Object.keys(query).length === 0) {
    mount(main, title(heading), h('p', { class: 'intro' }, t('privacy.accessLogIntro')), filter);
    return;
  }
  const found = await loadInto(
    main,
    heading,
    () => Promise.all([ctx.call('listStaffPrivacyAccessLog', { query: { day: query.day, staffId: query.staffId, phone: query.phone, limit: 200 } }), staffNames(ctx)]),
    () => ctx.reload(),
  );
  if (!found) return;
  const [page, names] = found;
  mount(
    main,
    title(heading),
    h('p', { class: 'intro' }, t('privacy.accessLogIntro')),
    filter,
    h(
      'div',
      { class: 'table-scroll' },
      h(
        'table',
        { 'data-testid': 'access-log' },
        h('thead', {}, h('tr', {}, [t('privacy.at'), t('privacy.staffId'), t('privacy.what'), t('privacy.purpose'), t('privacy.fields'), t('privacy.ticketCount')].map((text) => h('th', {}, text)))),
        h(
          'tbody',
          {},
          page.items.length
            ? page.items.map((entry) =>
                h(
                  'tr',
                  { 'data-entry': entry.entryId },
                  h('td', {}, dateTime(entry.at)),
                  h('td', {}, `${names.get(entry.staffId) ?? entry.staffId}${paren(entry.roles.map((role) => label('role', role)).join(listSep()))}`),
                  h('td', {}, label('accessKind', entry.kind)),
                  h('td', {}, h('code', {}, entry.purpose)),
                  h('td', {}, entry.fields.map((name) => label('personalField', name)).join(listSep())),
                  h('td', {}, entry.ticketIds.length === 1 ? h('a', { href: `#/ticket/${entry.ticketIds[0]}` }, '1') : String(entry.ticketIds.length)),
                ),
              )
            : h('tr', {}, h('td', { colspan: '6', class: 'empty' }, t('list.empty'))),
        ),
      ),
    ),
  );
};

export const privacySettingsView: View = async (ctx, main) => {
  const heading = t('nav.privacySettings');
  const settings = await loadInto(main, heading, () => ctx.call('listStaffPrivacySettings'), () => ctx.reload());
  if (!settings) return;
  const number = (path: keyof PrivacySettings, min: number, hint?: string) => field({ path, label: t(`privacy.${path}` as UiKey), kind: 'number', type: 'number', required: true, value: settings.value[path], attrs: { min }, ...(hint ? { hint } : {}) });
  const element = form(
    { 'data-testid': 'privacy-settings-form' },
    number('contactRetentionDays', 30, t('privacy.contactRetentionDays.hint')),
    number('accessLogRetentionDays', 180),
    number('technicianContactDays', 0),
    submitButton(t('app.save')),
  );
  onSubmit(element, {
    schema: privacySettingsSchema,
    send: (value) => ctx.call('putStaffPrivacySettings', { body: { expectedVersion: settings.version, settings: value } }),
    done: () => ctx.reload(t('app.saved')),
  });
  mount(main, title(heading), h('p', { class: 'intro' }, t('privacy.settingsIntro')), element);
};
