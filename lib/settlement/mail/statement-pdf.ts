/**
 * The statement (结算单, FLOW-5) as the printable PDF: the customer, ticket and site, every line, the
 * subtotal, discount, VAT and the total in figures and in Chinese capitals (大写金额), where to pay
 * (the fee schedule's payee when configured) and what has been paid, and a QR code of the statement's
 * signed link (confirm, dispute, request an invoice). Attached to the statement emails; served to
 * staff and to the customer's link.
 */
import { amountInChineseCapitals } from '../domain/amount-in-words.ts';
import type { FeeSchedule } from '../domain/fees.ts';
import { chargeLines, type Statement, type StatementRevision } from '../domain/statement.ts';
import { formatPercent, invoiceTypeText, lineDescription, paymentMethodText, statementStatusText, waiverText, yuan } from '../domain/statement-text.ts';
import { formatInstant } from '../../platform/mail/html.ts';
import { PdfDocumentBuilder } from '../../platform/pdf/document.ts';
import { qrMatrix } from '../../platform/qr.ts';
import { labelOf } from '../../platform/labels.ts';

export const statementPdfFilename = (statement: Pick<Statement, 'number'>, revision: number) => `结算单-${statement.number}-第${revision}版.pdf`;

export async function statementPdf(
  statement: Statement,
  revision: StatementRevision,
  schedule: Pick<FeeSchedule, 'payee'>,
  link: { url: string; expiresAt: Date },
): Promise<Uint8Array> {
  const inForce = statement.revision === revision.revision;
  const pdf = await PdfDocumentBuilder.create({ title: '结算单', reference: `${statement.number}（第 ${revision.revision} 版）`, author: '弱电工程售后服务部', createdAt: new Date(revision.issuedAt), language: 'zh-CN' });
  pdf.title('结算单', `弱电工程售后服务部    结算单号 ${statement.number}    第 ${revision.revision} 版`);
  pdf.fields([
    ['结算单号', `${statement.number}（第 ${revision.revision} 版${inForce ? '' : '，已被后续版本取代'}）`],
    ['状态', inForce ? statementStatusText(statement.status, 'zh-CN') : '已修订'],
    ['工单号', statement.ticketNumber],
    ['客户', [statement.customer.organisation, statement.customer.name].filter(Boolean).join(' ')],
    ['现场', [statement.site.name, statement.site.address].filter(Boolean).join('，')],
    ['设备', [labelOf('system', statement.device.system, 'zh-CN'), statement.device.model, statement.device.serial ? `序列号 ${statement.device.serial}` : undefined].filter(Boolean).join('  ')],
    ['开具时间', `${formatInstant(revision.issuedAt, 'zh-CN')}（北京时间）`],
    ...(revision.reason ? ([['修订原因', revision.reason]] as Array<[string, string]>) : []),
  ]);
  pdf.heading('费用明细');
  pdf.table(
    [
      { header: '序号', width: 0.07, align: 'right' },
      { header: '项目', width: 0.39 },
      { header: '数量', width: 0.09, align: 'right' },
      { header: '单价（元）', width: 0.14, align: 'right' },
      { header: '金额（元）', width: 0.14, align: 'right' },
      { header: '备注', width: 0.17 },
    ],
    chargeLines(revision).map((line, index) => [
      String(index + 1),
      lineDescription(line, 'zh-CN'),
      line.quantity !== undefined ? String(line.quantity) : '',
      line.unitFen !== undefined && line.kind !== 'labour' ? yuan(line.unitFen) : '',
      yuan(line.amountFen),
      line.waived ? waiverText(line.waived, 'zh-CN') : (line.reason ?? ''),
    ]),
  );
  const discount = revision.lines.find((line) => line.kind === 'discount');
  pdf.fields(
    [
      ['小计（不含税）', yuan(revision.subtotalFen)],
      ...(revision.discountFen ? ([[`折扣${discount?.reason ? `（${discount.reason}）` : ''}`, `-${yuan(-revision.discountFen)}`]] as Array<[string, string]>) : []),
      ['不含税金额', yuan(revision.netFen)],
      [`增值税（${formatPercent(revision.vatBasisPoints)}）`, yuan(revision.taxFen)],
      ['价税合计（小写）', yuan(revision.totalFen)],
      ['价税合计（大写）', `人民币${amountInChineseCapitals(revision.totalFen)}`],
    ],
    130,
    11,
  );
  pdf.heading('付款信息');
  const payee = schedule.payee;
  pdf.fields([
    ...(payee
      ? ([
          ['收款单位', payee.name],
          ['开户银行', payee.bankName],
          ['银行账号', payee.bankAccount],
          ...(payee.note ? [['说明', payee.note]] : []),
        ] as Array<[string, string]>)
      : ([['收款方式', '请在确认结算单后联系客服获取付款方式']] as Array<[string, string]>)),
    ['付款备注', `请注明结算单号 ${statement.number}`],
    ...(inForce
      ? ([
          ['已收款', yuan(statement.paidFen)],
          ['未付金额', yuan(Math.max(0, statement.totalFen - statement.paidFen))],
        ] as Array<[string, string]>)
      : []),
    ...(inForce ? statement.payments.map((p): [string, string] => ['收款记录', `${p.paidOn} ${paymentMethodText(p.method, 'zh-CN')} ${yuan(p.amountFen)}${p.reference ? ` 参考号 ${p.reference}` : ''}`]) : []),
    ...(inForce && statement.invoice && statement.invoiceRequest
      ? ([['发票', `${invoiceTypeText(statement.invoiceRequest.type, 'zh-CN')} ${statement.invoice.invoiceNumber}（${statement.invoice.issuedOn}）`]] as Array<[string, string]>)
      : []),
  ]);
  pdf.heading('在线确认');
  pdf.qr(qrMatrix(link.url), 110, [
    '扫描二维码或打开以下链接，在线确认结算单、提出异议或申请开具发票：',
    link.url,
    `链接有效期至 ${formatInstant(link.expiresAt.toISOString(), 'zh-CN')}（北京时间）。`,
  ]);
  return pdf.save();
}
