/** Minimal, safe HTML for emails: every interpolated value is escaped by the caller with escapeHtml. */
import type { OutgoingMail } from './mailer.ts';
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export function htmlDocument(lang: string, title: string, paragraphs: string[]): string {
  return [
    `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>`,
    '<body style="font-family:-apple-system,\'PingFang SC\',\'Microsoft YaHei\',sans-serif;line-height:1.6">',
    ...paragraphs.map((p) => `<p>${p}</p>`),
    '</body></html>',
  ].join('\n');
}

/** An instant as the reader's wall clock (Asia/Shanghai by default), 24-hour. */
export function formatInstant(iso: string, locale: string, timeZone = 'Asia/Shanghai'): string {
  return new Intl.DateTimeFormat(locale, {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(new Date(iso));
}

/** A letter of plain paragraphs: the text and the HTML part say the same, every line escaped. */
export function plainLetter(lang: string, subject: string, lines: string[], reference: string): Omit<OutgoingMail, 'to'> {
  return { subject, text: lines.join('\n\n'), html: htmlDocument(lang, subject, lines.map(escapeHtml)), reference };
}
