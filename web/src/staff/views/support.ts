/**
 * Technical support (ORG-3, FLOW-2): the assessment queue and the assessment form (repair plan,
 * measures, tools, parts picked from the catalog, skill and certificates needed, on site or remote).
 */
import { assessmentSchema } from '../../../../lib/dispatch/schemas.ts';
import { SYSTEM_TYPES } from '../../../../lib/tickets/domain/ticket.ts';
import { TOOL_KINDS } from '../../../../lib/people/domain/people.ts';
import { h, mount } from '../../core/dom.ts';
import { field, form, onSubmit, readValues, showWhen, submitButton } from '../../core/forms.ts';
import { label, money, t, paren } from '../../core/i18n.ts';
import type { Schema } from '../../core/api-types.ts';
import type { Ctx, View } from '../context.ts';
import { loadInto, ticketQueue, title, type TicketSummary } from '../ui.ts';

/** A part of the catalog as the API answers it (OpenAPI `CatalogPartRecord`). */
export type CatalogPart = Schema<'CatalogPartRecord'>;

export async function loadCatalog(ctx: Ctx): Promise<CatalogPart[]> {
  return (await ctx.call('listStaffParts')).items;
}

export function partOptions(catalog: CatalogPart[]) {
  return catalog.map((part) => ({
    value: part.sku,
    label: `${part.name}${paren(part.specification)}${part.designated ? ` · ${money(part.unitPriceFen)}/${part.unit}` : ` · ${t('assess.notDesignated')}`}`,
    disabled: !part.designated,
  }));
}

export const assessmentQueueView: View = async (ctx, main) => {
  const heading = t('nav.assessment');
  const queue = await loadInto(main, heading, () => ticketQueue(ctx, 'in_assessment', t('list.inAssessment'), (ticket) => `#/ticket/${ticket.id}`), () => ctx.reload());
  if (queue) mount(main, title(heading), queue);
};

function partRows(catalog: CatalogPart[]): HTMLElement {
  const rows = h('ol', { class: 'part-rows' });
  const renumber = () => {
    [...rows.children].forEach((row, index) => {
      row.querySelector<HTMLElement>('[data-role="sku"]')!.dataset.path = `partsNeeded.${index}.sku`;
      row.querySelector<HTMLElement>('[data-role="quantity"]')!.dataset.path = `partsNeeded.${index}.quantity`;
    });
  };
  const add = () => {
    const sku = field({ path: 'partsNeeded.x.sku', label: t('assess.part'), kind: 'select', required: true, options: partOptions(catalog) });
    const quantity = field({ path: 'partsNeeded.x.quantity', label: t('assess.quantity'), kind: 'number', required: true, value: 1, attrs: { min: 1, max: 1000, inputmode: 'numeric' } });
    sku.querySelector('select')!.dataset.role = 'sku';
    quantity.querySelector('input')!.dataset.role = 'quantity';
    const row = h('li', { class: 'part-row' }, sku, quantity, h('button', { type: 'button', class: 'secondary', onclick: () => (row.remove(), renumber()) }, t('assess.removePart')));
    rows.appendChild(row);
    renumber();
    sku.querySelector('select')!.focus();
  };
  return h('fieldset', { class: 'group' }, h('legend', {}, t('assess.partsNeeded')), rows, h('button', { type: 'button', class: 'secondary', onclick: add, 'data-testid': 'add-part' }, t('assess.addPart')));
}

export function assessmentForm(ctx: Ctx, ticket: TicketSummary, catalog: CatalogPart[]): HTMLElement {
  const element = form(
    { 'data-testid': 'assessment-form' },
    field({ path: 'diagnosis', label: t('assess.diagnosis'), kind: 'textarea', required: true }),
    field({ path: 'repairPlan', label: t('assess.repairPlan'), kind: 'textarea', required: true }),
    field({ path: 'technicalMeasures', label: t('assess.technicalMeasures'), kind: 'textarea', required: true }),
    field({ path: 'toolsNeeded', label: t('assess.toolsNeeded'), kind: 'lines' }),
    partRows(catalog),
    field({ path: 'skillRequired', label: t('assess.skillRequired'), kind: 'select', required: true, value: ticket.device.system, options: SYSTEM_TYPES.map((value) => ({ value, label: label('system', value) })) }),
    field({
      path: 'complexity',
      label: t('assess.complexity'),
      kind: 'radio',
      required: true,
      options: [
        { value: 'simple', label: t('assess.complexity.simple') },
        { value: 'complex', label: t('assess.complexity.complex') },
      ],
    }),
    field({ path: 'estimatedMinutes', label: t('assess.estimatedMinutes'), kind: 'number', required: true, attrs: { min: 5, step: 5, inputmode: 'numeric' } }),
    field({ path: 'onSite', label: t('assess.onSite'), kind: 'checkbox', value: true }),
    field({ path: 'requiresWorkAtHeight', label: t('assess.workAtHeight'), kind: 'checkbox', when: (v) => v.onSite === true }),
    field({ path: 'requiresElectrician', label: t('assess.electrician'), kind: 'checkbox', when: (v) => v.onSite === true }),
    showWhen(
      h(
        'fieldset',
        { class: 'field', 'data-field': 'toolKinds' },
        h('legend', {}, t('assess.toolKinds')),
        h('p', { class: 'hint' }, t('assess.toolKinds.hint')),
        TOOL_KINDS.map((kind) => field({ path: `toolKind.${kind}`, label: label('tool', kind), kind: 'checkbox' })),
      ),
      (v) => v.onSite === true,
    ),
    field({ path: 'remoteInstructions', label: t('assess.remoteInstructions'), kind: 'textarea', when: (v) => v.onSite === false }),
    submitButton(t('app.submit')),
  );
  onSubmit(element, {
    schema: assessmentSchema,
    values: () => {
      const { toolKind = {}, ...values } = readValues(element);
      // One checkbox per registered tool kind (SAFE-3): the checked ones are the kinds the job needs.
      const toolKinds = TOOL_KINDS.filter((kind) => toolKind[kind] === true);
      return { toolsNeeded: [], partsNeeded: [], requiresWorkAtHeight: false, requiresElectrician: false, ...values, toolKinds };
    },
    send: (body) => ctx.call('postStaffTicketsAssessment', { path: { id: ticket.id }, body }),
    done: () => ctx.reload(t('app.saved')),
  });
  return h('div', { class: 'action-form' }, h('h3', {}, t('assess.title')), element);
}
