/**
 * The code and its triggers, built entirely from the wiring manifest: one ServiceFunction per entry,
 * its HTTP routes, queue event source mappings and schedules. Holds no data, so it can be replaced freely.
 */
import {
  CfnCondition,
  CfnOutput,
  CfnParameter,
  Fn,
  Stack,
  Validations,
  type StackProps,
} from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  DomainName,
  EndpointType,
  HttpApi,
  HttpMethod,
  HttpNoneAuthorizer,
  HttpStage,
  LogGroupLogDestination,
  PayloadFormatVersion,
  SecurityPolicy,
  type CfnStage,
  HttpRoute,
  HttpRouteKey,
  type IHttpRouteAuthorizer,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpJwtAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Certificate } from 'aws-cdk-lib/aws-certificatemanager';
import type { IUserPool, IUserPoolClient, UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import type { ITable } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnSchedule } from 'aws-cdk-lib/aws-scheduler';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import type { ISecret } from 'aws-cdk-lib/aws-secretsmanager';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';
import { FUNCTION_NAMES, functionSpec, routeKey, type FunctionSpec, type QueueName, type RouteSpec } from '../lib/wiring.ts';
import { ServiceFunction, type ServiceResources } from './service-function.ts';
import type { IKey } from 'aws-cdk-lib/aws-kms';
import { serviceAlarms } from './operations.ts';
import type { ITopic } from 'aws-cdk-lib/aws-sns';
import { WebHosting } from './web-hosting.ts';

export interface StatelessStackProps extends StackProps {
  table: ITable;
  queues: Record<QueueName, IQueue>;
  userPool: IUserPool;
  /** The Cognito hosted UI (stateful stack); the staff form's app client is created here, with the web hosting. */
  userPoolDomain: UserPoolDomain;
  linkSigningSecret: ISecret;
  /** Wraps the data keys of customer data (stateful stack): kms:Decrypt for the functions that handle it. */
  customerDataKey: IKey;
  /** The SES configuration set every send names (stateful stack). */
  mailConfigurationSetName: string;
  /** The built web app (web/dist), deployed to the site bucket. */
  webAssetDir: string;
  /** More Cognito callback URLs for the staff form (besides the distribution's /staff/). */
  staffCallbackUrls?: string[];
  /** A custom domain for the web app and the API (ACM certificate in us-east-1). */
  webDomain?: { name: string; certificateArn: string };
  /** Where the alarms go (the stateful stack's topic). */
  operationsTopic: ITopic;
  /** Where a schedule's failed invocations go after EventBridge Scheduler's retries. */
  scheduleDlq: IQueue;
  /** The functions to deploy; the wiring manifest unless a test passes a variant. */
  functions?: Record<string, FunctionSpec>;
}

export class StatelessStack extends Stack {
  readonly api: HttpApi;
  /** The API's custom domain: CloudFront's origin for /v1/* (the execute-api endpoint is off). */
  readonly apiDomain: { name: string; domain: DomainName };
  readonly web: WebHosting;
  readonly functions: Record<string, ServiceFunction> = {};

