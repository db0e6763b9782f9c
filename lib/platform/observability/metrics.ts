/**
 * The Powertools metrics utility (CloudWatch embedded metric format: a log line, no API call). The
 * local runtime turns it off (POWERTOOLS_METRICS_DISABLED) so tests and `npm start` print no EMF.
 */
import { Metrics, MetricUnit } from '@aws-lambda-powertools/metrics';
import { METRICS_NAMESPACE, OPEN_TICKETS, SCHEDULE_HEARTBEAT, SLA_BREACHES, SLA_WARNINGS } from './metric-names.ts';

export const metrics = new Metrics({ namespace: METRICS_NAMESPACE, serviceName: 'elv-after-sales' });

/** The schedule ran to its end: its heartbeat, which the "stopped running" alarm watches. */
export function recordScheduleCompleted(schedule: string): void {
  const single = metrics.singleMetric();
  single.addDimension('Schedule', schedule);
  single.addMetric(SCHEDULE_HEARTBEAT, MetricUnit.Count, 1);
}

/** What one breach-watch run found, for the dashboard. */
export function recordSlaSweep(report: { warnings: number; breaches: number }): void {
  const single = metrics.singleMetric();
  single.addMetric(SLA_WARNINGS, MetricUnit.Count, report.warnings);
  single.addMetric(SLA_BREACHES, MetricUnit.Count, report.breaches);
}

/** How many tickets are open in each status, one value per status (zeros too), for the dashboard. */
export function recordOpenTickets(counts: Record<string, number>): void {
  for (const [status, count] of Object.entries(counts)) {
    const single = metrics.singleMetric();
    single.addDimension('Status', status);
    single.addMetric(OPEN_TICKETS, MetricUnit.Count, count);
  }
}
