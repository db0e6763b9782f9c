/**
 * One Lambda built from one wiring-manifest entry. The manifest's `access` block is the only input for
 * permissions and environment: each bind helper below adds one grant and the env vars that go with it,
 * so a function can reach exactly what its entry declares and nothing else.
 */
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { Duration, Tags, Validations } from 'aws-cdk-lib';
import type { IUserPool } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime, Tracing } from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import { ENV, requiredEnvNames } from '../lib/platform/config/env.ts';
import { TABLE_INDEXES } from '../lib/platform/store/table-definition.ts';
import type { FunctionSpec, QueueName } from '../lib/wiring.ts';

/** Tag on every resource of a service function; the drift test finds Lambdas by it. */
export const FUNCTION_TAG = 'wiring:function';

/** Set on every function on top of `requiredEnvNames(access)`. */
export const PLATFORM_ENV = {
  POWERTOOLS_SERVICE_NAME: 'elv-after-sales',
  POWERTOOLS_LOG_LEVEL: 'INFO',
  // The bundle is minified: without this, stack traces in the logs point into one long line.
  NODE_OPTIONS: '--enable-source-maps',
} as const;

const REPO_ROOT = fileURLToPath(new URL('..', import.meta.url));

// Item-level actions only. TransactWriteItems is authorised per item (Put/Update/Delete/ConditionCheck),
// and Scan is left out on purpose: no request path may scan the table (docs/architecture.md).
const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:ConditionCheckItem'];
const TABLE_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];

/** The shared resources a function may be bound to; which ones it gets is decided by its manifest entry. */
export interface ServiceResources {
  table: ITable;
  queues: Record<QueueName, IQueue>;
  mail: {
    /** MAIL_FROM: the verified SES sender address. */
    from: string;
    /** SES identities the function may send as (the address and its domain). */
    identityArns: string[];
    /** MAIL_CONFIGURATION_SET and its ARN (sending through it needs ses:SendEmail on it too). */
    configurationSet: string;
    configurationSetArn: string;
  };
  links: {
    secret: ISecret;
    publicBaseUrl: string;
  };
  /** The staff user pool, whose users follow the staff records (off-boarding, roles as groups). */
  staffUserPool: IUserPool;
  /** The KMS key that wraps the data keys of customer data (infra/customer-data-key.ts). */
  customerData: { key: IKey };
}

/** What the staff-record editor may do to the pool's users: nothing else (no create, delete or password actions). */
export const STAFF_IDENTITY_ACTIONS = [
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminUserGlobalSignOut',
  'cognito-idp:AdminAddUserToGroup',
  'cognito-idp:AdminRemoveUserFromGroup',
];

export interface ServiceFunctionProps {
  /** The manifest key, e.g. `intake-public-api`. */
  name: string;
  spec: FunctionSpec;
  resources: ServiceResources;
}

export class ServiceFunction extends Construct {
  readonly function: NodejsFunction;
  private readonly role: Role;
  private readonly environment = new Map<string, string>();

  constructor(scope: Construct, id: string, props: ServiceFunctionProps) {
    super(scope, id);
    const { name, spec, resources } = props;

    ({ function: this.function, role: this.role } = bundledFunction(this, {
      entry: spec.entry,
      description: spec.description,
      timeoutSeconds: spec.timeoutSeconds,
      memoryMb: spec.memoryMb,
      roleDescription: `Execution role of ${name}`,
    }));
    Tags.of(this).add(FUNCTION_TAG, name);
    this.bindAccess(spec, resources);
    Validations.of(this.function).acknowledge({ id: 'Serverless-LambdaDLQ', reason: failureHandlingOf(spec) });
  }

  private bindAccess(spec: FunctionSpec, resources: ServiceResources): void {
    const { access } = spec;
    if (access.table !== 'none') this.bindTable(resources.table, access.table);
    if (access.sendsEmail) this.bindMailSender(resources.mail);
    if (access.signsLinks) this.bindLinkSigning(resources.links);
    if (access.managesStaffIdentities) this.bindStaffIdentities(resources.staffUserPool);
    if (access.customerData) this.bindCustomerData(resources.customerData);
    if (spec.queue) this.bindQueueConsumer(resources.queues[spec.queue.queue], spec.queue);
    this.assertEnvironmentMatches(requiredEnvNames(access));
  }

