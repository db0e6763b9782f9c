/** The customer's copy of their personal information, emailed to their verified address (zh-CN and English). */
import { csvBuffer } from '../../platform/mail/csv.ts';
import { plainLetter } from '../../platform/mail/html.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';
import { EXPORT_CSV_HEADER, exportRows, type PersonalDataExport } from '../domain/export.ts';

export function exportCsv<Section extends { number: string }>(data: PersonalDataExport<Section>): Buffer {
  return csvBuffer([[...EXPORT_CSV_HEADER], ...exportRows(data)]);
}

export function personalDataExportMail<Section extends { number: string }>(data: PersonalDataExport<Section>, requestId: string): Omit<OutgoingMail, 'to'> {
  const subject = '您的个人信息副本 / A copy of your personal information';
  const letter = plainLetter(
    'zh-CN',
    subject,
    [
      `您好！应您的申请，附件是我们保存的与您有关的全部个人信息（${data.tickets.length} 张维修工单），JSON 与 CSV 两种格式内容相同。`,
      '如发现信息有误，或希望删除，请联系我们的客服。',
      `Hello, as you asked, attached is all the personal information we hold about you (${data.tickets.length} repair tickets), the same content as JSON and as CSV.`,
      'If anything is wrong, or you want it deleted, please contact our customer service.',
    ],
    `privacy-export:${requestId}`,
  );
  return {
    ...letter,
    attachments: [
      { filename: 'personal-data.json', content: Buffer.from(JSON.stringify(data, null, 2), 'utf8'), contentType: 'application/json' },
      { filename: 'personal-data.csv', content: exportCsv(data), contentType: 'text/csv; charset=utf-8' },
    ],
  };
}
