/** The company's calendar date (Asia/Shanghai) of an instant, 'YYYY-MM-DD'. */
const formatter = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

export function localDate(at: Date): string {
  return formatter.format(at);
}
