/** Ticket numbers are `YYYYMMDD-NNNN` in the company's day (Asia/Shanghai), NNNN from a per-day counter. */
import { localDate } from '../../platform/local-date.ts';

/** `20261127` for any instant of 27 Nov 2026 in Asia/Shanghai. */
export function localDayKey(at: Date): string {
  return localDate(at).replace(/-/g, '');
}

export function formatTicketNumber(localDay: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`sequence must be a positive integer, got ${sequence}`);
  return `${localDay}-${String(sequence).padStart(4, '0')}`;
}
