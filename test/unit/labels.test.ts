/**
 * The label catalogue (lib/platform/labels.ts) labels every enum value of every context, in both
 * languages; placeholders are filled from a reason's facts and `{name:group}` turns a code into its label.
 */
import { describe, expect, it } from 'vitest';
import { LABELS, fillLabels, groupOfCodes, hasLabel, labelOf, locationLabel } from '../../lib/platform/labels.ts';
import { LOCALES } from '../../lib/platform/locale.ts';
import { STAFF_ROLES } from '../../lib/wiring.ts';
import { CHANNELS, SYSTEM_TYPES, TICKET_STATUSES, URGENCIES } from '../../lib/tickets/index.ts';
import { CERTIFICATE_TYPES, SKILL_LEVELS, WAREHOUSE } from '../../lib/staff/index.ts';
import { CERTIFICATE_RECORD_TYPES, GRADES, METRICS, STAFF_GROUPS, TOOL_KINDS, TRAINING_METHODS, TRAINING_TOPICS } from '../../lib/people/index.ts';
import { JOB_STATUSES, STANDARD_SAFETY_CHECKLIST, type IneligibleReason } from '../../lib/dispatch/index.ts';
import { DOCUMENT_TYPES, MOVEMENT_KINDS, PURCHASE_ORDER_STATUSES, type SerialState, type Stocktake, type Supplier, type SupplierReturn } from '../../lib/parts/index.ts';
import { CANCELLATION_CAUSES, PAUSE_CATEGORIES, RESPONSIBLE_GROUPS, TIMER_KINDS, TIMER_STATES, TOLD_VIA } from '../../lib/sla/index.ts';
import { INVOICE_TYPES, PAYMENT_METHODS, STATEMENT_STATUSES } from '../../lib/settlement/index.ts';
import { RIGHTS_KINDS, VERIFICATION_METHODS } from '../../lib/privacy/index.ts';

/** The codes of a union type, checked complete at compile time (a new member fails `tsc`). */
const codesOf = <T extends string>(all: Record<T, true>): T[] => Object.keys(all) as T[];

const ELIGIBILITY = codesOf<IneligibleReason['code']>({
  not_a_technician: true,
  inactive: true,
  missing_skill: true,
  missing_certificate: true,
  certificate_expired: true,
  safety_training_expired: true,
  safety_training_missing: true,
  tool_missing: true,
  tool_overdue: true,
  tool_failed: true,
});
const RETURN_STATUSES = codesOf<SupplierReturn['status']>({ open: true, shipped: true, closed: true });
const STOCKTAKE_STATUSES = codesOf<Stocktake['status']>({ counting: true, submitted: true, approving: true, approved: true });
const SUPPLIER_STATUSES = codesOf<Supplier['status']>({ approved: true, suspended: true });
const SERIAL_STATES = codesOf<SerialState['state']>({ out: true, used: true, returned: true });

const ENUMS: Record<string, readonly string[]> = {
  system: SYSTEM_TYPES,
  skill: SYSTEM_TYPES,
  skillLevel: SKILL_LEVELS,
  ticketStatus: TICKET_STATUSES,
  urgency: URGENCIES,
  channel: CHANNELS,
  eligibility: ELIGIBILITY,
  cert: [...CERTIFICATE_TYPES, ...CERTIFICATE_RECORD_TYPES],
  safety: STANDARD_SAFETY_CHECKLIST,
  tool: TOOL_KINDS,
  jobStatus: JOB_STATUSES,
  statementStatus: STATEMENT_STATUSES,
  payment: PAYMENT_METHODS,
  invoiceType: INVOICE_TYPES,
  movement: MOVEMENT_KINDS,
  documentType: DOCUMENT_TYPES,
  orderStatus: PURCHASE_ORDER_STATUSES,
  returnStatus: RETURN_STATUSES,
  stocktakeStatus: STOCKTAKE_STATUSES,
  supplierStatus: SUPPLIER_STATUSES,
  serialState: SERIAL_STATES,
  documentState: [...PURCHASE_ORDER_STATUSES, ...RETURN_STATUSES, ...STOCKTAKE_STATUSES],
  location: [WAREHOUSE],
  role: STAFF_ROLES,
  group: [...RESPONSIBLE_GROUPS, ...STAFF_GROUPS],
  timerKind: TIMER_KINDS,
  timerState: TIMER_STATES,
  pauseCategory: PAUSE_CATEGORIES,
  toldVia: TOLD_VIA,
  cancelCause: CANCELLATION_CAUSES,
  grade: GRADES,
  metric: METRICS,
  topic: TRAINING_TOPICS,
  method: TRAINING_METHODS,
  privacyKind: RIGHTS_KINDS,
  verification: VERIFICATION_METHODS,
  locale: LOCALES,
};

describe('the label catalogue', () => {
  it('labels every enum value of every context in both languages, and nothing else', () => {
    const missing: string[] = [];
    for (const [group, codes] of Object.entries(ENUMS)) {
      for (const code of codes) {
        if (!hasLabel(group, code)) missing.push(`${group}.${code}`);
        for (const locale of LOCALES) if (!labelOf(group, code, locale).trim() || labelOf(group, code, locale) === code) missing.push(`${group}.${code} (${locale})`);
      }
      // No label without its code: a renamed value leaves no stale label behind.
      expect(Object.keys(LABELS[group as keyof typeof LABELS]).filter((code) => !codes.includes(code)), group).toEqual([]);
    }
    expect(missing).toEqual([]);
    expect(Object.keys(LABELS).filter((group) => group !== 'valueType' && !(group in ENUMS))).toEqual([]);
  });

  it('keeps Chinese labels in Chinese and English ones in ASCII punctuation', () => {
    for (const [group, codes] of Object.entries(LABELS)) {
      for (const [code, [zh, en]] of Object.entries(codes)) {
        expect(zh, `${group}.${code}`).toMatch(/[\u4e00-\u9fff]/);
        expect(en, `${group}.${code}`).not.toMatch(/[\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]/);
      }
    }
  });

  it('fills a reason from its facts and turns the codes in it into labels', () => {
    expect(labelOf('eligibility', 'certificate_expired', 'zh-CN', { certificate: 'electrician', expiresOn: '2026-05-31' })).toBe('电工证已于 2026-05-31 过期');
    expect(labelOf('eligibility', 'missing_skill', 'en', { skill: 'cctv' })).toBe('Not skilled in CCTV');
    expect(labelOf('eligibility', 'tool_overdue', 'zh-CN', { tool: 'multimeter', assetNo: 'MM-0002', dueOn: '2026-05-01' })).toBe('万用表 MM-0002 应于 2026-05-01 前检验，已逾期');
    expect(fillLabels('状态为“{status:statementStatus}”', 'zh-CN', { status: 'issued' })).toBe('状态为“待确认”');
    expect(fillLabels('({list:list})', 'zh-CN', { list: 'A, B' })).toBe('(A、B)');
    expect(labelOf('system', 'no-such-code', 'en')).toBe('no-such-code');
  });

  it('finds the group of a refused enum field and names stock locations', () => {
    expect(groupOfCodes([...SYSTEM_TYPES])).toMatch(/^(system|skill)$/);
    expect(groupOfCodes(['issued', 'disputed', 'confirmed', 'settled'])).toBe('statementStatus');
    expect(groupOfCodes(['x'])).toBeUndefined();
    expect(locationLabel('warehouse', 'zh-CN')).toBe('仓库');
    expect(locationLabel('van-staff-tech-liu', 'en')).toBe('van of staff-tech-liu');
  });
});