  constructor(scope: Construct, id: string, props: StatelessStackProps) {
    super(scope, id, props);
    const specs = props.functions ?? manifestFunctions();

    this.api = new HttpApi(this, 'HttpApi', {
      description: 'ELV after-sales service API',
      // The $default stage is created below, with access logs and throttling.
      createDefaultStage: false,
      // Reachable only through CloudFront (and its web ACL), which calls the API's own domain name below.
      disableExecuteApiEndpoint: true,
    });
    this.apiDomain = this.createApiDomain();
    // CloudFront in front of the API and the pages: customer links point at it, Cognito calls back to it.
    this.web = new WebHosting(this, 'Web', {
      apiOriginDomain: this.apiDomain.name,
      webAclArn: new CfnParameter(this, 'WebAclArn', {
        type: 'String',
        description: 'ARN of the CloudFront web ACL: the output WebAclArn of the ElvAfterSales-Edge stack (us-east-1)',
        allowedPattern: '^arn:aws[a-z-]*:wafv2:us-east-1:\\d{12}:global/webacl/\\S+$',
        constraintDescription: 'must be the ARN of a CloudFront (global, us-east-1) WAFv2 web ACL',
      }).valueAsString,
      userPool: props.userPool,
      userPoolDomain: props.userPoolDomain,
      assetDir: props.webAssetDir,
      ...(props.staffCallbackUrls ? { extraCallbackUrls: props.staffCallbackUrls } : {}),
      ...(props.webDomain
        ? { domain: { name: props.webDomain.name, certificate: Certificate.fromCertificateArn(this, 'WebCertificate', props.webDomain.certificateArn) } }
        : {}),
    });
    const resources = this.sharedResources(props);
    const staffAuthorizer = this.staffAuthorizer(props.userPool, this.web.client);

    const scheduler = new Role(this, 'SchedulerRole', { assumedBy: new ServicePrincipal('scheduler.amazonaws.com'), description: 'Invokes the scheduled functions' });
    props.scheduleDlq.grantSendMessages(scheduler);
    const routes: Array<{ spec: RouteSpec; route: HttpRoute }> = [];
    let defaultRoute: { route: HttpRoute; throttle: RouteSpec['throttle'] } | undefined;
    for (const [name, spec] of Object.entries(specs)) {
      const service = new ServiceFunction(this, name, { name, spec, resources });
      this.functions[name] = service;
      routes.push(...this.addRoutes(name, service, spec.routes ?? [], staffAuthorizer));
      if (spec.defaultRoute) defaultRoute = this.addDefaultRoute(name, service, spec.defaultRoute.throttle);
      this.addSchedules(name, service, spec.schedules ?? [], { role: scheduler, dlq: props.scheduleDlq });
    }
    this.createDefaultStage(routes, defaultRoute, this.apiDomain.domain);
    serviceAlarms(this, {
      topic: props.operationsTopic,
      api: this.api,
      queues: props.queues,
      functions: Object.fromEntries(Object.entries(this.functions).map(([name, service]) => [name, { function: service.function, spec: specs[name]! }])),
    });

    new CfnOutput(this, 'ApiOriginTarget', {
      value: this.apiDomain.domain.regionalDomainName,
      description: 'Point ApiDomainName here (DNS CNAME, or a Route 53 alias): CloudFront reaches the API through that name',
    });
  }

  /**
   * The API's own regional custom domain, the origin CloudFront forwards /v1/* to: with the execute-api
   * endpoint disabled it is the API's only address. Parameters, not context: every deployment needs
   * them, they change nothing in the template's shape, and a deployment without them stops before
   * creating anything (README, "Deploying to AWS").
   */
  private createApiDomain(): { name: string; domain: DomainName } {
    const name = new CfnParameter(this, 'ApiDomainName', {
      type: 'String',
      description: 'DNS name of the API behind CloudFront (e.g. api-origin.service.example.cn); point it at the ApiOriginTarget output',
      allowedPattern: '^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\\.)+[a-z]{2,}$',
      constraintDescription: 'must be a lower-case DNS name',
    }).valueAsString;
    const certificateArn = new CfnParameter(this, 'ApiCertificateArn', {
      type: 'String',
      description: "ARN of an ACM certificate for ApiDomainName in this stack's region (a regional certificate, not the us-east-1 one of CloudFront)",
      allowedPattern: '^arn:aws[a-z-]*:acm:[a-z0-9-]+:\\d{12}:certificate/[0-9a-f-]+$',
      constraintDescription: 'must be an ACM certificate ARN',
    }).valueAsString;
    const domain = new DomainName(this, 'ApiDomain', {
      domainName: name,
      certificate: Certificate.fromCertificateArn(this, 'ApiCertificate', certificateArn),
      endpointType: EndpointType.REGIONAL,
      securityPolicy: SecurityPolicy.TLS_1_2,
    });
    return { name, domain };
  }

