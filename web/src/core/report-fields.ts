/** The fields of a fault report (POST /v1/tickets and POST /v1/staff/tickets), grouped for people. */
import { SYSTEM_TYPES, URGENCIES } from '../../../lib/tickets/domain/ticket.ts';
import { h } from './dom.ts';
import { field } from './forms.ts';
import { label, t } from './i18n.ts';

export const systemOptions = () => SYSTEM_TYPES.map((value) => ({ value, label: label('system', value) }));
export const urgencyOptions = () => URGENCIES.map((value) => ({ value, label: label('urgency', value) }));

function group(title: string, ...fields: HTMLElement[]): HTMLElement {
  return h('fieldset', { class: 'group' }, h('legend', {}, title), ...fields);
}

export function reportFields(): HTMLElement[] {
  return [
    group(
      t('report.customer'),
      field({ path: 'customer.name', label: t('field.customer.name'), required: true, autocomplete: 'name', attrs: { maxlength: 100 } }),
      field({ path: 'customer.phone', label: t('field.customer.phone'), kind: 'tel', required: true, hint: t('field.customer.phone.hint'), autocomplete: 'tel', attrs: { inputmode: 'tel' } }),
      field({ path: 'customer.email', label: t('field.customer.email'), kind: 'email', hint: t('field.customer.email.hint'), autocomplete: 'email' }),
      field({ path: 'customer.organisation', label: t('field.customer.organisation'), autocomplete: 'organization' }),
    ),
    group(
      t('report.site'),
      field({ path: 'site.address', label: t('field.site.address'), required: true, autocomplete: 'street-address' }),
      field({ path: 'site.name', label: t('field.site.name') }),
      field({ path: 'site.contactName', label: t('field.site.contactName') }),
      field({ path: 'site.contactPhone', label: t('field.site.contactPhone'), kind: 'tel', attrs: { inputmode: 'tel' } }),
    ),
    group(
      t('report.device'),
      field({ path: 'device.system', label: t('field.device.system'), kind: 'select', required: true, options: systemOptions() }),
      field({ path: 'device.model', label: t('field.device.model') }),
      field({ path: 'device.serial', label: t('field.device.serial') }),
      field({ path: 'device.location', label: t('field.device.location'), hint: t('field.device.location.hint') }),
    ),
    group(
      t('report.fault'),
      field({ path: 'symptom', label: t('field.symptom'), kind: 'textarea', required: true, attrs: { rows: 4, maxlength: 4000 } }),
      field({ path: 'urgency', label: t('field.urgency'), kind: 'radio', options: urgencyOptions(), value: 'general', hint: t('field.urgency.hint') }),
      field({ path: 'preferredContactTime', label: t('field.preferredContactTime') }),
    ),
  ];
}
