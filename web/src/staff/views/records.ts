/**
 * Records staff keep up to date: a ticket's facts learnt on the phone (device, site, calendar), the
 * staff records (people, roles, the technician profile; saving one follows through to the sign-in),
 * and a device's warranty or maintenance coverage.
 */
import { SKILL_LEVELS } from '../../../../lib/staff/domain/staff.ts';
import { SYSTEM_TYPES } from '../../../../lib/tickets/domain/ticket.ts';
import { STAFF_ROLES } from '../../../../lib/wiring.ts';
import { factsSchema, technicianSchema } from '../../../../lib/dispatch/schemas.ts';
import { coverageSchema } from '../../../../lib/settlement/schemas.ts';
import { ApiError } from '../../core/api.ts';
import type { Schema } from '../../core/api-types.ts';
import { definitionList, h, mount } from '../../core/dom.ts';
import { field, form, onSubmit, readValues, submitButton } from '../../core/forms.ts';
import { label, t } from '../../core/i18n.ts';
import type { Ctx, View } from '../context.ts';
import { disclosure, loadInto, title, type TicketSummary } from '../ui.ts';

/** Only what changed is sent: an unchanged field is no correction (and the timeline keeps before and after). */
function changed(current: Record<string, unknown>, typed: Record<string, unknown> | undefined): Record<string, unknown> | undefined {
  const diff = Object.fromEntries(Object.entries(typed ?? {}).filter(([key, value]) => value !== undefined && value !== current[key]));
  return Object.keys(diff).length ? diff : undefined;
}

/** The ticket page's "correct the facts" form (customer service, technical support) while the ticket is open. */
export function factsForm(ctx: Ctx, ticket: TicketSummary): HTMLElement | null {
  if (!ctx.can('customer_service', 'tech_support') || ticket.status === 'closed' || ticket.status === 'cancelled') return null;
  const element = form(
    { 'data-testid': 'facts-form' },
    h('p', { class: 'hint' }, t('facts.hint')),
    field({ path: 'device.system', label: t('field.device.system'), kind: 'select', value: ticket.device.system, options: SYSTEM_TYPES.map((value) => ({ value, label: label('system', value) })) }),
    field({ path: 'device.model', label: t('field.device.model'), value: ticket.device.model }),
    field({ path: 'device.serial', label: t('field.device.serial'), value: ticket.device.serial }),
    field({ path: 'device.location', label: t('field.device.location'), value: ticket.device.location }),
    ticket.site?.address !== undefined ? field({ path: 'site.address', label: t('field.site.address'), value: ticket.site.address }) : null,
    field({ path: 'site.name', label: t('field.site.name'), value: ticket.site?.name }),
    ticket.site?.address !== undefined ? field({ path: 'site.contactName', label: t('field.site.contactName'), value: ticket.site.contactName }) : null,
    ticket.site?.address !== undefined ? field({ path: 'site.contactPhone', label: t('field.site.contactPhone'), kind: 'tel', value: ticket.site.contactPhone }) : null,
    field({ path: 'calendarId', label: t('facts.calendar'), value: ticket.calendarId ?? '', hint: t('facts.calendarHint') }),
    submitButton(t('facts.save')),
  );
  const values = () => {
    const typed = readValues(element) as { device?: Record<string, unknown>; site?: Record<string, unknown>; calendarId?: string };
    const device = changed(ticket.device, typed.device);
    const site = changed(ticket.site ?? {}, typed.site);
    return { ...(device ? { device } : {}), ...(site ? { site } : {}), ...(typed.calendarId && typed.calendarId !== ticket.calendarId ? { calendarId: typed.calendarId } : {}) };
  };
  onSubmit(element, { schema: factsSchema, values, send: (body) => ctx.call('patchStaffTickets', { path: { id: ticket.id }, body }), done: () => ctx.reload(t('app.saved')) });
  return disclosure(t('facts.title'), element);
}

/** A staff record as the directory answers it (OpenAPI `StaffDirectoryEntry`: contact details for the manager only). */
type Member = Schema<'StaffDirectoryEntry'>;

function memberForm(ctx: Ctx, member: Member | undefined): HTMLFormElement {
  const element = form(
    { 'data-testid': member ? `member-form-${member.id}` : 'new-member-form' },
    member ? null : field({ path: 'id', label: t('staff.id'), required: true, hint: t('staff.idHint'), autocomplete: 'off' }),
    field({ path: 'name', label: t('staff.name'), required: true, value: member?.name }),
    field({ path: 'email', label: t('staff.email'), kind: 'email', required: true, value: member?.email }),
    field({ path: 'phone', label: t('staff.phone'), kind: 'tel', value: member?.phone }),
    h('fieldset', { class: 'group' }, h('legend', {}, t('staff.roles')), STAFF_ROLES.map((role) => field({ path: `role.${role}`, label: label('role', role), kind: 'checkbox', type: 'boolean', value: member?.roles.includes(role) ?? false }))),
    field({ path: 'active', label: t('staff.active'), kind: 'checkbox', type: 'boolean', value: member?.active ?? true, hint: t('staff.activeHint') }),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, t('staff.technician')),
      h('fieldset', { class: 'group' }, h('legend', {}, t('staff.skills')), SYSTEM_TYPES.map((system) => field({ path: `skill.${system}`, label: label('system', system), kind: 'checkbox', type: 'boolean', value: member?.technician?.skills.includes(system) ?? false }))),
      field({ path: 'skillLevel', label: t('staff.skillLevel'), kind: 'select', value: member?.technician?.skillLevel ?? 'junior', options: SKILL_LEVELS.map((value) => ({ value, label: label('skill', value) })) }),
      field({ path: 'lead', label: t('role.lead'), kind: 'checkbox', type: 'boolean', value: member?.technician?.lead ?? false }),
    ),
    submitButton(t('app.save')),
  );
  const values = () => {
    const raw = readValues(element) as Record<string, any>;
    const roles = STAFF_ROLES.filter((role) => raw.role?.[role]);
    const skills = SYSTEM_TYPES.filter((system) => raw.skill?.[system]);
    const id = member?.id ?? raw.id;
    return {
      id,
      body: {
        name: raw.name,
        email: raw.email,
        ...(raw.phone ? { phone: raw.phone } : {}),
        roles,
        active: raw.active === true,
        ...(roles.includes('technician') ? { technician: { skills, skillLevel: raw.skillLevel, stockLocation: member?.technician?.stockLocation ?? `van-${id}`, lead: raw.lead === true } } : {}),
      },
    };
  };
  onSubmit(element, {
    values: () => values().body,
    extraCheck: () => {
      const { id } = values();
      return member || /^[a-z0-9][a-z0-9-]{2,59}$/.test(id ?? '') ? [] : [{ path: 'id', message: t('staff.idHint') }];
    },
    schema: technicianSchema,
    send: (body) => ctx.call('putStaffMembers', { path: { staffId: values().id }, body }),
    done: () => ctx.reload(t('app.saved')),
  });
  return element;
}