  private sharedResources(props: StatelessStackProps): ServiceResources {
    const senderEmail = new CfnParameter(this, 'SenderEmail', {
      type: 'String',
      description: 'SES-verified sender address used as MAIL_FROM (the address or its domain must be verified)',
      allowedPattern: '^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$',
      constraintDescription: 'must be an email address',
    });
    const publicBaseUrl = new CfnParameter(this, 'PublicBaseUrl', {
      type: 'String',
      default: '',
      description: 'Base URL in customer links (a custom domain in front of CloudFront); empty = the CloudFront URL of the web app',
      allowedPattern: '^(https://\\S+)?$',
      constraintDescription: 'must be empty or an https:// URL',
    });
    const useApiEndpoint = new CfnCondition(this, 'PublicBaseUrlIsEmpty', {
      expression: Fn.conditionEquals(publicBaseUrl.valueAsString, ''),
    });
    const sender = senderEmail.valueAsString;
    const senderDomain = Fn.select(1, Fn.split('@', sender));
    return {
      table: props.table,
      queues: props.queues,
      mail: {
        from: sender,
        // SES authorises a send against the identity that verified the sender: the address itself or its
        // domain. Both ARNs, nothing wider (no `identity/*`). In the SES sandbox SES also checks the
        // recipients' identities, so these grants assume the account has production access.
        identityArns: [sesIdentityArn(this, sender), sesIdentityArn(this, senderDomain)],
        configurationSet: props.mailConfigurationSetName,
        configurationSetArn: this.formatArn({ service: 'ses', resource: 'configuration-set', resourceName: props.mailConfigurationSetName }),
      },
      customerData: { key: props.customerDataKey },
      links: {
        secret: props.linkSigningSecret,
        // The status, survey and statement pages live on the web distribution, which also serves /v1/*.
        publicBaseUrl: Fn.conditionIf(useApiEndpoint.logicalId, this.web.url, publicBaseUrl.valueAsString).toString(),
      },
      staffUserPool: props.userPool,
    };
  }

  private staffAuthorizer(userPool: IUserPool, client: IUserPoolClient): IHttpRouteAuthorizer {
    const issuer = `https://cognito-idp.${this.region}.amazonaws.com/${userPool.userPoolId}`;
    // Cognito access tokens carry the client id in `client_id` rather than `aud`; API Gateway checks
    // either one against the audience, so both ID and access tokens of the staff client pass.
    return new HttpJwtAuthorizer('StaffJwt', issuer, {
      authorizerName: 'staff-cognito',
      jwtAudience: [client.userPoolClientId],
    });
  }

  private addRoutes(
    name: string,
    service: ServiceFunction,
    specs: RouteSpec[],
    staffAuthorizer: IHttpRouteAuthorizer,
  ): Array<{ spec: RouteSpec; route: HttpRoute }> {
    if (specs.length === 0) return [];
    const integration = this.integration(name, service);
    return specs.map((spec) => {
      const [route] = this.api.addRoutes({
        path: spec.path,
        methods: [HttpMethod[spec.method]],
        integration,
        authorizer: spec.auth === 'staff' ? staffAuthorizer : new HttpNoneAuthorizer(),
      });
      if (!route) throw new Error(`no route created for ${routeKey(spec)}`);
      if (spec.auth === 'public') acknowledgePublicRoute(route, spec);
      return { spec, route };
    });
  }

  /**
   * One invoke permission per function for the whole API (`scopePermissionToRoute: false`), not one per
   * route: the API may call the function, on any of its routes. That keeps the stack far from
   * CloudFormation's 500 resources (129 routes would be 129 permissions).
   */
  private integration(name: string, service: ServiceFunction): HttpLambdaIntegration {
    return new HttpLambdaIntegration(`${name}-integration`, service.function, {
      payloadFormatVersion: PayloadFormatVersion.VERSION_2_0,
      scopePermissionToRoute: false,
    });
  }

  /**
   * The `$default` route: API Gateway sends it every request no route matches, so a known path with
   * another method gets 405 with `Allow` (and a malformed path 400) instead of API Gateway's bare 404.
   * No authorizer: the answer names only the methods the public document lists.
   */
  private addDefaultRoute(name: string, service: ServiceFunction, throttle: RouteSpec['throttle']): { route: HttpRoute; throttle: RouteSpec['throttle'] } {
    const route = new HttpRoute(this, `${name}-default-route`, { httpApi: this.api, routeKey: HttpRouteKey.DEFAULT, integration: this.integration(name, service) });
    Validations.of(route).acknowledge({
      id: 'AwsSolutions-APIG4',
      reason: 'The $default route answers requests no route takes (405, 400, 404) with no data; it needs no sign-in and is throttled like the public routes.',
    });
    return { route, throttle };
  }

