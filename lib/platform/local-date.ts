/**
 * The company's local dates and times (Asia/Shanghai). China has kept UTC+8 without daylight saving
 * since 1991, so these are plain arithmetic: no `Intl.DateTimeFormat` with a time zone, whose creation
 * costs every cold start 12-17 ms (ICU loads the zone data). test/unit/local-date.test.ts checks them
 * against Intl for instants from 1992 to 2100. Calendars with another zone use lib/calendar.
 */
const SHANGHAI_OFFSET_MS = 8 * 3_600_000;

const shanghaiIso = (at: Date) => new Date(at.getTime() + SHANGHAI_OFFSET_MS).toISOString();

/** The company's calendar date of an instant, 'YYYY-MM-DD'. */
export function localDate(at: Date): string {
  return shanghaiIso(at).slice(0, 10);
}

/** The company's wall-clock time of an instant, 'YYYY-MM-DD HH:mm', for messages people read. */
export function localDateTime(at: Date): string {
  const iso = shanghaiIso(at);
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/** 'YYYY-MM-DD HH:mm:ss': the company's wall-clock time to the second, for finance's files. */
export function localTimestamp(at: Date): string {
  const iso = shanghaiIso(at);
  return `${iso.slice(0, 10)} ${iso.slice(11, 19)}`;
}

/** The quarter of a local date ('2026-11-10' -> '2026-Q4'): where quality facts and settled timers are filed. */
export function quarterOf(localDate: string): string {
  const month = Number(localDate.slice(5, 7));
  return `${localDate.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}
