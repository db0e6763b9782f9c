/**
 * Everything that holds data or identity and must survive a redeploy of the code: the single table,
 * the queues with their DLQs, the staff user pool and the link-signing secret. Kept apart from the
 * stateless stack so that stack can be torn down and recreated freely.
 */
import { Aws, CfnOutput, CfnParameter, Duration, RemovalPolicy, Stack, Tags, Validations, type StackProps } from 'aws-cdk-lib';
import {
  AccountRecovery,
  UserPoolEmail,
  FeaturePlan,
  Mfa,
  StandardThreatProtectionMode,
  UserPool,
  UserPoolGroup,
  type UserPoolDomain,
} from 'aws-cdk-lib/aws-cognito';
import { AttributeType, BillingMode, ProjectionType, StreamViewType, Table, TableEncryption } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnPipe } from 'aws-cdk-lib/aws-pipes';
import type { Topic } from 'aws-cdk-lib/aws-sns';
import { acknowledgeDeadLetterQueue, deadLetterAlarm, operationsTopic, queueAlarms } from './operations.ts';
import type { Secret } from 'aws-cdk-lib/aws-secretsmanager';
import { linkSigningSecret } from './link-signing.ts';
import { customerDataKey } from './customer-data-key.ts';
import type { Key } from 'aws-cdk-lib/aws-kms';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { SqsQueue } from 'aws-cdk-lib/aws-events-targets';
import { CfnConfigurationSet, ConfigurationSet, EmailSendingEvent, EventDestination } from 'aws-cdk-lib/aws-ses';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { TABLE_INDEXES, TABLE_KEY, TABLE_STREAM_VIEW, TTL_ATTRIBUTE } from '../lib/platform/store/table-definition.ts';
import { OUTBOX_QUEUE_NAMES, QUEUE_NAMES, STAFF_ROLES, queues as queueSpecs, type QueueName } from '../lib/wiring.ts';

/** Tag carrying the manifest queue name (`ticket-accepted`, `ticket-accepted-dlq`); the drift test finds queues by it. */
export const QUEUE_TAG = 'wiring:queue';

export type StatefulStackProps = StackProps;

export class StatefulStack extends Stack {
  readonly table: Table;
  readonly queues: Record<QueueName, Queue>;
  readonly userPool: UserPool;
  /**
   * The Cognito hosted UI the staff form signs in through. Its app client lives in the stateless stack
   * (infra/web-hosting.ts): the client's callback is the CloudFront distribution, created there.
   */
  readonly userPoolDomain: UserPoolDomain;
  readonly linkSigningSecret: Secret;
  /** Wraps the data keys of customer contact data (infra/customer-data-key.ts). */
  readonly customerDataKey: Key;
  /** Where every alarm goes (README, "Operating it"). */
  readonly operationsTopic: Topic;
  /** Where EventBridge Scheduler puts a schedule's invocation that failed after its retries. */
  readonly scheduleDlq: Queue;
  /** Named by every send (MAIL_CONFIGURATION_SET): its bounces and complaints reach the `mail-events` queue. */
  readonly mailConfigurationSet: ConfigurationSet;

