/** The company's calendar date (Asia/Shanghai) of an instant, 'YYYY-MM-DD'. */
const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function localDate(at: Date): string {
  return formatter.format(at);
}

let dateTimeFormat: Intl.DateTimeFormat | undefined;

/** The company's wall-clock time of an instant, 'YYYY-MM-DD HH:mm' (Asia/Shanghai), for messages people read. */
export function localDateTime(at: Date): string {
  dateTimeFormat ??= new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
  const parts = Object.fromEntries(dateTimeFormat.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.year}-${parts.month}-${parts.day} ${parts.hour}:${parts.minute}`;
}

/** The quarter of a local date ('2026-11-10' -> '2026-Q4'): where quality facts and settled timers are filed. */
export function quarterOf(localDate: string): string {
  const month = Number(localDate.slice(5, 7));
  return `${localDate.slice(0, 4)}-Q${Math.floor((month - 1) / 3) + 1}`;
}
