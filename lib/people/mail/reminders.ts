/** Reminders to a person and the manager (zh-CN, staff language): a certificate about to expire, a tool overdue for inspection. */
import { plainLetter } from '../../platform/mail/html.ts';
import type { OutgoingMail } from '../../platform/mail/mailer.ts';
import { labelOf } from '../../platform/labels.ts';
import type { CertificateRecord, Tool } from '../domain/people.ts';

export function certificateExpiryMail(cert: CertificateRecord, personName: string, daysBefore: number, factKey: string): Omit<OutgoingMail, 'to'> {
  const what = cert.name ?? labelOf('cert', cert.type, 'zh-CN');
  const subject = `【证书即将到期】${personName}的${what}（${cert.number}）将于 ${cert.validUntil} 到期`;
  return plainLetter(
    'zh-CN',
    subject,
    [
      `${personName}的${what}（证书编号 ${cert.number}，发证机关：${cert.issuer}）有效期至 ${cert.validUntil}，距到期不足 ${daysBefore} 天。`,
      '请尽快安排复审或换证；证书过期后，需要该证书的工单将不能派给此人。新证书请在员工端“证书”中登记。',
    ],
    factKey,
  );
}

export function toolOverdueMail(tool: Tool, holderName: string, factKey: string): Omit<OutgoingMail, 'to'> {
  const kind = labelOf('tool', tool.kind, 'zh-CN');
  const subject = `【工具逾期未检】${tool.assetNo} ${kind}应于 ${tool.nextDueOn} 前检验`;
  return plainLetter(
    'zh-CN',
    subject,
    [
      `工具 ${tool.assetNo}（${tool.name}，${kind}，保管人：${holderName}）的定期检验应于 ${tool.nextDueOn} 前完成，现已逾期。`,
      '逾期或检验不合格的工具不能带上工单；需要该类工具的工单不能派给未持有合格工具的技术员。检验后请在员工端“工具台账”中登记检验记录。',
    ],
    factKey,
  );
}