  private bindTable(table: ITable, mode: 'read' | 'readWrite'): void {
    const indexArns = Object.values(TABLE_INDEXES).map((index) => `${table.tableArn}/index/${index.name}`);
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        actions: mode === 'read' ? TABLE_READ_ACTIONS : [...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS],
        resources: [table.tableArn],
      }),
    );
    // Named indexes instead of `index/*`: a new index is granted by adding it to table-definition.ts.
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['dynamodb:Query'], resources: indexArns }));
    this.setEnv(ENV.tableName, table.tableName);
  }

  private bindMailSender(mail: ServiceResources['mail']): void {
    this.role.addToPrincipalPolicy(
      new PolicyStatement({
        // SendEmail is what the SES v2 client calls; SendRawEmail covers v1 raw sends (attachments).
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        // With a configuration set named, SES also authorises the send against the set.
        resources: [...mail.identityArns, mail.configurationSetArn],
      }),
    );
    this.setEnv(ENV.mailFrom, mail.from);
    this.setEnv(ENV.mailConfigurationSet, mail.configurationSet);
  }

  private bindLinkSigning(links: ServiceResources['links']): void {
    // The key ring is read at runtime (lib/platform/auth/link-keys-secret.ts, cached for minutes): the
    // environment names the secret, never holds a key, and a rotation reaches the functions without a deployment.
    links.secret.grantRead(this.role);
    this.setEnv(ENV.publicBaseUrl, links.publicBaseUrl);
    this.setEnv(ENV.linkSigningSecretId, links.secret.secretArn);
  }

  private bindStaffIdentities(userPool: IUserPool): void {
    // On this one pool only; the function disables, enables, signs out and regroups the users the
    // staff records name (their `sub` is the username: lib/staff/identity/cognito-identity-directory.ts).
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: STAFF_IDENTITY_ACTIONS, resources: [userPool.userPoolArn] }));
    this.setEnv(ENV.staffUserPoolId, userPool.userPoolId);
  }

  private bindCustomerData(customerData: ServiceResources['customerData']): void {
    // Unwraps the data keys at a cold start (lib/platform/privacy/data-keys.ts); creating keys
    // (kms:GenerateDataKey) belongs to the data-keys function alone.
    this.role.addToPrincipalPolicy(new PolicyStatement({ actions: ['kms:Decrypt'], resources: [customerData.key.keyArn] }));
    this.setEnv(ENV.dataKeysSource, `kms:${customerData.key.keyArn}`);
  }

  private bindQueueConsumer(queue: IQueue, trigger: NonNullable<FunctionSpec['queue']>): void {
    Validations.of(this.function).acknowledge({
      id: 'Serverless-LambdaEventSourceMappingDestination',
      reason:
        'An on-failure destination exists for stream and Kafka sources only; an SQS event source hands a failed ' +
        "message back to the queue, whose redrive policy parks it in the queue's DLQ after maxReceiveCount (alarmed).",
    });
    this.function.addEventSource(
      new SqsEventSource(queue, {
        batchSize: trigger.batchSize,
        maxBatchingWindow:
          trigger.maxBatchingWindowSeconds > 0 ? Duration.seconds(trigger.maxBatchingWindowSeconds) : undefined,
        // Handlers return partial batch responses: only the failed messages are retried.
        reportBatchItemFailures: true,
        maxConcurrency: trigger.maxConcurrency,
      }),
    );
  }

  private setEnv(key: string, value: string): void {
    this.environment.set(key, value);
    this.function.addEnvironment(key, value);
  }

  /** The env contract lives in lib/platform/config/env.ts: fail the synth if a bind helper drifts from it. */
  private assertEnvironmentMatches(required: string[]): void {
    const set = [...this.environment.keys()].sort();
    const expected = [...required].sort();
    if (set.join() !== expected.join()) {
      throw new Error(
        `${this.node.path}: environment ${JSON.stringify(set)} differs from requiredEnvNames ${JSON.stringify(expected)}`,
      );
    }
  }
}

