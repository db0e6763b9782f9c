/** Letters of purchasing: the purchase order to the supplier (zh-CN, lines as CSV) and the reorder alert to the purchasing owner. */
import { csvBuffer, type CsvCell } from '../../platform/mail/csv.ts';
import { plainLetter } from '../../platform/mail/html.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';
import type { CatalogPart } from '../domain/parts.ts';
import type { PurchaseOrder } from '../domain/purchasing.ts';

const yuan = (fen: number) => (fen / 100).toFixed(2);

export function purchaseOrderCsvRows(order: PurchaseOrder): CsvCell[][] {
  return [
    ['采购单号', '行号', '备件编号', '名称', '规格型号', '单位', '数量', '单价（元）', '金额（元）', '要求到货日期'],
    ...order.lines.map((line) => [order.number, line.line, line.sku, line.name, line.specification, line.unit, line.quantity, yuan(line.unitPriceFen), yuan(line.quantity * line.unitPriceFen), order.expectedBy ?? '']),
  ];
}

export function purchaseOrderMail(order: PurchaseOrder): Omit<OutgoingMail, 'to'> {
  const letter = plainLetter(
    'zh-CN',
    `【采购订单】${order.number}`,
    [
      `${order.supplierName}：您好！`,
      `我司向贵司订购以下备件（采购单号 ${order.number}），明细见附件 CSV。`,
      ...order.lines.map((line) => `${line.line}. ${line.name}（${line.specification}） ${line.quantity} ${line.unit} × ¥${yuan(line.unitPriceFen)}`),
      `合计（不含税）：¥${yuan(order.totalFen)}`,
      ...(order.expectedBy ? [`要求到货日期：${order.expectedBy}`] : []),
      '到货时我司将按型号、数量、质量进行验收，不合格品予以退换。请回复此邮件确认订单。',
    ],
    `purchase-order:${order.id}`,
  );
  return { ...letter, attachments: [{ filename: `${order.number}.csv`, content: csvBuffer(purchaseOrderCsvRows(order)), contentType: 'text/csv; charset=utf-8' }] };
}

export function reorderAlertMail(part: CatalogPart, available: number, suggested: number, crossing: number): Omit<OutgoingMail, 'to'> {
  return plainLetter(
    'zh-CN',
    `【补货提醒】${part.name}（${part.sku}）低于补货点`,
    [
      `备件 ${part.name}（${part.specification}，编号 ${part.sku}）的可用数量（在库减已预留）为 ${available} ${part.unit}，低于补货点 ${part.reorderPoint}。`,
      `建议采购数量：${suggested} ${part.unit}（按近期平均用量、供应商交货期和补货点计算）。`,
      '请在采购计划中安排采购。',
    ],
    `reorder:${part.sku}:${crossing}`,
  );
}
