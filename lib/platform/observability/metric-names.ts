/**
 * Names of the custom metrics (CloudWatch EMF through Powertools): the handlers emit them, the CDK
 * alarms and dashboard read them. Plain data, so infra/ imports it without the Powertools runtime.
 */
export const METRICS_NAMESPACE = 'ElvAfterSales';
/** One per completed run of a schedule, with dimension `Schedule`: a watch that stops running alarms. */
export const SCHEDULE_HEARTBEAT = 'ScheduleCompleted';
export const SLA_WARNINGS = 'SlaWarnings';
export const SLA_BREACHES = 'SlaBreaches';
/** A gauge: how many tickets are open in a status (dimension `Status`), counted every 5 minutes by the breach watch. */
export const OPEN_TICKETS = 'OpenTickets';