export interface BundledFunctionProps {
  /** Path of the handler module from the repository root; it exports `handler`. */
  entry: string;
  description: string;
  timeoutSeconds: number;
  memoryMb: number;
  roleDescription: string;
}

/**
 * A Lambda bundled from one handler module the way every function here is (ESM, minified, the SDK
 * bundled in), with its own log group and an execution role that may write only there. Its children
 * (`Logs`, `Role`, `Function`) go straight into `scope`.
 */
export function bundledFunction(scope: Construct, props: BundledFunctionProps): { function: NodejsFunction; role: Role } {
  const logGroup = new LogGroup(scope, 'Logs', {
    // A month covers incident follow-up; logs may hold customer contact data, so no longer.
    retention: RetentionDays.ONE_MONTH,
  });
  // Own role instead of the AWSLambdaBasicExecutionRole managed policy: that one may write to any log group.
  const role = new Role(scope, 'Role', {
    assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
    description: props.roleDescription,
  });
  logGroup.grantWrite(role);

  const fn = new NodejsFunction(scope, 'Function', {
    entry: path.join(REPO_ROOT, props.entry),
    handler: 'handler',
    description: props.description,
    runtime: Runtime.NODEJS_22_X,
    architecture: Architecture.ARM_64,
    // X-Ray: where the time of a slow request went (DynamoDB, SES, Secrets Manager calls are segments).
    tracing: Tracing.ACTIVE,
    timeout: Duration.seconds(props.timeoutSeconds),
    memorySize: props.memoryMb,
    role,
    logGroup,
    depsLockFilePath: path.join(REPO_ROOT, 'package-lock.json'),
    projectRoot: REPO_ROOT,
    bundling: {
      format: OutputFormat.ESM,
      target: 'node22',
      minify: true,
      sourceMap: true,
      sourcesContent: false,
      mainFields: ['module', 'main'],
      // Some CommonJS dependencies call `require` at runtime; ESM output has none without this.
      banner: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
      // Bundle the AWS SDK too: the code runs with the versions the lock file pins and the tests used,
      // not whichever version the Lambda runtime happens to ship.
      externalModules: [],
      // The documents' font (lib/platform/pdf/font.ts): copied beside the bundle of the functions
      // whose code reaches it, as a file read only when a PDF is made (never parsed at a cold start).
      loader: { '.ttf': 'file' },
    },
  });
  for (const [key, value] of Object.entries(PLATFORM_ENV)) fn.addEnvironment(key, value);
  const pinnedRuntime =
    'Pinned to nodejs22.x rather than the newest runtime: the code is developed and tested on Node 20/22 ' +
    '(package.json engines, local runtime, vitest) and bundled with target node22. Moving to a newer ' +
    'runtime is a deliberate change with its own test run, not a side effect of a cdk-nag upgrade.';
  Validations.of(fn).acknowledge({ id: 'AwsSolutions-L1', reason: pinnedRuntime });
  Validations.of(fn).acknowledge({ id: 'Serverless-LambdaLatestVersion', reason: pinnedRuntime });
  Validations.of(role).acknowledge({
    id: 'AwsSolutions-IAM5[Resource::*]',
    reason:
      'xray:PutTraceSegments and xray:PutTelemetryRecords (active tracing) take no resource narrower than *; they ' +
      'write trace data only. test/infra/grants.test.ts allows exactly these two actions on *.',
  });
  return { function: fn, role };
}

/** Where an invocation that failed ends up, for the reason beside Serverless-LambdaDLQ (a Lambda DLQ serves asynchronous invocations only). */
function failureHandlingOf(spec: FunctionSpec): string {
  if (spec.routes?.length) return 'Invoked synchronously by API Gateway: a failure is the 5xx answer to the caller (alarmed as api-5xx-rate and function errors); a Lambda DLQ never receives synchronous invocations.';
  if (spec.queue) return "Invoked by an SQS event source mapping (synchronously): a failed message returns to its queue and, after maxReceiveCount, to the queue's DLQ (alarmed).";
  return "Invoked by EventBridge Scheduler, whose target has a retry policy and its own DLQ (schedules-dlq, alarmed); the schedule's heartbeat alarm notices runs that never complete.";
}
