/**
 * Locale (zh-CN by default, English on request), the user-interface strings in both languages, and
 * formatting: instants in Asia/Shanghai, money from integer fen as ¥ with two decimals. The server's
 * messages (validation, refusals) come from the shared catalogue lib/platform/http/messages.ts, so a message
 * shown before submitting is the very text the server would answer; the labels of codes come from the
 * shared label catalogue lib/platform/labels.ts, the one the emails and error messages use.
 */
import { message as serverMessage } from '../../../lib/platform/http/messages.ts';
import { hasLabel, labelOf } from '../../../lib/platform/labels.ts';
import type { Locale } from '../../../lib/tickets/domain/ticket.ts';
import { UI, type UiKey } from './strings.ts';

export type { Locale };
export const TIME_ZONE = 'Asia/Shanghai';
const STORAGE_KEY = 'elv.locale';

function initialLocale(): Locale {
  const asked = new URLSearchParams(location.search).get('lang');
  if (asked === 'en' || asked === 'zh-CN') return asked;
  try {
    const stored = localStorage.getItem(STORAGE_KEY);
    if (stored === 'en' || stored === 'zh-CN') return stored;
  } catch {
    // storage unavailable (private mode): default
  }
  return 'zh-CN';
}

let current: Locale = initialLocale();
const listeners = new Set<() => void>();
document.documentElement.lang = current;

export function locale(): Locale {
  return current;
}

export function setLocale(next: Locale): void {
  if (next === current) return;
  current = next;
  document.documentElement.lang = next;
  try {
    localStorage.setItem(STORAGE_KEY, next);
  } catch {
    // not persisted: the choice still applies to this page
  }
  for (const listener of listeners) listener();
}

export function onLocaleChange(listener: () => void): void {
  listeners.add(listener);
}

/** A user-interface string; `{name}` placeholders filled from `params`. */
export function t(key: UiKey, params: Record<string, string | number> = {}): string {
  const [zh, en] = UI[key];
  return (current === 'en' ? en : zh).replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? ''));
}

/** A message of the server's catalogue (the same key, parameters and text the API answers with). */
export function serverText(key: string, params: Record<string, string | number> = {}): string {
  return serverMessage(current, key, params);
}

/**
 * A label for an enum value: the shared label catalogue (lib/platform/labels.ts: systems, statuses,
 * skills, certificates, tools, roles ...) first, then the web app's own groups in strings.ts; the raw
 * value when neither knows it. `params` fill a label's placeholders (an eligibility reason's facts).
 */
export function label(group: string, value: string, params?: Readonly<Record<string, string | number | undefined>>): string {
  if (hasLabel(group, value)) return labelOf(group, value, current, params);
  const key = `${group}.${value}`;
  return key in UI ? t(key as UiKey) : value;
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function format(options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${current}|${JSON.stringify(options)}`;
  let formatter = dateTimeFormats.get(key);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(current === 'en' ? 'en-GB' : 'zh-CN', { timeZone: TIME_ZONE, ...options });
    dateTimeFormats.set(key, formatter);
  }
  return formatter;
}

/** `2026/11/27 14:05` (zh-CN) or `27 Nov 2026, 14:05` (en), in Asia/Shanghai. */
export function dateTime(iso: string | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return format({ year: 'numeric', month: current === 'en' ? 'short' : '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(date);
}

export function timeOnly(iso: string): string {
  return format({ hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
}

/** A local date 'YYYY-MM-DD' shown as a date (parsed as a calendar date, not an instant). */
export function calendarDate(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  if (!y || !m || !d) return day;
  return new Intl.DateTimeFormat(current === 'en' ? 'en-GB' : 'zh-CN', { timeZone: 'UTC', year: 'numeric', month: current === 'en' ? 'short' : '2-digit', day: '2-digit', weekday: 'short' }).format(
    new Date(Date.UTC(y, m - 1, d)),
  );
}

/** Today's date in Asia/Shanghai as 'YYYY-MM-DD' (plus `days`). */
export function shanghaiDate(days = 0, from: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(new Date(from.getTime() + days * 86_400_000));
}

/**
 * An Asia/Shanghai wall-clock time ('YYYY-MM-DD' and 'HH:MM', or a datetime-local value) as an ISO
 * instant. Shanghai has kept UTC+8 without daylight saving since 1991, so the offset is fixed.
 */
export function shanghaiInstant(dateTimeLocal: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(dateTimeLocal)) return undefined;
  return new Date(`${dateTimeLocal}:00+08:00`).toISOString();
}

/** The datetime-local value ('YYYY-MM-DDTHH:MM') of an instant, in Asia/Shanghai. */
export function shanghaiLocalValue(iso: string | Date): string {
  const date = typeof iso === 'string' ? new Date(iso) : iso;
  const shifted = new Date(date.getTime() + 8 * 3600_000);
  return shifted.toISOString().slice(0, 16);
}

/** Integer fen as `¥1,234.50`: exact (no floating point), two decimals, grouped. */
export function money(fen: number | undefined): string {
  if (fen === undefined || !Number.isFinite(fen)) return '';
  const negative = fen < 0;
  const abs = Math.abs(Math.trunc(fen));
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  const grouped = String(yuan).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}¥${grouped}.${cents}`;
}

/** `¥12.50` typed by a person → 1250 fen; undefined when not an amount. */
export function parseYuan(text: string): number | undefined {
  const match = /^\s*¥?\s*(\d{1,9})(?:\.(\d{1,2}))?\s*$/.exec(text.replace(/,/g, ''));
  if (!match) return undefined;
  return Number(match[1]) * 100 + Number((match[2] ?? '0').padEnd(2, '0'));
}

/** Working minutes as "2 小时 5 分钟" / "2 h 5 min"; negative as overdue. */
export function duration(minutes: number | undefined): string {
  if (minutes === undefined) return '';
  const abs = Math.abs(Math.round(minutes));
  const hours = Math.floor(abs / 60);
  const rest = abs % 60;
  const text = hours > 0 ? t('time.hoursMinutes', { h: hours, m: rest }) : t('time.minutes', { m: rest });
  return minutes < 0 ? t('time.overdueBy', { d: text }) : text;
}

/** Punctuation in the reader's language: a list's separator (`、` / `, `). */
export function listSep(): string {
  return current === 'en' ? ', ' : '、';
}

/** Between the items of a list whose items have commas: `；` / `; `. */
export function semiSep(): string {
  return current === 'en' ? '; ' : '；';
}

/** After a heading word: `：` / `: `. */
export function colon(): string {
  return current === 'en' ? ': ' : '：';
}

/** A note in parentheses after what it is about: `（…）` / ` (…)`. */
export function paren(text: string | number): string {
  return current === 'en' ? ` (${text})` : `（${text}）`;
}
