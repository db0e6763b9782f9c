/**
 * Sending email through SES v2. The MIME message is composed by nodemailer's MailComposer (UTF-8
 * subjects, HTML + text alternatives, attachments such as the finance CSV) and sent as Raw content.
 */
import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import MailComposer from 'nodemailer/lib/mail-composer';

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
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<{ messageId: string }>;
}

export function composeMime(from: string, mail: OutgoingMail): Promise<Buffer> {
  const composer = new MailComposer({
    from,
    to: mail.to,
    subject: mail.subject,
    text: mail.text,
    html: mail.html,
    ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
    ...(mail.attachments ? { attachments: mail.attachments.map((a) => ({ filename: a.filename, content: a.content, contentType: a.contentType })) } : {}),
    headers: mail.reference ? { 'X-ELV-Reference': mail.reference } : {},
    textEncoding: 'base64',
  });
  return new Promise((resolve, reject) => composer.compile().build((error, message) => (error ? reject(error) : resolve(message))));
}

export class SesMailer implements Mailer {
  constructor(
    private readonly from: string,
    private readonly ses: SESv2Client = new SESv2Client({}),
  ) {}

  async send(mail: OutgoingMail): Promise<{ messageId: string }> {
    const raw = await composeMime(this.from, mail);
    const result = await this.ses.send(
      new SendEmailCommand({
        FromEmailAddress: this.from,
        Destination: { ToAddresses: mail.to },
        Content: { Raw: { Data: raw } },
      }),
    );
    return { messageId: result.MessageId ?? '' };
  }
}
