/**
 * The privacy notice shown where a customer's personal information is collected (PIPL art. 17;
 * CONF-1): what is collected, why, how long it is kept and whom to ask. One text for the public report
 * page and the intake operation's OpenAPI description. A change of wording is a new version: a ticket
 * records the version its reporter acknowledged (`privacyNotice`).
 */
import type { Locale } from './ticket.ts';

export const PRIVACY_NOTICE_VERSION = '2026-12';
/** Every version a report may name (older forms in browsers' caches still send theirs). */
export const PRIVACY_NOTICE_VERSIONS = [PRIVACY_NOTICE_VERSION] as const;
/** How long the contact data of a closed ticket is kept, unless the deployment says otherwise. */
export const DEFAULT_CONTACT_RETENTION_YEARS = 3;

export interface PrivacyNoticeOptions {
  /** Years the contact data of a closed ticket is kept before it is erased. */
  retentionYears?: number;
  /** The company's customer-service contact (phone, email), when configured. */
  contact?: string;
}

export interface PrivacyNotice {
  version: string;
  title: string;
  items: Array<{ label: string; text: string }>;
  acknowledgement: string;
}

export function privacyNotice(locale: Locale, options: PrivacyNoticeOptions = {}): PrivacyNotice {
  const years = options.retentionYears ?? DEFAULT_CONTACT_RETENTION_YEARS;
  const contact = options.contact?.trim();
  if (locale === 'en') {
    return {
      version: PRIVACY_NOTICE_VERSION,
      title: 'How we use your personal information',
      items: [
        { label: 'What we collect', text: 'Your name, phone number, email and address, and the device and fault details you give us.' },
        { label: 'Why', text: 'Only to handle this repair and to contact you about it (visit times, follow-up, the fee statement).' },
        { label: 'How long', text: `The contact data of a closed ticket is erased after ${years} years.` },
        { label: 'Whom to ask', text: `Our customer service, to see, correct or delete your information${contact ? `: ${contact}` : ''}.` },
      ],
      acknowledgement: 'I have read this privacy notice and agree that my information is used for this repair.',
    };
  }
  return {
    version: PRIVACY_NOTICE_VERSION,
    title: '个人信息收集告知',
    items: [
      { label: '收集的信息', text: '您的姓名、电话、邮箱、地址，以及您提供的设备信息和故障描述。' },
      { label: '用途', text: '仅用于处理本次报修并就此与您联系（确认上门时间、回访、费用结算）。' },
      { label: '保存期限', text: `工单关闭后，联系信息保存 ${years} 年后删除。` },
      { label: '咨询与联系', text: `查询、更正或删除您的信息，请联系客户服务部${contact ? `：${contact}` : ''}。` },
    ],
    acknowledgement: '我已阅读本告知，同意为处理本次报修使用我的信息。',
  };
}

/** The notice as plain text (Markdown list), e.g. for an API description. */
export function privacyNoticeText(locale: Locale, options: PrivacyNoticeOptions = {}): string {
  const notice = privacyNotice(locale, options);
  const separator = locale === 'en' ? ': ' : '：';
  return [`**${notice.title}** (${notice.version})`, ...notice.items.map((item) => `- ${item.label}${separator}${item.text}`)].join('\n');
}
