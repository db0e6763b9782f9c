/**
 * Wording of statement lines and states in zh-CN and en, shared by the emails, the finance CSV and
 * the public view, so the customer, finance and the page read the same words; payment methods and
 * invoice types are the label catalogue's (lib/platform/labels.ts).
 */
import { formatYuan, type StatementLine, type WaiverReason } from './fees.ts';
import type { SkillLevel } from '../../staff/index.ts';
import type { InvoiceType, PaymentMethod, StatementStatus } from './statement.ts';
import type { Locale } from '../../tickets/index.ts';
import { labelOf } from '../../platform/labels.ts';

type Text = Record<Locale, string>;

const SKILL: Record<SkillLevel, Text> = {
  junior: { 'zh-CN': '初级技术员', en: 'junior technician' },
  senior: { 'zh-CN': '高级技术员', en: 'senior technician' },
  expert: { 'zh-CN': '专家', en: 'expert' },
};

const WAIVER: Record<WaiverReason, Text> = {
  rework: { 'zh-CN': '保修期内返修，免费', en: 'Rework within the repair warranty: free' },
  installation_warranty: { 'zh-CN': '安装质保期内，免费', en: 'Under the installation warranty: free' },
  maintenance_contract: { 'zh-CN': '维保合同覆盖，免费', en: 'Covered by the maintenance contract: free' },
};

const STATUS: Record<StatementStatus, Text> = {
  issued: { 'zh-CN': '待确认', en: 'Awaiting your confirmation' },
  disputed: { 'zh-CN': '有异议，客服处理中', en: 'Disputed, with customer service' },
  confirmed: { 'zh-CN': '已确认，待付款', en: 'Confirmed, awaiting payment' },
  settled: { 'zh-CN': '已结清', en: 'Settled' },
};

/** `1300` -> `13%`, `650` -> `6.5%`, `1234` -> `12.34%` (integer arithmetic only). */
export function formatPercent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = basisPoints % 100;
  if (fraction === 0) return `${whole}%`;
  return `${whole}.${String(fraction).padStart(2, '0').replace(/0$/, '')}%`;
}

export const yuan = (fen: number) => `¥${formatYuan(fen)}`;
export const waiverText = (reason: WaiverReason, locale: Locale) => WAIVER[reason][locale];
export const statementStatusText = (status: StatementStatus, locale: Locale) => STATUS[status][locale];
export const paymentMethodText = (method: PaymentMethod, locale: Locale) => labelOf('payment', method, locale);
export const invoiceTypeText = (type: InvoiceType, locale: Locale) => labelOf('invoiceType', type, locale);

export function lineKindText(kind: StatementLine['kind'], locale: Locale): string {
  const zh = locale === 'zh-CN';
  switch (kind) {
    case 'remote_fee':
      return zh ? '远程解决服务费' : 'Remote resolution fee';
    case 'labour':
      return zh ? '人工费' : 'Labour';
    case 'call_out':
      return zh ? '上门费' : 'Call-out fee';
    case 'urgent_surcharge':
      return zh ? '加急附加费' : 'Urgent surcharge';
    case 'part':
      return zh ? '备件' : 'Part';
    case 'discount':
      return zh ? '折扣' : 'Discount';
    case 'tax':
      return zh ? '增值税' : 'VAT';
  }
}

/** One line in words: what it is and how its amount came about. */
export function lineDescription(line: StatementLine, locale: Locale): string {
  const zh = locale === 'zh-CN';
  const kind = lineKindText(line.kind, locale);
  switch (line.kind) {
    case 'labour': {
      const who = [line.technicianName, line.skillLevel ? SKILL[line.skillLevel][locale] : undefined].filter(Boolean).join(zh ? '，' : ', ');
      return zh
        ? `${kind}（${who}；现场 ${line.onSiteMinutes} 分钟，计费 ${line.billedMinutes} 分钟，${yuan(line.unitFen ?? 0)}/小时）`
        : `${kind} (${who}; ${line.onSiteMinutes} min on site, ${line.billedMinutes} min billed at ${yuan(line.unitFen ?? 0)}/h)`;
    }
    case 'urgent_surcharge':
    case 'tax':
      return `${kind}${zh ? '（' : ' ('}${formatPercent(line.basisPoints ?? 0)}${zh ? '）' : ')'}`;
    case 'discount':
      return `${kind}${zh ? '（' : ' ('}${line.basisPoints ? `${formatPercent(line.basisPoints)}${zh ? '，' : ', '}` : ''}${line.reason ?? ''}${zh ? '）' : ')'}`;
    case 'part': {
      const serials = [
        line.installedSerial ? `${zh ? '新件序列号' : 'installed serial'} ${line.installedSerial}` : undefined,
        line.removedSerial ? `${zh ? '旧件序列号' : 'removed serial'} ${line.removedSerial}` : undefined,
      ].filter(Boolean);
      return `${line.name ?? line.sku} (${line.sku})${serials.length ? `${zh ? '，' : ', '}${serials.join(zh ? '，' : ', ')}` : ''}`;
    }
    default:
      return kind;
  }
}
