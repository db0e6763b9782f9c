/**
 * Settlement emails (FLOW-5): the itemised statement to the customer (zh-CN or en, HTML and text,
 * with the signed link to confirm or dispute), the copy to finance with the statement as CSV, the
 * dispute to customer service, the invoice request to finance and the issued invoice to the customer.
 */
import { formatYuan } from '../domain/fees.ts';
import type { Statement, StatementRevision } from '../domain/statement.ts';
import { formatPercent, invoiceTypeText, lineDescription, lineKindText, waiverText, yuan } from '../domain/statement-text.ts';
import type { Locale } from '../../tickets/index.ts';
import { csvBuffer, type CsvCell } from '../../platform/mail/csv.ts';
import { escapeHtml, formatInstant, htmlDocument, plainLetter } from '../../platform/mail/html.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';
import type { PdfFile } from '../../platform/pdf/document.ts';
import { amountInChineseCapitals } from '../domain/amount-in-words.ts';
import { chargeLines } from '../domain/statement.ts';

const FONT = "font-family:-apple-system,'PingFang SC','Microsoft YaHei',sans-serif;line-height:1.6";

function customerName(statement: Statement): string {
  return statement.customer.organisation ? `${statement.customer.organisation}（${statement.customer.name}）` : statement.customer.name;
}

/** The lines as an HTML table and as text, in the reader's language. */
function itemised(revision: StatementRevision, locale: Locale): { html: string; text: string[] } {
  const zh = locale === 'zh-CN';
  const cell = (value: string, right = false) => `<td style="padding:4px 8px;border:1px solid #ccc${right ? ';text-align:right' : ''}">${escapeHtml(value)}</td>`;
  const head = (zh ? ['项目', '数量', '单价', '金额', '备注'] : ['Item', 'Qty', 'Unit price', 'Amount', 'Note'])
    .map((h) => `<th style="padding:4px 8px;border:1px solid #ccc;background:#f4f4f4">${h}</th>`)
    .join('');
  const rows: string[] = [];
  const text: string[] = [];
  for (const line of revision.lines) {
    const description = lineDescription(line, locale);
    const note = line.waived ? waiverText(line.waived, locale) : '';
    const quantity = line.quantity !== undefined ? String(line.quantity) : '';
    const unit = line.kind === 'part' || line.kind === 'call_out' || line.kind === 'remote_fee' ? yuan(line.unitFen ?? 0) : '';
    rows.push(`<tr>${cell(description)}${cell(quantity, true)}${cell(unit, true)}${cell(yuan(line.amountFen), true)}${cell(note)}</tr>`);
    text.push(`- ${description}${quantity ? ` x ${quantity}` : ''}: ${yuan(line.amountFen)}${note ? ` (${note})` : ''}`);
  }
  const total = zh ? '合计（价税合计）' : 'Total (VAT included)';
  rows.push(`<tr><th colspan="3" style="padding:4px 8px;border:1px solid #ccc;text-align:right">${total}</th>${cell(yuan(revision.totalFen), true)}${cell('')}</tr>`);
  text.push(`${total}: ${yuan(revision.totalFen)}`);
  return { html: `<table style="border-collapse:collapse">${'<tr>' + head + '</tr>'}${rows.join('')}</table>`, text };
}

function documentWith(lang: string, title: string, before: string[], table: string, after: string[]): string {
  return [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
    `<body style="${FONT}">`,
    ...before.map((p) => `<p>${p}</p>`),
    table,
    ...after.map((p) => `<p>${p}</p>`),
    '</body></html>',
  ].join('\n');
}

/** The PDF's attachment (built by the caller: this module stays free of the PDF writer). */
const pdfAttachment = (pdf: PdfFile) => ({ filename: pdf.filename, content: Buffer.from(pdf.bytes), contentType: 'application/pdf' });

