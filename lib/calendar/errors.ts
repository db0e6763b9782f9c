/**
 * A calendar that cannot be used: invalid (`field` is the path of the bad field, e.g. 'week.mon[1]',
 * 'timezone', 'holidays[3]'), or without working time to count (`field` is '' for the calendar as a whole).
 */
export class CalendarError extends Error {
  override name = 'CalendarError';
  readonly field: string;
  constructor(field: string, message: string, options?: { cause?: unknown }) {
    super(field ? `${field}: ${message}` : message, options);
    this.field = field;
  }
}
