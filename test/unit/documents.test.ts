/**
 * The printable documents (lib/platform/pdf): the repair report and the statement as PDF, read back
 * with poppler's pdftotext: ticket number, Chinese labels, amounts, 大写金额, A4, the signature image,
 * under 300 KB with the font embedded as a subset.
 */
import { describe, expect, it } from 'vitest';
import { repairReportPdf } from '../../lib/dispatch/mail/repair-report-pdf.ts';
import type { Job } from '../../lib/dispatch/domain/job.ts';
import { computeFees, DEFAULT_FEE_SCHEDULE } from '../../lib/settlement/domain/fees.ts';
import type { Statement, StatementRevision } from '../../lib/settlement/domain/statement.ts';
import { statementPdf } from '../../lib/settlement/mail/statement-pdf.ts';
import type { Ticket } from '../../lib/tickets/index.ts';
import { SIGNATURE_PNG } from '../../local/demo-data.ts';
import { pdfImages, pdfInfo, pdfText, squeezed } from '../support/pdf.ts';

const MAX_BYTES = 300 * 1024;

const ticket = {
  id: 't-1',
  number: '20260601-0007',
  locale: 'zh-CN',
  customer: { name: '张伟', phone: '+8613812345678', organisation: '星河湾物业' },
  site: { address: '上海市浦东新区星河路 88 号', name: '星河湾小区' },
  device: { system: 'cctv', model: 'DS-2CD2T47', serial: 'CAM-0042', location: '北门岗亭' },
  symptom: '北门摄像机夜间画面全黑',
} as unknown as Ticket;

const job = {
  jobId: 'j-1',
  ticketId: 't-1',
  ticketNumber: ticket.number,
  technicianId: 'staff-tech-chen',
  checkIn: { at: '2026-06-01T01:02:00Z' },
  diagnosis: '红外灯板损坏',
  workDone: '更换红外灯板并重新调焦',
  partsUsed: [{ sku: 'IR-BOARD', name: '红外灯板', quantity: 1, unitPriceFen: 12_000, installedSerial: 'IR-NEW-001', removedSerial: 'IR-OLD-009' }],
  testResult: '夜视画面正常，录像正常',
  usageNotes: '镜头前勿遮挡',
  signOff: { signerName: '张伟', signedAt: '2026-06-01T02:35:00Z', signatureRef: 'x', signatureBytes: 68 },
  completedAt: '2026-06-01T02:35:00Z',
} as unknown as Job;

describe('the repair report PDF', () => {
  it('carries the ticket, the work, the parts with serials, the Shanghai times and the signature, on A4 under 300 KB', async () => {
    const bytes = await repairReportPdf(ticket, job, { name: '陈师傅' }, Buffer.from(SIGNATURE_PNG, 'base64'), new Date(job.completedAt!));
    expect(bytes.length).toBeLessThan(MAX_BYTES);
    const text = squeezed(pdfText(bytes));
    for (const expected of ['维修服务报告', '20260601-0007', '星河湾物业张伟', '上海市浦东新区星河路88号', 'CAM-0042', '北门摄像机夜间画面全黑', '红外灯板损坏', '更换红外灯板并重新调焦', 'IR-NEW-001', 'IR-OLD-009', '¥120.00', '夜视画面正常，录像正常', '镜头前勿遮挡', '陈师傅', '客户签名']) {
      expect(text).toContain(expected);
    }
    // 01:02 and 02:35 UTC are 09:02 and 10:35 in Shanghai.
    expect(text).toMatch(/到场时间2026\/06\/0109:02/);
    expect(text).toMatch(/完成时间2026\/06\/0110:35/);
    const info = pdfInfo(bytes);
    expect(info.pageSize).toMatch(/^595\.2\d? x 841\.8\d? pts \(A4\)/);
    expect(info.title).toBe('维修服务报告');
    expect(pdfImages(bytes).some((image) => image.type === 'image')).toBe(true);
  });

  it('runs onto a second page with the parts table header repeated, still small', async () => {
    const many = { ...job, partsUsed: Array.from({ length: 60 }, (_, i) => ({ sku: `SKU-${i}`, name: `备件${i}`, quantity: 1, unitPriceFen: 100 * i, installedSerial: `NEW-${i}` })) } as Job;
    const bytes = await repairReportPdf(ticket, many, { name: '陈师傅' }, undefined, new Date(job.completedAt!));
    expect(pdfInfo(bytes).pages).toBeGreaterThan(1);
    const text = pdfText(bytes);
    expect(text.split('新件序列号').length - 1).toBe(pdfInfo(bytes).pages);
    expect(squeezed(text)).toContain('NEW-59');
    expect(squeezed(text)).toContain('第2页/共');
    expect(bytes.length).toBeLessThan(MAX_BYTES);
  });
});

