/**
 * Sending email through SES v2 `Simple` content: SES composes the MIME message (UTF-8 subject, text
 * and HTML alternatives, attachments such as the finance CSV, our reference header), so no MIME
 * library ships in the senders' bundles. Every send names the configuration set (bounces and complaints come back as events, tagged with
 * the kind of email and its ticket) and skips addresses that bounced or complained before.
 */
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import { normaliseAddress, type SuppressionList } from './deliverability.ts';

export interface Attachment {
  filename: string;
  content: string | Buffer;
  contentType: string;
}

export interface OutgoingMail {
  to: string[];
  subject: string;
  text: string;
  html: string;
  replyTo?: string;
  attachments?: Attachment[];
  /** Shown as a header so a mailbox (and tests) can tell which fact the email is about. */
  reference?: string;
  /** The ticket the email is about: a bounce or complaint then reaches that ticket's customer service. */
  ticketId?: string;
}

export interface SendResult {
  /** Empty when nothing was sent (every recipient suppressed). */
  messageId: string;
  /** Recipients left out because they bounced or complained before. */
  suppressed?: string[];
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<SendResult>;
}

/** SES message tags (letters, digits, `_` and `-` only): what the bounce consumer reads back. */
export function mailTags(mail: OutgoingMail): Array<{ Name: string; Value: string }> {
  const kind = mail.reference?.split(':')[0];
  return [
    ...(kind ? [{ Name: 'kind', Value: kind.replace(/[^A-Za-z0-9_-]/g, '_').slice(0, 256) }] : []),
    ...(mail.ticketId ? [{ Name: 'ticket', Value: mail.ticketId }] : []),
  ];
}

export interface SesMailerOptions {
  from: string;
  configurationSet: string;
  suppression: SuppressionList;
  ses?: SESv2Client;
}

export class SesMailer implements Mailer {
  private readonly ses: SESv2Client;

  constructor(private readonly options: SesMailerOptions) {
    this.ses = options.ses ?? new SESv2Client({});
  }

  async send(mail: OutgoingMail): Promise<SendResult> {
    const blocked = await this.options.suppression.suppressed(mail.to);
    const to = mail.to.filter((address) => !blocked.has(normaliseAddress(address)));
    const suppressed = mail.to.filter((address) => !to.includes(address));
    if (to.length === 0) return { messageId: '', suppressed };
    const result = await this.ses.send(
      new SendEmailCommand({
        FromEmailAddress: this.options.from,
        Destination: { ToAddresses: to },
        ...(mail.replyTo ? { ReplyToAddresses: [mail.replyTo] } : {}),
        Content: {
          Simple: {
            Subject: { Data: mail.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: mail.text, Charset: 'UTF-8' }, Html: { Data: mail.html, Charset: 'UTF-8' } },
            ...(mail.reference ? { Headers: [{ Name: 'X-ELV-Reference', Value: mail.reference }] } : {}),
            ...(mail.attachments?.length
              ? {
                  Attachments: mail.attachments.map((attachment) => ({
                    FileName: attachment.filename,
                    RawContent: typeof attachment.content === 'string' ? Buffer.from(attachment.content, 'utf8') : attachment.content,
                    ContentType: attachment.contentType,
                    ContentDisposition: 'ATTACHMENT' as const,
                    ContentTransferEncoding: 'BASE64' as const,
                  })),
                }
              : {}),
          },
        },
        ConfigurationSetName: this.options.configurationSet,
        EmailTags: mailTags(mail),
      }),
    );
    return { messageId: result.MessageId ?? '', ...(suppressed.length ? { suppressed } : {}) };
  }
}