export function statementCustomerMail(statement: Statement, revision: StatementRevision, link: { url: string; expiresAt: Date }, pdf?: PdfFile): Omit<OutgoingMail, 'to'> {
  const locale = statement.locale;
  const zh = locale === 'zh-CN';
  const revised = revision.revision > 1;
  const subject = zh
    ? `【结算单 ${statement.number}】工单 ${statement.ticketNumber} 服务费用结算${revised ? `（第 ${revision.revision} 版）` : ''}`
    : `[Statement ${statement.number}] Service charges for ticket ${statement.ticketNumber}${revised ? ` (revision ${revision.revision})` : ''}`;
  const until = formatInstant(link.expiresAt.toISOString(), zh ? 'zh-CN' : 'en-GB');
  const before = zh
    ? [
        `尊敬的${statement.customer.name}：`,
        `您的工单 ${statement.ticketNumber}（${statement.site.name ?? statement.site.address}）的服务费用结算单如下${revised ? `（第 ${revision.revision} 版，已修订：${revision.reason ?? ''}）` : ''}。金额单位为人民币元，含增值税 ${formatPercent(revision.vatBasisPoints)}。`,
      ]
    : [
        `Dear ${statement.customer.name},`,
        `Here is the statement of service charges for ticket ${statement.ticketNumber} (${statement.site.name ?? statement.site.address})${revised ? `, revision ${revision.revision} (revised: ${revision.reason ?? ''})` : ''}. Amounts are in CNY and include VAT at ${formatPercent(revision.vatBasisPoints)}.`,
      ];
  const after = zh
    ? [`请通过以下链接确认结算单或提出异议（有效期至 ${until}）：`, link.url, '确认后可在同一页面申请开具发票。如有疑问请回复本邮件或致电客服。', '弱电工程售后服务部']
    : [`Please confirm the statement or tell us what you disagree with through this link (valid until ${until}):`, link.url, 'After confirming you can request an invoice (fapiao) on the same page. Reply to this email or call customer service with any question.', 'ELV After-Sales Service'];
  const table = itemised(revision, locale);
  return {
    subject,
    text: [...before, table.text.join('\n'), ...after].join('\n\n'),
    html: documentWith(zh ? 'zh-CN' : 'en', subject, before.map(escapeHtml), table.html, after.map((p) => (p === link.url ? `<a href="${escapeHtml(p)}">${escapeHtml(p)}</a>` : escapeHtml(p)))),
    ...(pdf ? { attachments: [pdfAttachment(pdf)] } : {}),
    reference: `statement:${statement.statementId}:r${revision.revision}`,
  };
}

/**
 * The statement as finance's CSV: one row per charge line (amounts in yuan), then, below an empty
 * row, the summary in its own columns: subtotal, discount, net, VAT, total and the total in Chinese
 * capitals. A SUM over the lines' amount column is the subtotal; nothing in it is counted twice.
 */
export function statementCsvRows(statement: Statement, revision: StatementRevision): CsvCell[][] {
  const header = ['结算单号', '版本', '工单号', '客户', '行号', '类型', '项目', '数量', '单价(元)', '金额(元)', '备注'];
  const common = [statement.number, revision.revision, statement.ticketNumber, customerName(statement)];
  const lines = chargeLines(revision).map((line, index) => [
    ...common,
    index + 1,
    lineKindText(line.kind, 'zh-CN'),
    lineDescription(line, 'zh-CN'),
    line.quantity ?? '',
    line.unitFen !== undefined && line.kind !== 'labour' ? formatYuan(line.unitFen) : '',
    formatYuan(line.amountFen),
    line.waived ? waiverText(line.waived, 'zh-CN') : (line.reason ?? ''),
  ]);
  const discount = revision.lines.find((line) => line.kind === 'discount');
  return [
    header,
    ...lines,
    [],
    ['汇总', '金额(元)', '说明'],
    ['小计（不含税）', formatYuan(revision.subtotalFen), `${lines.length} 行费用之和`],
    ['折扣', formatYuan(revision.discountFen), discount?.reason ?? ''],
    ['不含税金额', formatYuan(revision.netFen), '小计减折扣'],
    ['增值税', formatYuan(revision.taxFen), `税率 ${formatPercent(revision.vatBasisPoints)}`],
    ['价税合计', formatYuan(revision.totalFen), `大写：${amountInChineseCapitals(revision.totalFen)}`],
  ];
}

export function statementFinanceMail(statement: Statement, revision: StatementRevision, pdf?: PdfFile): Omit<OutgoingMail, 'to'> {
  const subject = `【结算单副本】${statement.number}（第 ${revision.revision} 版）工单 ${statement.ticketNumber} 价税合计 ${yuan(revision.totalFen)}`;
  const paragraphs = [
    `结算单 ${statement.number} 第 ${revision.revision} 版已发送给客户${revision.revision > 1 ? `（修订原因：${revision.reason ?? ''}）` : ''}，明细见附件 CSV。`,
    `客户：${customerName(statement)}；工单：${statement.ticketNumber}；地址：${statement.site.address}`,
    `不含税金额 ${yuan(revision.netFen)}，增值税（${formatPercent(revision.vatBasisPoints)}）${yuan(revision.taxFen)}，价税合计 ${yuan(revision.totalFen)}。`,
    `费用标准版本：${revision.feeScheduleVersion}`,
  ];
  return {
    subject,
    text: paragraphs.join('\n\n'),
    html: htmlDocument('zh-CN', subject, paragraphs.map(escapeHtml)),
    attachments: [
      { filename: `statement-${statement.number}-r${revision.revision}.csv`, content: csvBuffer(statementCsvRows(statement, revision)), contentType: 'text/csv; charset=utf-8' },
      ...(pdf ? [pdfAttachment(pdf)] : []),
    ],
    reference: `statement:${statement.statementId}:r${revision.revision}:finance`,
  };
}