/** The manager's staff records: everyone with their roles; saving one disables or re-enables the sign-in and regroups it. */
export const staffRecordsView: View = async (ctx, main) => {
  const heading = t('nav.staffRecords');
  const members = await loadInto(main, heading, () => ctx.call('listStaffMembers').then((r) => r.items), () => ctx.reload());
  if (!members) return;
  mount(
    main,
    title(heading),
    h('p', { class: 'intro' }, t('staff.intro')),
    disclosure(t('staff.add'), memberForm(ctx, undefined)),
    h(
      'ul',
      { class: 'cards', 'data-testid': 'staff-records' },
      members.map((member) =>
        h(
          'li',
          { class: `card${member.active ? '' : ' inactive'}`, 'data-member': member.id },
          h('div', { class: 'card-head' }, h('strong', {}, member.name), ' ', member.active ? null : h('span', { class: 'badge bad' }, t('staff.inactive'))),
          definitionList([
            [t('staff.id'), member.id],
            [t('staff.roles'), member.roles.map((role) => label('role', role)).join('、')],
            [t('staff.email'), member.email],
            [t('staff.skills'), member.technician ? `${member.technician.skills.map((s) => label('system', s)).join('、')} · ${label('skill', member.technician.skillLevel)}${member.technician.lead ? ` · ${t('role.lead')}` : ''}` : undefined],
          ]),
          disclosure(t('staff.edit'), memberForm(ctx, member)),
        ),
      ),
    ),
  );
};

/** A device's warranty or maintenance contract (what the fee leaves out), looked up by system and serial. */
export const coverageView: View = async (ctx, main, { query }) => {
  const heading = t('nav.coverage');
  const system = query.get('system') ?? '';
  const serial = query.get('serial') ?? '';
  const lookup = form(
    { 'data-testid': 'coverage-lookup', class: 'inline' },
    field({ path: 'system', label: t('field.device.system'), kind: 'select', required: true, value: system || 'cctv', options: SYSTEM_TYPES.map((value) => ({ value, label: label('system', value) })) }),
    field({ path: 'serial', label: t('field.device.serial'), required: true, value: serial }),
    submitButton(t('coverage.find')),
  );
  onSubmit(lookup, { send: async (values) => values, done: (values) => ctx.go(`cs/coverage?${new URLSearchParams(values as Record<string, string>).toString()}`) });
  if (!serial) {
    mount(main, title(heading), h('p', { class: 'intro' }, t('coverage.intro')), lookup);
    return;
  }
  const path = { system, serial };
  let current: Schema<'DeviceCoverageRecord'> | undefined;
  try {
    current = (await ctx.call('listStaffDevicesCoverage', { path })).coverage;
  } catch (error) {
    if (!(error instanceof ApiError && error.status === 404)) throw error;
  }
  const element = form(
    { 'data-testid': 'coverage-form' },
    field({ path: 'kind', label: t('coverage.kind'), kind: 'radio', required: true, value: current?.kind, options: ['installation_warranty', 'maintenance_contract'].map((value) => ({ value, label: label('coverage', value) })) }),
    field({ path: 'reference', label: t('coverage.reference'), required: true, value: current?.reference }),
    field({ path: 'validFrom', label: t('coverage.validFrom'), kind: 'date', required: true, value: current?.validFrom }),
    field({ path: 'validUntil', label: t('coverage.validUntil'), kind: 'date', required: true, value: current?.validUntil }),
    h(
      'fieldset',
      { class: 'group' },
      h('legend', {}, t('coverage.covers')),
      (['labour', 'parts', 'callOut'] as const).map((part) => field({ path: `covers.${part}`, label: label('coverageCovers', part), kind: 'checkbox', type: 'boolean', value: current?.covers[part] ?? false })),
    ),
    submitButton(t('app.save')),
  );
  onSubmit(element, { schema: coverageSchema, send: (body) => ctx.call('putStaffDevicesCoverage', { path, body }), done: () => ctx.reload(t('app.saved')) });
  mount(main, title(heading), h('p', { class: 'intro' }, t('coverage.intro')), lookup, h('h2', {}, `${label('system', system)} · ${serial}`), current ? null : h('p', {}, t('coverage.none')), element);
};
