/**
 * Operating it (README, "Operating it"): one SNS topic for the operations team and the alarms that
 * publish to it, plus a dashboard. The queue alarms live beside the queues (stateful stack), the
 * function, API, email and schedule alarms beside the code (stateless stack).
 */
import { CfnCondition, CfnParameter, Duration, Fn, Stack, Validations } from 'aws-cdk-lib';
import type { HttpApi } from 'aws-cdk-lib/aws-apigatewayv2';
import {
  Alarm,
  ComparisonOperator,
  Dashboard,
  GraphWidget,
  MathExpression,
  Metric,
  SingleValueWidget,
  TextWidget,
  TreatMissingData,
  type IMetric,
} from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { CfnSubscription, Topic, type ITopic } from 'aws-cdk-lib/aws-sns';
import { Queue, QueueEncryption, type IQueue } from 'aws-cdk-lib/aws-sqs';
import { PolicyStatement, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { METRICS_NAMESPACE, OPEN_TICKETS, SCHEDULE_HEARTBEAT, SLA_BREACHES, SLA_WARNINGS } from '../lib/platform/observability/metric-names.ts';
import { OPEN_STATUSES } from '../lib/tickets/index.ts';
import { QUEUE_NAMES, queues as queueSpecs, type FunctionSpec, type QueueName } from '../lib/wiring.ts';

/** The topic, with an email subscription when the `OperationsEmail` parameter is set. */
export function operationsTopic(scope: Stack): Topic {
  const email = new CfnParameter(scope, 'OperationsEmail', {
    type: 'String',
    default: '',
    description: 'Email address that receives the operations alarms (empty: subscribe later)',
    allowedPattern: '^([^@\\s]+@[^@\\s]+\\.[^@\\s]+)?$',
    constraintDescription: 'must be empty or an email address',
  });
  const topic = new Topic(scope, 'OperationsTopic', { displayName: 'ELV after-sales operations', enforceSSL: true });
  Validations.of(topic).acknowledge({
    id: 'AwsSolutions-SNS2',
    reason:
      'CloudWatch alarms cannot publish to a topic encrypted with the AWS-managed SNS key, and the messages ' +
      'carry alarm names and states only, never customer data; TLS is enforced (enforceSSL).',
  });
  const hasEmail = new CfnCondition(scope, 'OperationsEmailGiven', { expression: Fn.conditionNot(Fn.conditionEquals(email.valueAsString, '')) });
  // Alarm emails SNS could not deliver after its retries are kept here, not dropped.
  const undelivered = new Queue(scope, 'OperationsEmailDlq', { retentionPeriod: Duration.days(14), encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true });
  undelivered.addToResourcePolicy(
    new PolicyStatement({
      principals: [new ServicePrincipal('sns.amazonaws.com')],
      actions: ['sqs:SendMessage'],
      resources: [undelivered.queueArn],
      conditions: { ArnEquals: { 'aws:SourceArn': topic.topicArn } },
    }),
  );
  acknowledgeDeadLetterQueue(undelivered, 'SNS puts alarm emails it could not deliver here');
  const subscription = new CfnSubscription(scope, 'OperationsEmailSubscription', {
    topicArn: topic.topicArn,
    protocol: 'email',
    endpoint: email.valueAsString,
    redrivePolicy: { deadLetterTargetArn: undelivered.queueArn },
  });
  subscription.cfnOptions.condition = hasEmail;
  return topic;
}

/** A dead-letter queue is read and redriven by a person, never consumed: nothing to redrive it to. */
export function acknowledgeDeadLetterQueue(queue: IQueue, parkedHere?: string): void {
  if (parkedHere) {
    Validations.of(queue).acknowledge({ id: 'AwsSolutions-SQS3', reason: `This queue is itself a dead-letter queue (${parkedHere}); it has no consumer to fail.` });
  }
  Validations.of(queue).acknowledge({
    id: 'Serverless-SQSRedrivePolicy',
    reason: 'A dead-letter queue: what is parked here is read and redriven by a person (README, "Operating it"), never consumed, so it needs no redrive policy of its own.',
  });
}

/** Named `<stack>-<what>` (README's table names the `<what>`), publishing to the operations topic. */
function alarm(scope: Construct, id: string, topic: ITopic, props: ConstructorParameters<typeof Alarm>[2]): Alarm {
  const created = new Alarm(scope, id, { alarmName: `${Stack.of(scope).stackName}-${id.replace(/^Alarm-/, '')}`, ...props });
  created.addAlarmAction(new SnsAction(topic));
  return created;
}

/** Anything in a dead-letter queue. */
export function deadLetterAlarm(scope: Construct, name: string, dlq: IQueue, topic: ITopic, what = 'A step failed after its retries'): Alarm {
  return alarm(scope, `Alarm-${name}-dlq`, topic, {
    alarmDescription: `${name}: messages in its DLQ. ${what}; read the errors, fix, then redrive.`,
    metric: dlq.metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(1), statistic: 'Maximum' }),
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
}

/** Per queue: anything in its DLQ, and a message waiting longer than twice its visibility timeout. */
export function queueAlarms(scope: Construct, queues: Record<QueueName, Queue>, topic: ITopic): void {
  for (const name of QUEUE_NAMES) {
    const queue = queues[name];
    deadLetterAlarm(scope, name, queue.deadLetterQueue!.queue, topic, `A step failed ${queueSpecs[name].maxReceiveCount} times`);
    alarm(scope, `Alarm-${name}-age`, topic, {
      alarmDescription: `${name}: the oldest message waits longer than twice the visibility timeout; the consumer is stuck or throttled.`,
      metric: queue.metricApproximateAgeOfOldestMessage({ period: Duration.minutes(5), statistic: 'Maximum' }),
      threshold: queueSpecs[name].visibilityTimeoutSeconds * 2,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
  }
}

/** How often a schedule expression runs, as an alarm period: the heartbeat is checked over 3 of them. */
export function schedulePeriod(expression: string): Duration {
  const rate = /^rate\((\d+) (minute|minutes|hour|hours|day|days)\)$/.exec(expression);
  if (rate) {
    const n = Number(rate[1]);
    return rate[2]!.startsWith('minute') ? Duration.minutes(n) : rate[2]!.startsWith('hour') ? Duration.hours(n) : Duration.days(n);
  }
  return Duration.days(1); // the cron schedules here run daily
}

/** Any failed invocation of `fn` in 5 minutes. */
export function functionErrorsAlarm(scope: Construct, name: string, fn: IFunction, topic: ITopic, consequence: string): Alarm {
  return alarm(scope, `Alarm-${name}-errors`, topic, {
    alarmDescription: `${name}: invocations failed. Read its log group; ${consequence}.`,
    metric: fn.metricErrors({ period: Duration.minutes(5), statistic: 'Sum' }),
    threshold: 0,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
}

export interface ServiceAlarmsProps {
  topic: ITopic;
  functions: Record<string, { function: IFunction; spec: FunctionSpec }>;
  api: HttpApi;
  queues: Record<QueueName, IQueue>;
}

/** Function errors and throttles, the API's 5xx rate, SES reputation, schedule heartbeats; and the dashboard (with open tickets by state). */
export function serviceAlarms(scope: Stack, props: ServiceAlarmsProps): Dashboard {
  const { topic } = props;
  for (const [name, { function: fn, spec }] of Object.entries(props.functions)) {
    functionErrorsAlarm(scope, name, fn, topic, "a queue step's failures retry, then reach the DLQ");
    alarm(scope, `Alarm-${name}-throttles`, topic, {
      alarmDescription: `${name}: invocations throttled (account or reserved concurrency).`,
      metric: fn.metricThrottles({ period: Duration.minutes(5), statistic: 'Sum' }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    for (const schedule of spec.schedules ?? []) {
      const period = schedulePeriod(schedule.expression);
      alarm(scope, `Alarm-${schedule.name}-heartbeat`, topic, {
        alarmDescription: `${schedule.name} has not completed for 3 of its periods: the watch is not running (schedule disabled, or every run failing).`,
        metric: new Metric({ namespace: METRICS_NAMESPACE, metricName: SCHEDULE_HEARTBEAT, dimensionsMap: { Schedule: schedule.name, service: 'elv-after-sales' }, period, statistic: 'SampleCount' }),
        threshold: 1,
        comparisonOperator: ComparisonOperator.LESS_THAN_THRESHOLD,
        evaluationPeriods: 3,
        treatMissingData: TreatMissingData.BREACHING,
      });
    }
  }
  const requests = props.api.metricCount({ period: Duration.minutes(5), statistic: 'Sum' });
  const serverErrors = props.api.metricServerError({ period: Duration.minutes(5), statistic: 'Sum' });
  alarm(scope, 'Alarm-api-5xx-rate', topic, {
    alarmDescription: 'More than 5 % of API requests answered 5xx over 5 minutes (with at least 20 requests): our fault, not the clients\'.',
    metric: new MathExpression({ expression: 'IF(requests >= 20, 100 * errors / requests, 0)', usingMetrics: { requests, errors: serverErrors }, period: Duration.minutes(5), label: '5xx %' }),
    threshold: 5,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  const ses = (metricName: string, statistic = 'Sum'): IMetric => new Metric({ namespace: 'AWS/SES', metricName, period: Duration.hours(1), statistic });
  alarm(scope, 'Alarm-ses-bounce-rate', topic, {
    alarmDescription: 'SES bounce rate above 5 % (SES reviews the account at 5 % and may pause sending at 10 %).',
    metric: ses('Reputation.BounceRate', 'Maximum'),
    threshold: 0.05,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });
  alarm(scope, 'Alarm-ses-complaint-rate', topic, {
    alarmDescription: 'SES complaint rate above 0.1 % (SES reviews the account at 0.1 % and may pause sending at 0.5 %).',
    metric: ses('Reputation.ComplaintRate', 'Maximum'),
    threshold: 0.001,
    comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    evaluationPeriods: 1,
    treatMissingData: TreatMissingData.NOT_BREACHING,
  });

  const dashboard = new Dashboard(scope, 'OperationsDashboard', { dashboardName: `${scope.stackName}-operations` });
  const custom = (metricName: string, label: string, statistic = 'Sum', dimensions: Record<string, string> = {}) =>
    new Metric({ namespace: METRICS_NAMESPACE, metricName, dimensionsMap: { ...dimensions, service: 'elv-after-sales' }, period: Duration.minutes(5), statistic, label });
  dashboard.addWidgets(
    new TextWidget({ markdown: '# ELV after-sales\nAlarms go to the OperationsTopic; what each means is in the README ("Operating it").', width: 24, height: 2 }),
    new GraphWidget({ title: 'API requests and 5xx', left: [requests], right: [serverErrors], width: 12 }),
    new GraphWidget({ title: 'SLA warnings and breaches', left: [custom(SLA_WARNINGS, 'warnings'), custom(SLA_BREACHES, 'breaches')], width: 12 }),
    new GraphWidget({
      title: 'Queue depth',
      left: QUEUE_NAMES.map((name) => props.queues[name].metricApproximateNumberOfMessagesVisible({ period: Duration.minutes(5), statistic: 'Maximum', label: name })),
      width: 12,
    }),
    new GraphWidget({ title: 'Email outcomes (SES)', left: ['Send', 'Delivery', 'Bounce', 'Complaint'].map((name) => ses(name)), width: 12 }),
    new TextWidget({ markdown: '## Open tickets by state\nCounted every 5 minutes by the breach watch (`sla-sweep`).', width: 24, height: 2 }),
    // A gauge per state: its latest count, and how it moved over the dashboard's time range.
    ...OPEN_STATUSES.map(
      (status) => new SingleValueWidget({ title: status, metrics: [custom(OPEN_TICKETS, status, 'Maximum', { Status: status })], sparkline: true, width: 4, height: 4 }),
    ),
  );
  return dashboard;
}