export function disputeMail(statement: Statement): Omit<OutgoingMail, 'to'> {
  const dispute = statement.dispute!;
  const subject = `【结算异议】${statement.number} 工单 ${statement.ticketNumber} ${customerName(statement)}`;
  const paragraphs = [
    `客户对结算单 ${statement.number} 第 ${dispute.revision} 版（价税合计 ${yuan(statement.totalFen)}）提出异议，时间 ${formatInstant(dispute.at, 'zh-CN')}。`,
    `异议原因：${dispute.reason}`,
    `请联系客户核实，并在员工系统中修订结算单（修订后将重新发送给客户）。结算单编号：${statement.statementId}`,
  ];
  return { subject, text: paragraphs.join('\n\n'), html: htmlDocument('zh-CN', subject, paragraphs.map(escapeHtml)), reference: `statement-dispute:${statement.statementId}:r${dispute.revision}` };
}

export function invoiceRequestMail(statement: Statement, revision: StatementRevision): Omit<OutgoingMail, 'to'> {
  const request = statement.invoiceRequest!;
  const subject = `【开票申请】${statement.number}：${invoiceTypeText(request.type, 'zh-CN')}，抬头“${request.title}”，价税合计 ${yuan(statement.totalFen)}`;
  const rows: Array<[string, string | undefined]> = [
    ['发票类型', invoiceTypeText(request.type, 'zh-CN')],
    ['抬头类型', request.titleType === 'personal' ? '个人' : '单位'],
    ['发票抬头', request.title],
    ['纳税人识别号', request.taxpayerId],
    ['地址', request.address],
    ['电话', request.phone],
    ['开户行', request.bankName],
    ['银行账号', request.bankAccount],
    ['接收邮箱', request.email],
    ['不含税金额', yuan(revision.netFen)],
    ['税率', formatPercent(revision.vatBasisPoints)],
    ['税额', yuan(revision.taxFen)],
    ['价税合计', yuan(statement.totalFen)],
    ['结算单号', `${statement.number}（第 ${statement.revision} 版）`],
    ['工单号', statement.ticketNumber],
    ['客户', customerName(statement)],
    ['申请时间', formatInstant(request.requestedAt, 'zh-CN')],
    ['申请人', request.requestedBy === 'customer' ? '客户（结算单页面）' : request.requestedBy],
  ];
  const present = rows.filter((row): row is [string, string] => row[1] !== undefined && row[1] !== '');
  const closing = `开具后请在员工系统中登记发票号码（结算单编号 ${statement.statementId}），系统将通知客户。`;
  const table = `<table>${present.map(([k, v]) => `<tr><th style="text-align:left;padding:2px 12px 2px 0">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('')}</table>`;
  return {
    subject,
    text: [`请为以下结算单开具发票：`, present.map(([k, v]) => `${k}：${v}`).join('\n'), closing].join('\n\n'),
    html: documentWith('zh-CN', subject, ['请为以下结算单开具发票：'], table, [escapeHtml(closing)]),
    reference: `invoice-request:${statement.statementId}`,
  };
}

export function invoiceIssuedMail(statement: Statement): Omit<OutgoingMail, 'to'> {
  const invoice = statement.invoice!;
  const request = statement.invoiceRequest!;
  const zh = statement.locale === 'zh-CN';
  const subject = zh
    ? `【发票已开具】结算单 ${statement.number} 发票号码 ${invoice.invoiceNumber}`
    : `[Invoice issued] Statement ${statement.number}, invoice number ${invoice.invoiceNumber}`;
  const lines = zh
    ? [
        `尊敬的${statement.customer.name}：`,
        `您申请的${invoiceTypeText(request.type, 'zh-CN')}已开具：抬头“${request.title}”，发票号码 ${invoice.invoiceNumber}，开票日期 ${invoice.issuedOn}，价税合计 ${yuan(statement.totalFen)}。`,
        '电子发票将由税务系统发送至您登记的邮箱；如有疑问请联系客服。',
        '弱电工程售后服务部',
      ]
    : [
        `Dear ${statement.customer.name},`,
        `The ${invoiceTypeText(request.type, 'en')} you requested has been issued: title ${request.title}, invoice number ${invoice.invoiceNumber}, dated ${invoice.issuedOn}, total ${yuan(statement.totalFen)}.`,
        'The electronic invoice is delivered by the tax system to the email you gave; contact customer service with any question.',
        'ELV After-Sales Service',
      ];
  return plainLetter(zh ? 'zh-CN' : 'en', subject, lines, `invoice-issued:${statement.statementId}`);
}