  /**
   * EventBridge Scheduler, not rules: a cron in Asia/Shanghai time, retries, and a DLQ for an
   * invocation that still fails. The payload is shaped like a scheduled event, with `time` the
   * instant the run was meant for, which is what the handlers take as "now".
   */
  private addSchedules(name: string, service: ServiceFunction, schedules: NonNullable<FunctionSpec['schedules']>, scheduling: { role: Role; dlq: IQueue }): void {
    // The unqualified function only (grantInvoke would add every version, `:*`).
    if (schedules.length) scheduling.role.addToPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [service.function.functionArn] }));
    for (const schedule of schedules) {
      new CfnSchedule(this, `${name}-${schedule.name}`, {
        description: `${name}: ${schedule.name}`,
        scheduleExpression: schedule.expression,
        ...(schedule.timezone ? { scheduleExpressionTimezone: schedule.timezone } : {}),
        flexibleTimeWindow: { mode: 'OFF' },
        state: 'ENABLED',
        target: {
          arn: service.function.functionArn,
          roleArn: scheduling.role.roleArn,
          input: JSON.stringify({ version: '0', 'detail-type': 'Scheduled Event', source: 'aws.scheduler', time: '<aws.scheduler.scheduled-time>', detail: {} }),
          retryPolicy: { maximumRetryAttempts: 3, maximumEventAgeInSeconds: 3600 },
          deadLetterConfig: { arn: scheduling.dlq.queueArn },
        },
      });
    }
  }

  private createDefaultStage(
    routes: Array<{ spec: RouteSpec; route: HttpRoute }>,
    defaultRoute: { route: HttpRoute; throttle: RouteSpec['throttle'] } | undefined,
    domain: DomainName,
  ): void {
    const accessLogs = new LogGroup(this, 'ApiAccessLogs', {
      // Holds client IPs: kept as long as the function logs, no longer.
      retention: RetentionDays.ONE_MONTH,
    });
    const stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      domainMapping: { domainName: domain },
      // Backstop for routes without their own setting: the strictest limits in the manifest.
      throttle: strictestThrottle(routes.map(({ spec }) => spec.throttle)),
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogs),
        format: AccessLogFormat.custom(JSON.stringify(ACCESS_LOG_FIELDS)),
      },
    });
    const cfnStage = stage.node.defaultChild as CfnStage;
    const throttled = [...routes.map(({ spec, route }) => ({ key: routeKey(spec), throttle: spec.throttle, route })), ...(defaultRoute ? [{ key: '$default', ...defaultRoute }] : [])];
    cfnStage.routeSettings = Object.fromEntries(
      throttled.map(({ key, throttle }) => [key, { ThrottlingRateLimit: throttle.rate, ThrottlingBurstLimit: throttle.burst }]),
    );
    // Route settings name route keys; CloudFormation rejects them until those routes exist.
    for (const { route } of throttled) stage.node.addDependency(route);
  }
}

const ACCESS_LOG_FIELDS = {
  requestId: '$context.requestId',
  requestTime: '$context.requestTime',
  routeKey: '$context.routeKey',
  status: '$context.status',
  latency: '$context.responseLatency',
  integrationLatency: '$context.integrationLatency',
  integrationError: '$context.integrationErrorMessage',
  authorizerError: '$context.authorizer.error',
  ip: '$context.identity.sourceIp',
  userAgent: '$context.identity.userAgent',
  responseLength: '$context.responseLength',
};

function manifestFunctions(): Record<string, FunctionSpec> {
  return Object.fromEntries(FUNCTION_NAMES.map((name) => [name, functionSpec(name)]));
}

function sesIdentityArn(scope: Stack, identity: string): string {
  return scope.formatArn({ service: 'ses', resource: 'identity', resourceName: identity });
}

function strictestThrottle(throttles: RouteSpec['throttle'][]): { rateLimit: number; burstLimit: number } | undefined {
  if (throttles.length === 0) return undefined;
  return {
    rateLimit: Math.min(...throttles.map((throttle) => throttle.rate)),
    burstLimit: Math.min(...throttles.map((throttle) => throttle.burst)),
  };
}

function acknowledgePublicRoute(route: HttpRoute, spec: RouteSpec): void {
  Validations.of(route).acknowledge({
    id: 'AwsSolutions-APIG4',
    reason:
      `${routeKey(spec)} is public by design: customers report faults and follow their ticket without an ` +
      'account. A ticket is only readable with an HMAC-signed link token the handler checks, health and ' +
      'OpenAPI return no customer data, POST is validated and idempotent (Idempotency-Key), and every ' +
      'public route is throttled per the wiring manifest.',
  });
}