  constructor(scope: Construct, id: string, props: StatefulStackProps) {
    super(scope, id, props);
    this.table = this.createTable();
    this.queues = this.createQueues();
    this.createOutboxPipes();
    this.operationsTopic = operationsTopic(this);
    queueAlarms(this, this.queues, this.operationsTopic);
    this.scheduleDlq = new Queue(this, 'schedules-dlq', { retentionPeriod: Duration.days(14), encryption: QueueEncryption.SQS_MANAGED, enforceSSL: true });
    acknowledgeDeadLetterQueue(this.scheduleDlq, 'EventBridge Scheduler puts failed schedule invocations here');
    deadLetterAlarm(this, 'schedules', this.scheduleDlq, this.operationsTopic);
    this.mailConfigurationSet = this.createMailEvents();
    this.userPool = this.createUserPool();
    this.userPoolDomain = this.userPool.addDomain('HostedUi', {
      // Globally unique per region; the account id makes it so without a naming decision.
      cognitoDomain: { domainPrefix: `elv-after-sales-${this.account}` },
    });
    this.linkSigningSecret = linkSigningSecret(this, this.operationsTopic);
    this.customerDataKey = customerDataKey(this, this.table, this.operationsTopic);

    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'UserPoolId', { value: this.userPool.userPoolId });
    new CfnOutput(this, 'HostedUiUrl', { value: this.userPoolDomain.baseUrl(), description: 'Cognito hosted UI of the staff sign-in' });
    for (const name of QUEUE_NAMES) {
      new CfnOutput(this, `QueueUrl-${name}`, { value: this.queues[name].queueUrl, description: `URL of ${name}` });
    }
  }

  private createTable(): Table {
    const table = new Table(this, 'Table', {
      partitionKey: { name: TABLE_KEY.partitionKey, type: AttributeType.STRING },
      sortKey: { name: TABLE_KEY.sortKey, type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      timeToLiveAttribute: TTL_ATTRIBUTE,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // AWS-managed key: key use shows in CloudTrail without a key policy of our own to maintain.
      encryption: TableEncryption.AWS_MANAGED,
      // The transactional outbox's events leave through the stream (createOutboxPipes).
      stream: StreamViewType[TABLE_STREAM_VIEW],
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const index of Object.values(TABLE_INDEXES)) {
      table.addGlobalSecondaryIndex({
        indexName: index.name,
        partitionKey: { name: index.partitionKey, type: AttributeType.STRING },
        sortKey: { name: index.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }
    return table;
  }

  /**
   * The transactional outbox (lib/platform/store/outbox.ts): one EventBridge Pipe per queue reads the
   * table's stream, keeps only new outbox items for that queue and sends their body. A batch that
   * cannot be delivered is retried, then recorded in the queue's DLQ, never dropped.
   */
  private createOutboxPipes(): void {
    const streamArn = this.table.tableStreamArn!;
    const role = new Role(this, 'OutboxPipeRole', { assumedBy: new ServicePrincipal('pipes.amazonaws.com'), description: 'Delivers outbox events from the table stream to their queues' });
    role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'], resources: [streamArn] }));
    role.addToPolicy(new PolicyStatement({ actions: ['dynamodb:ListStreams'], resources: ['*'] }));
    Validations.of(role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason: 'dynamodb:ListStreams supports no resource narrower than *; it only lists stream ARNs. Reading a stream is limited to this table\'s stream.',
    });
    for (const name of OUTBOX_QUEUE_NAMES) {
      const queue = this.queues[name];
      queue.grantSendMessages(role);
      queue.deadLetterQueue!.queue.grantSendMessages(role);
      new CfnPipe(this, `Outbox-${name}`, {
        roleArn: role.roleArn,
        source: streamArn,
        sourceParameters: {
          dynamoDbStreamParameters: {
            startingPosition: 'TRIM_HORIZON',
            batchSize: 10,
            maximumRetryAttempts: 10,
            onPartialBatchItemFailure: 'AUTOMATIC_BISECT',
            deadLetterConfig: { arn: queue.deadLetterQueue!.queue.queueArn },
          },
          filterCriteria: {
            // Any new item that names the queue (an outbox item, or a timeline entry that carries its change's event).
            filters: [{ pattern: JSON.stringify({ eventName: ['INSERT'], dynamodb: { NewImage: { queue: { S: [name] } } } }) }],
          },
        },
        target: queue.queueArn,
        // The item's `body` is the message exactly as the consumer parses it.
        targetParameters: { inputTemplate: '<$.dynamodb.NewImage.body.S>' },
      });
    }
  }

  /**
   * Bounces and complaints: SES publishes them for every send naming this configuration set to the
   * default event bus; a rule puts them on the `mail-events` queue (its DLQ when delivery keeps failing).
   * The account-level suppression list is turned off for this set: the app keeps its own list
   * (lib/platform/mail/deliverability.ts), which customer service can lift once the customer confirmed
   * the address; SES's list would keep dropping those emails with nobody able to see why.
   */
  private createMailEvents(): ConfigurationSet {
    const configurationSet = new ConfigurationSet(this, 'MailConfigurationSet', { reputationMetrics: true });
    // An empty list overrides the account-level suppression for sends through this set (no L2 option for it).
    (configurationSet.node.defaultChild as CfnConfigurationSet).suppressionOptions = { suppressedReasons: [] };
    configurationSet.addEventDestination('BouncesAndComplaints', {
      destination: EventDestination.eventBus(EventBus.fromEventBusName(this, 'DefaultEventBus', 'default')),
      events: [EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    const queue = this.queues['mail-events'];
    new Rule(this, 'MailEventsRule', {
      description: 'SES bounces and complaints of the service mail to the mail-events queue',
      eventPattern: {
        source: ['aws.ses'],
        detailType: ['Email Bounced', 'Email Complained'],
        detail: { mail: { tags: { 'ses:configuration-set': [configurationSet.configurationSetName] } } },
      },
      targets: [new SqsQueue(queue, { deadLetterQueue: queue.deadLetterQueue!.queue, retryAttempts: 10, maxEventAge: Duration.hours(24) })],
    });
    new CfnOutput(this, 'MailConfigurationSetName', { value: configurationSet.configurationSetName });
    return configurationSet;
  }

  private createQueues(): Record<QueueName, Queue> {
    const created = {} as Record<QueueName, Queue>;
    for (const name of QUEUE_NAMES) {
      const spec = queueSpecs[name];
      const dlq = new Queue(this, `${name}-dlq`, {
        retentionPeriod: Duration.days(spec.dlqRetentionDays),
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
      });
      Tags.of(dlq).add(QUEUE_TAG, `${name}-dlq`);
      acknowledgeDeadLetterQueue(dlq);
      const queue = new Queue(this, name, {
        visibilityTimeout: Duration.seconds(spec.visibilityTimeoutSeconds),
        encryption: QueueEncryption.SQS_MANAGED,
        enforceSSL: true,
        deadLetterQueue: { queue: dlq, maxReceiveCount: spec.maxReceiveCount },
      });
      Tags.of(queue).add(QUEUE_TAG, name);
      created[name] = queue;
    }
    return created;
  }

  private createUserPool(): UserPool {
    const userPool = new UserPool(this, 'StaffUserPool', {
      // Accounts are created by a manager; nobody outside the company may register.
      selfSignUpEnabled: false,
      signInAliases: { email: true },
      signInCaseSensitive: false,
      autoVerify: { email: true },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      passwordPolicy: {
        minLength: 12,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(3),
      },
      // Required, TOTP only: staff see customers' names, phones and addresses, so a leaked password alone
      // must not be enough; an authenticator app avoids SMS cost, SIM-swap risk and an SNS role.
      mfa: Mfa.REQUIRED,
      mfaSecondFactor: { otp: true, sms: false },
      // Plus tier for threat protection (compromised-credential and risky sign-in blocking). Billed per
      // active user, which for a staff-only pool is a few dozen users.
      featurePlan: FeaturePlan.PLUS,
      // Staff mail (invitations, codes) through SES like the rest: no Cognito daily cap, same bounce handling.
      email: UserPoolEmail.withSES({
        fromEmail: new CfnParameter(this, 'SenderEmail', {
          type: 'String',
          description: 'SES-verified sender of the staff sign-in mail (the same address as the stateless stack\'s SenderEmail)',
          allowedPattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
          constraintDescription: 'must be an email address',
        }).valueAsString,
        fromName: '售后服务 After-sales service',
        configurationSetName: this.mailConfigurationSet.configurationSetName,
        sesRegion: Aws.REGION,
      }),
      standardThreatProtectionMode: StandardThreatProtectionMode.FULL_FUNCTION,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const role of STAFF_ROLES) {
      // Group names are the role names the handlers read from the `cognito:groups` claim.
      new UserPoolGroup(this, `Group-${role}`, { userPool, groupName: role, description: `Staff role ${role}` });
    }
    return userPool;
  }
}
