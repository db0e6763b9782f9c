/**
 * Finance's monthly digest: the previous month's statements, confirmations and payments and the
 * disputes still open, each as a CSV (UTF-8 with BOM), with a summary of counts and totals.
 */
import { formatYuan } from '../domain/fees.ts';
import type { PaymentMethod, Statement, StatementFact } from '../domain/statement.ts';
import { paymentMethodText, statementStatusText, yuan } from '../domain/statement-text.ts';
import { csvBuffer, type CsvCell } from '../../platform/mail/csv.ts';
import { escapeHtml, htmlDocument } from '../../platform/mail/html.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';
import { localTimestamp } from '../../platform/local-date.ts';

export interface DigestData {
  /** `2026-05` */
  month: string;
  /** Statements first issued in the month, as they stand now. */
  statements: Statement[];
  confirmations: StatementFact[];
  payments: StatementFact[];
  /** Disputed statements not yet revised, whatever their month. */
  openDisputes: Statement[];
  /** Staff id -> name, for who confirmed (on the customer's behalf) or recorded a payment. */
  staffNames?: Record<string, string>;
}

/** `2026-05-31 23:59:00` in Asia/Shanghai. */
export const localDateTime = (iso: string) => localTimestamp(new Date(iso));

const customer = (s: Statement) => (s.customer.organisation ? `${s.customer.organisation}（${s.customer.name}）` : s.customer.name);
const sumOf = (values: number[]) => values.reduce((total, value) => total + value, 0);

/** Who did it: the staff member's name (the digest's staff directory), `客户` for the customer. */
function personName(data: DigestData, by: string): string {
  if (by === 'customer') return '客户';
  if (by === 'system') return '系统';
  return data.staffNames?.[by] ?? by;
}

/** The section below a CSV's rows: its totals in their own columns, never in the rows' amount columns. */
function totalsSection(rows: Array<[string, string | number, string?]>): CsvCell[][] {
  return [[], ['汇总', '数值', '说明'], ...rows.map(([label, value, note]) => [label, value, note ?? ''])];
}

export function digestCsvs(data: DigestData): Array<{ name: string; rows: CsvCell[][] }> {
  const summary = digestSummary(data);
  const paymentOf = (f: StatementFact) => f.data as { amountFen: number; paidOn: string; method: PaymentMethod; reference?: string };
  return [
    {
      name: 'statements',
      rows: [
        ['结算单号', '工单号', '客户', '开具时间', '当前版本', '状态', '小计(元)', '折扣(元)', '不含税金额(元)', '税额(元)', '价税合计(元)', '已收款(元)'],
        ...data.statements.map((s) => [s.number, s.ticketNumber, customer(s), localDateTime(s.issuedAt), s.revision, statementStatusText(s.status, 'zh-CN'), formatYuan(s.subtotalFen), formatYuan(s.discountFen), formatYuan(s.totalFen - s.taxFen), formatYuan(s.taxFen), formatYuan(s.totalFen), formatYuan(s.paidFen)]),
        ...totalsSection([
          ['结算单数', data.statements.length],
          ['小计合计(元)', formatYuan(sumOf(data.statements.map((s) => s.subtotalFen)))],
          ['折扣合计(元)', formatYuan(sumOf(data.statements.map((s) => s.discountFen)))],
          ['不含税金额合计(元)', formatYuan(sumOf(data.statements.map((s) => s.totalFen - s.taxFen)))],
          ['税额合计(元)', formatYuan(sumOf(data.statements.map((s) => s.taxFen)))],
          ['价税合计(元)', formatYuan(summary.statements.totalFen)],
          ['已收款合计(元)', formatYuan(sumOf(data.statements.map((s) => s.paidFen)))],
        ]),
      ],
    },
    {
      name: 'confirmations',
      rows: [
        ['结算单号', '工单号', '客户', '确认时间', '确认版本', '确认人', '价税合计(元)'],
        ...data.confirmations.map((f) => [f.statementNumber, f.ticketNumber, f.customerName, localDateTime(f.at), f.revision, personName(data, f.by), formatYuan(f.totalFen)]),
        ...totalsSection([
          ['确认张数', summary.confirmations.count],
          ['价税合计(元)', formatYuan(summary.confirmations.totalFen)],
        ]),
      ],
    },
    {
      name: 'payments',
      rows: [
        ['结算单号', '工单号', '客户', '收款日期', '金额(元)', '方式', '参考号', '登记时间', '登记人'],
        ...data.payments.map((f) => {
          const payment = paymentOf(f);
          return [f.statementNumber, f.ticketNumber, f.customerName, payment.paidOn, formatYuan(payment.amountFen), paymentMethodText(payment.method, 'zh-CN'), payment.reference ?? '', localDateTime(f.at), personName(data, f.by)];
        }),
        ...totalsSection([
          ['收款笔数', summary.payments.count],
          ['收款合计(元)', formatYuan(summary.payments.totalFen)],
        ]),
      ],
    },
    {
      name: 'open-disputes',
      rows: [
        ['结算单号', '工单号', '客户', '异议时间', '异议版本', '异议原因', '价税合计(元)'],
        ...data.openDisputes.map((s) => [s.number, s.ticketNumber, customer(s), localDateTime(s.dispute!.at), s.dispute!.revision, s.dispute!.reason, formatYuan(s.totalFen)]),
        ...totalsSection([
          ['异议张数', summary.openDisputes.count],
          ['价税合计(元)', formatYuan(summary.openDisputes.totalFen)],
        ]),
      ],
    },
  ];
}

export function digestSummary(data: DigestData) {
  return {
    statements: { count: data.statements.length, totalFen: sumOf(data.statements.map((s) => s.totalFen)) },
    confirmations: { count: data.confirmations.length, totalFen: sumOf(data.confirmations.map((f) => f.totalFen)) },
    payments: { count: data.payments.length, totalFen: sumOf(data.payments.map((f) => (f.data as { amountFen: number }).amountFen)) },
    openDisputes: { count: data.openDisputes.length, totalFen: sumOf(data.openDisputes.map((s) => s.totalFen)) },
  };
}

export function digestMail(data: DigestData): Omit<OutgoingMail, 'to'> {
  const [year, month] = data.month.split('-');
  const summary = digestSummary(data);
  const subject = `【财务月报】${year}年${month}月结算汇总`;
  const paragraphs = [
    `${year}年${month}月结算汇总（金额为价税合计，单位人民币元）：`,
    `结算单：${summary.statements.count} 张，价税合计 ${yuan(summary.statements.totalFen)}`,
    `客户确认：${summary.confirmations.count} 张，价税合计 ${yuan(summary.confirmations.totalFen)}`,
    `收款：${summary.payments.count} 笔，金额 ${yuan(summary.payments.totalFen)}`,
    `未解决异议：${summary.openDisputes.count} 张，价税合计 ${yuan(summary.openDisputes.totalFen)}`,
    '明细见附件 CSV（UTF-8，可直接用 Excel 打开）。结算单按开具月份统计并显示当前状态；收款按登记月份统计。',
  ];
  return {
    subject,
    text: paragraphs.join('\n'),
    html: htmlDocument('zh-CN', subject, paragraphs.map(escapeHtml)),
    attachments: digestCsvs(data).map(({ name, rows }) => ({ filename: `${name}-${data.month}.csv`, content: csvBuffer(rows), contentType: 'text/csv; charset=utf-8' })),
    reference: `digest:${data.month}`,
  };
}