describe('the statement PDF', () => {
  const result = computeFees({
    schedule: DEFAULT_FEE_SCHEDULE,
    urgent: true,
    remote: false,
    rework: false,
    visits: [{ jobId: 'j', technicianName: '陈师傅', skillLevel: 'senior', checkInAt: '2026-06-01T01:00:00Z', completedAt: '2026-06-01T02:35:00Z', partsUsed: [{ sku: 'CAM', name: '摄像机', quantity: 1, unitPriceFen: 68_000, installedSerial: 'N1' }] }],
  });
  const revision = { statementId: 's-1', revision: 1, feeScheduleVersion: 0, issuedAt: '2026-06-05T02:00:00Z', issuedBy: 'system', ...result, vatBasisPoints: 1300, waivers: [] } as StatementRevision;
  const statement = {
    statementId: 's-1',
    number: 'ST2026-000001',
    ticketId: 't-1',
    ticketNumber: ticket.number,
    locale: 'zh-CN',
    customer: { name: '张伟', organisation: '星河湾物业' },
    site: ticket.site,
    device: ticket.device,
    status: 'issued',
    revision: 1,
    paidFen: 0,
    payments: [],
    ...result,
  } as unknown as Statement;
  const link = { url: 'https://service.elv-demo.cn/statement.html?s=s-1&t=1786000000.abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG', expiresAt: new Date('2026-08-04T02:00:00Z') };

  it('carries the lines, VAT, the total in figures and in capitals, where to pay and the link, on A4 under 300 KB', async () => {
    const payee = { name: '弱电工程服务有限公司', bankName: '招商银行上海分行', bankAccount: '6225 8801 2345 6789' };
    const bytes = await statementPdf(statement, revision, { payee }, link);
    expect(bytes.length).toBeLessThan(MAX_BYTES);
    const text = squeezed(pdfText(bytes));
    expect(result.totalFen).toBe(134_470);
    for (const expected of ['结算单', 'ST2026-000001', '20260601-0007', '费用明细', '人工费', '上门费', '加急附加费', '摄像机', '¥680.00', '小计（不含税）', '增值税（13%）', '价税合计（小写）¥1344.70', '价税合计（大写）人民币壹仟叁佰肆拾肆元柒角整', '弱电工程服务有限公司', '招商银行上海分行', '6225880123456789', '请注明结算单号ST2026-000001', '扫描二维码']) {
      expect(text).toContain(expected);
    }
    expect(text).toContain(`¥${(result.taxFen / 100).toFixed(2)}`);
    expect(pdfInfo(bytes).pageSize).toMatch(/\(A4\)/);
  });

  it('without a configured payee sends the customer to customer service', async () => {
    const text = squeezed(pdfText(await statementPdf(statement, revision, {}, link)));
    expect(text).toContain('请在确认结算单后联系客服获取付款方式');
  });
});

describe('the embedded font subset', () => {
  it('decodes every glyph (odd-length glyphs padded, so short loca offsets stay exact)', async () => {
    const { PDFDocument, PDFDict, PDFName } = await import('pdf-lib');
    const fontkit = (await import('@pdf-lib/fontkit')).default;
    const { inflateSync } = await import('node:zlib');
    const bytes = await repairReportPdf(ticket, job, { name: '陈师傅' }, undefined, new Date(job.completedAt!));
    const doc = await PDFDocument.load(bytes);
    const files: Uint8Array[] = [];
    for (const [, object] of doc.context.enumerateIndirectObjects()) {
      const file = object instanceof PDFDict ? object.get(PDFName.of('FontFile2')) : undefined;
      if (file) files.push((doc.context.lookup(file) as unknown as { contents: Uint8Array }).contents);
    }
    expect(files).toHaveLength(1);
    const font = fontkit.create(inflateSync(files[0]!));
    expect(font.numGlyphs).toBeGreaterThan(50);
    let drawn = 0;
    for (let id = 0; id < font.numGlyphs; id += 1) if ((font.getGlyph(id).path as unknown as { commands: unknown[] }).commands.length > 0) drawn += 1;
    // Every glyph but .notdef and the space has an outline.
    expect(drawn).toBeGreaterThanOrEqual(font.numGlyphs - 2);
  });
});
