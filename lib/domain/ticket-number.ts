/** Ticket numbers are `YYYYMMDD-NNNN` in the company's day (Asia/Shanghai), NNNN from a per-day counter. */
export const TICKET_NUMBER_TIMEZONE = 'Asia/Shanghai';

const dayFormatter = new Intl.DateTimeFormat('en-CA', {
  timeZone: TICKET_NUMBER_TIMEZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** `20261127` for any instant of 27 Nov 2026 in Asia/Shanghai. */
export function localDayKey(at: Date): string {
  return dayFormatter.format(at).replace(/-/g, '');
}

export function formatTicketNumber(localDay: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`sequence must be a positive integer, got ${sequence}`);
  return `${localDay}-${String(sequence).padStart(4, '0')}`;
}
