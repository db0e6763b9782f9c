/**
 * Operating it: every DLQ, queue, function, schedule, the API and SES email have an alarm that
 * publishes to the one operations topic, and there is a dashboard. Read from the synthesized templates.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { FUNCTION_NAMES, QUEUE_NAMES, functionSpec } from '../../lib/wiring.ts';
import { METRICS_NAMESPACE, OPEN_TICKETS, SCHEDULE_HEARTBEAT } from '../../lib/platform/observability/metric-names.ts';
import { OPEN_STATUSES } from '../../lib/tickets/index.ts';
import { schedulePeriod } from '../../infra/operations.ts';
import { SYNTH_TIMEOUT_MS, lambdaLogicalIds, queueLogicalIds, resourcesOfType, single, synthesize } from './infra-fixture.ts';

type Resource = { Properties: Record<string, any>; Condition?: string };
let stateful: ReturnType<typeof synthesize>['statefulTemplate'];
let stateless: ReturnType<typeof synthesize>['statelessTemplate'];

beforeAll(() => {
  ({ statefulTemplate: stateful, statelessTemplate: stateless } = synthesize());
}, SYNTH_TIMEOUT_MS);

const alarms = (template: typeof stateful) => Object.values(resourcesOfType(template, 'AWS::CloudWatch::Alarm')) as Resource[];
const dimension = (alarm: Resource, name: string) => (alarm.Properties.Dimensions ?? []).find((d: { Name: string }) => d.Name === name)?.Value;

describe('operations', () => {
  it('has one topic, with an email subscription only when OperationsEmail is given', () => {
    const topics = Object.keys(resourcesOfType(stateful, 'AWS::SNS::Topic'));
    expect(topics).toHaveLength(1);
    const [subscription] = Object.values(resourcesOfType(stateful, 'AWS::SNS::Subscription')) as Resource[];
    expect(subscription!.Properties).toMatchObject({ Protocol: 'email', Endpoint: { Ref: 'OperationsEmail' } });
    expect(subscription!.Condition).toBe('OperationsEmailGiven');
  });

  it('alarms on every DLQ holding a message and every queue with a message waiting too long', () => {
    const ids = queueLogicalIds(stateful);
    const queueAlarms = alarms(stateful);
    for (const name of QUEUE_NAMES) {
      const dlq = queueAlarms.find((a) => a.Properties.MetricName === 'ApproximateNumberOfMessagesVisible' && JSON.stringify(dimension(a, 'QueueName')).includes(single(ids, `${name}-dlq`)));
      expect(dlq?.Properties, name).toMatchObject({ Threshold: 0, ComparisonOperator: 'GreaterThanThreshold', EvaluationPeriods: 1 });
      const age = queueAlarms.find((a) => a.Properties.MetricName === 'ApproximateAgeOfOldestMessage' && JSON.stringify(dimension(a, 'QueueName')).includes(single(ids, name)));
      expect(age, name).toBeDefined();
    }
    const scheduleDlq = Object.entries(resourcesOfType(stateful, 'AWS::SQS::Queue')).find(([id]) => id.startsWith('schedulesdlq'))![0];
    expect(queueAlarms.some((a) => JSON.stringify(dimension(a, 'QueueName')).includes(scheduleDlq))).toBe(true);
    for (const alarm of queueAlarms) expect(alarm.Properties.AlarmActions).toHaveLength(1);
  });

  it('alarms on errors and throttles of every function, the API 5xx rate, SES bounces and complaints', () => {
    const ids = lambdaLogicalIds(stateless);
    const all = alarms(stateless);
    for (const name of FUNCTION_NAMES) {
      for (const metric of ['Errors', 'Throttles']) {
        const found = all.filter((a) => a.Properties.MetricName === metric && dimension(a, 'FunctionName')?.Ref === single(ids, name));
        expect(found, `${name} ${metric}`).toHaveLength(1);
      }
    }
    expect(all.some((a) => (a.Properties.Metrics ?? []).some((m: { Expression?: string }) => m.Expression?.includes('100 * errors / requests')))).toBe(true);
    expect(all.filter((a) => ['Reputation.BounceRate', 'Reputation.ComplaintRate'].includes(a.Properties.MetricName)).map((a) => a.Properties.Threshold).sort()).toEqual([0.001, 0.05]);
    for (const alarm of all) expect(alarm.Properties.AlarmActions).toHaveLength(1);
  });

  it('alarms when a schedule has not completed for three of its periods (missing data counts)', () => {
    const schedules = FUNCTION_NAMES.flatMap((name) => functionSpec(name).schedules ?? []);
    expect(schedules.length).toBe(6);
    for (const schedule of schedules) {
      const heartbeat = alarms(stateless).find((a) => a.Properties.MetricName === SCHEDULE_HEARTBEAT && dimension(a, 'Schedule') === schedule.name);
      expect(heartbeat?.Properties, schedule.name).toMatchObject({
        Period: schedulePeriod(schedule.expression).toSeconds(),
        EvaluationPeriods: 3,
        ComparisonOperator: 'LessThanThreshold',
        Threshold: 1,
        TreatMissingData: 'breaching',
      });
    }
  });

  it('has a dashboard', () => {
    expect(Object.keys(resourcesOfType(stateless, 'AWS::CloudWatch::Dashboard'))).toHaveLength(1);
  });

  it('shows open tickets by state: one gauge per open status, as the breach watch emits it', () => {
    const [dashboard] = Object.values(resourcesOfType(stateless, 'AWS::CloudWatch::Dashboard')) as Resource[];
    // The body is a Fn::Join of JSON text and tokens (the region); the tokens sit inside strings.
    const parts = dashboard!.Properties.DashboardBody['Fn::Join'][1] as unknown[];
    const body = JSON.parse(parts.map((part) => (typeof part === 'string' ? part : 'TOKEN')).join('')) as { widgets: Array<{ type: string; properties: Record<string, any> }> };
    const gauges = body.widgets.filter((w) => (w.properties.metrics ?? []).some((m: unknown[]) => m[1] === OPEN_TICKETS));
    expect(gauges.map((w) => w.properties.title)).toEqual([...OPEN_STATUSES]);
    expect(OPEN_STATUSES).not.toContain('closed');
    expect(OPEN_STATUSES).not.toContain('cancelled');
    for (const [i, status] of OPEN_STATUSES.entries()) {
      expect(gauges[i]!.properties).toMatchObject({
        view: 'singleValue',
        sparkline: true,
        // The dimension set of recordOpenTickets' EMF (Status and Powertools' service), exactly; the
        // period is CloudWatch's default, 5 minutes, the cadence of the count.
        metrics: [[METRICS_NAMESPACE, OPEN_TICKETS, 'Status', status, 'service', 'elv-after-sales', expect.objectContaining({ stat: 'Maximum' })]],
      });
    }
  });
});

describe('bounces and complaints', () => {
  const envOf = (name: string) => {
    const fn = (resourcesOfType(stateless, 'AWS::Lambda::Function') as Record<string, Resource>)[single(lambdaLogicalIds(stateless), name)]!;
    return fn.Properties.Environment.Variables as Record<string, unknown>;
  };

  it('has one SES configuration set whose bounces and complaints go to the default event bus', () => {
    const sets = Object.values(resourcesOfType(stateful, 'AWS::SES::ConfigurationSet')) as Resource[];
    expect(sets).toHaveLength(1);
    // The app's own list decides (customer service can lift it); SES's account-level list is off for this set.
    expect(sets[0]!.Properties.SuppressionOptions).toEqual({ SuppressedReasons: [] });
    const [destination] = Object.values(resourcesOfType(stateful, 'AWS::SES::ConfigurationSetEventDestination')) as Resource[];
    expect(destination!.Properties.EventDestination.MatchingEventTypes.sort()).toEqual(['bounce', 'complaint']);
    expect(JSON.stringify(destination!.Properties.EventDestination.EventBridgeDestination)).toContain('event-bus/default');
  });

  it('routes the set\'s bounce and complaint events to the mail-events queue, its DLQ when delivery fails', () => {
    const ids = queueLogicalIds(stateful);
    const rules = Object.values(resourcesOfType(stateful, 'AWS::Events::Rule')) as Resource[];
    const rule = rules.find((r) => JSON.stringify(r.Properties.EventPattern).includes('aws.ses'))!;
    expect(rule.Properties.EventPattern).toMatchObject({ source: ['aws.ses'], 'detail-type': ['Email Bounced', 'Email Complained'] });
    expect(JSON.stringify(rule.Properties.EventPattern.detail)).toContain('ses:configuration-set');
    const [target] = rule.Properties.Targets;
    expect(target.Arn).toEqual({ 'Fn::GetAtt': [single(ids, 'mail-events'), 'Arn'] });
    expect(target.DeadLetterConfig.Arn).toEqual({ 'Fn::GetAtt': [single(ids, 'mail-events-dlq'), 'Arn'] });
    expect(functionSpec('intake-mail-events').queue?.queue).toBe('mail-events');
  });

  it('every email sender names the configuration set; no other function gets it', () => {
    for (const name of FUNCTION_NAMES) {
      const variables = envOf(name);
      if (functionSpec(name).access.sendsEmail) expect(variables.MAIL_CONFIGURATION_SET, name).toBeDefined();
      else expect(variables.MAIL_CONFIGURATION_SET, name).toBeUndefined();
    }
  });

  it('Cognito sends the staff sign-in mail through SES with the same configuration set', () => {
    const [pool] = Object.values(resourcesOfType(stateful, 'AWS::Cognito::UserPool')) as Resource[];
    expect(pool!.Properties.EmailConfiguration).toMatchObject({ EmailSendingAccount: 'DEVELOPER', ConfigurationSet: { Ref: expect.stringMatching(/^MailConfigurationSet/) } });
    expect(JSON.stringify(pool!.Properties.EmailConfiguration.From)).toContain('SenderEmail');
  });
});
