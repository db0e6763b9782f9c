/**
 * The synthesized templates match the wiring manifest and the table definition: what the local
 * runtime serves and what the tests exercise is what gets deployed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { PLATFORM_ENV } from '../../infra/service-function.ts';
import { requiredEnvNames } from '../../lib/platform/config/env.ts';
import { TABLE_INDEXES, TABLE_KEY, TABLE_STREAM_VIEW, TTL_ATTRIBUTE } from '../../lib/platform/store/table-definition.ts';
import { OUTBOX_QUEUE_NAMES, QUEUE_NAMES, queues, routeKey, type FunctionSpec } from '../../lib/wiring.ts';
import {
  SYNTH_TIMEOUT_MS,
  crossStackLogicalId,
  lambdaLogicalIds,
  manifestFunctions,
  queueLogicalIds,
  referencedLogicalId,
  resourcesOfType,
  single,
  synthesize,
  variantFunctions,
  type Resource,
} from './infra-fixture.ts';

type Synthesized = ReturnType<typeof synthesize>;

function describeDrift(label: string, functions: Record<string, FunctionSpec>, build: () => Synthesized) {
  describe(label, () => {
    let synthesized: Synthesized;
    let lambdas: Record<string, Resource>;
    let lambdaIds: Record<string, string[]>;
    const names = Object.keys(functions);

    beforeAll(() => {
      synthesized = build();
      lambdas = resourcesOfType(synthesized.statelessTemplate, 'AWS::Lambda::Function');
      lambdaIds = lambdaLogicalIds(synthesized.statelessTemplate);
    }, SYNTH_TIMEOUT_MS);

    const lambdaOf = (name: string) => lambdas[single(lambdaIds, name)]!;

    it('has exactly one Lambda per manifest function and no other (besides CDK’s provider that deploys the web app)', () => {
      expect(Object.keys(lambdaIds).sort()).toEqual([...names].sort());
      for (const name of names) expect(lambdaIds[name], name).toHaveLength(1);
      const others = Object.keys(lambdas).filter((id) => !Object.values(lambdaIds).flat().includes(id));
      expect(others.every((id) => id.startsWith('CustomCDKBucketDeployment')), others.join()).toBe(true);
      expect(others.length).toBeLessThanOrEqual(1);
    });

    it.each(names)('%s: timeout, memory, runtime nodejs22.x on arm64, description', (name) => {
      const spec = functions[name]!;
      const props = lambdaOf(name).Properties;
      expect(props.Timeout).toBe(spec.timeoutSeconds);
      expect(props.MemorySize).toBe(spec.memoryMb);
      expect(props.Runtime).toBe('nodejs22.x');
      expect(props.Architectures).toEqual(['arm64']);
      expect(props.Handler).toBe('index.handler');
      expect(props.Description).toBe(spec.description);
    });

    it.each(names)('%s: environment is requiredEnvNames(access) plus the platform variables', (name) => {
      const variables = lambdaOf(name).Properties.Environment.Variables as Record<string, unknown>;
      const expected = [...requiredEnvNames(functions[name]!.access), ...Object.keys(PLATFORM_ENV)];
      expect(Object.keys(variables).sort()).toEqual(expected.sort());
      for (const [key, value] of Object.entries(PLATFORM_ENV)) expect(variables[key]).toBe(value);
    });

    it('names the link-signing secret by its ARN (read at runtime), never passes its value', () => {
      const secretId = single(
        { secret: Object.keys(resourcesOfType(synthesized.statefulTemplate, 'AWS::SecretsManager::Secret')) },
        'secret',
      );
      for (const name of names) {
        const variables = lambdaOf(name).Properties.Environment.Variables as Record<string, unknown>;
        expect(JSON.stringify(variables), name).not.toMatch(/resolve:secretsmanager|SecretString/);
        expect(variables, name).not.toHaveProperty('LINK_SIGNING_SECRET');
        if (functions[name]!.access.signsLinks) expect(crossStackLogicalId(variables.LINK_SIGNING_SECRET_ID, synthesized.statefulTemplate), name).toBe(secretId);
      }
    });

    it('wires MAIL_FROM to the SenderEmail parameter and PUBLIC_BASE_URL to PublicBaseUrl or the API endpoint', () => {
      for (const name of names) {
        const variables = lambdaOf(name).Properties.Environment.Variables;
        if (functions[name]!.access.sendsEmail) expect(variables.MAIL_FROM).toEqual({ Ref: 'SenderEmail' });
        if (functions[name]!.access.signsLinks) {
          expect(variables.PUBLIC_BASE_URL['Fn::If'][0]).toBe('PublicBaseUrlIsEmpty');
          expect(variables.PUBLIC_BASE_URL['Fn::If'][2]).toEqual({ Ref: 'PublicBaseUrl' });
        }
      }
    });

    describe('HTTP API', () => {
      const expectedRoutes = Object.entries(functions).flatMap(([functionName, spec]) =>
        (spec.routes ?? []).map((route) => ({ ...route, functionName })),
      );
      // The function that answers requests no route takes (405, 400, 404): API Gateway's `$default` route.
      const defaultRoutes = Object.entries(functions).flatMap(([functionName, spec]) => ((spec as FunctionSpec).defaultRoute ? [{ key: '$default', functionName, throttle: (spec as FunctionSpec).defaultRoute!.throttle }] : []));
      const routeOf = (key: string) =>
        Object.values(resourcesOfType(synthesized.statelessTemplate, 'AWS::ApiGatewayV2::Route')).filter((candidate) => candidate.Properties.RouteKey === key);
      const targetFunction = (route: Resource) => {
        const integrationId = referencedLogicalId(route.Properties!.Target['Fn::Join'][1][1]);
        return referencedLogicalId(resourcesOfType(synthesized.statelessTemplate, 'AWS::ApiGatewayV2::Integration')[integrationId!]!.Properties.IntegrationUri);
      };

      it('has exactly the manifest routes', () => {
        const routes = Object.values(resourcesOfType(synthesized.statelessTemplate, 'AWS::ApiGatewayV2::Route'));
        const keys = routes.map((route) => route.Properties.RouteKey as string);
        expect(keys.sort()).toEqual([...expectedRoutes.map(routeKey), ...defaultRoutes.map((route) => route.key)].sort());
      });

      it('sends requests no route takes to the manifest function with defaultRoute, without an authorizer', () => {
        expect(defaultRoutes).toHaveLength(1);
        const [route] = routeOf('$default');
        expect(route!.Properties.AuthorizationType).toBe('NONE');
        expect(targetFunction(route!)).toBe(single(lambdaIds, defaultRoutes[0]!.functionName));
      });

      it('lets the API invoke each routed function through one permission scoped to this API (not one per route)', () => {
        const permissions = Object.values(resourcesOfType(synthesized.statelessTemplate, 'AWS::Lambda::Permission')).filter(
          (permission) => permission.Properties.Principal === 'apigateway.amazonaws.com',
        );
        const routed = Object.entries(functions).filter(([, spec]) => (spec as FunctionSpec).routes?.length || (spec as FunctionSpec).defaultRoute);
        expect(permissions).toHaveLength(routed.length);
        for (const [name] of routed) {
          const own = permissions.filter((permission) => referencedLogicalId(permission.Properties.FunctionName) === single(lambdaIds, name));
          expect(own, name).toHaveLength(1);
          const [apiId] = Object.keys(resourcesOfType(synthesized.statelessTemplate, 'AWS::ApiGatewayV2::Api'));
          expect(JSON.stringify(own[0]!.Properties.SourceArn), name).toContain(`{"Ref":"${apiId}"}`);
        }
      });

      it.each(expectedRoutes.map((route) => [routeKey(route), route] as const))(
        '%s: authorizer and target function',
        (key, route) => {
          const template = synthesized.statelessTemplate;
          const [routeResource] = Object.values(resourcesOfType(template, 'AWS::ApiGatewayV2::Route')).filter(
            (candidate) => candidate.Properties.RouteKey === key,
          );
          const props = routeResource!.Properties;
          if (route.auth === 'staff') {
            expect(props.AuthorizationType).toBe('JWT');
            const authorizer = resourcesOfType(template, 'AWS::ApiGatewayV2::Authorizer')[referencedLogicalId(props.AuthorizerId)!];
            expect(authorizer?.Properties.AuthorizerType).toBe('JWT');
            expect(JSON.stringify(authorizer?.Properties.JwtConfiguration.Issuer)).toContain('https://cognito-idp.');
            // The staff form's app client, created beside the web hosting whose URL is its callback.
            const audience = authorizer?.Properties.JwtConfiguration.Audience[0];
            expect(resourcesOfType(template, 'AWS::Cognito::UserPoolClient')).toHaveProperty(referencedLogicalId(audience)!);
          } else {
            expect(props.AuthorizationType).toBe('NONE');
            expect(props.AuthorizerId).toBeUndefined();
          }
          const integrationId = referencedLogicalId(props.Target['Fn::Join'][1][1]);
          const integration = resourcesOfType(template, 'AWS::ApiGatewayV2::Integration')[integrationId!]!;
          expect(integration.Properties.IntegrationType).toBe('AWS_PROXY');
          expect(integration.Properties.PayloadFormatVersion).toBe('2.0');
          expect(referencedLogicalId(integration.Properties.IntegrationUri)).toBe(single(lambdaIds, route.functionName));
        },
      );

      it('throttles every route as the manifest says, with access logs on the $default stage', () => {
        const stages = Object.values(resourcesOfType(synthesized.statelessTemplate, 'AWS::ApiGatewayV2::Stage'));
        expect(stages).toHaveLength(1);
        const stage = stages[0]!.Properties;
        expect(stage.StageName).toBe('$default');
        expect(stage.AutoDeploy).toBe(true);
        expect(stage.RouteSettings).toEqual(
          Object.fromEntries(
            [...expectedRoutes.map((route) => ({ key: routeKey(route), throttle: route.throttle })), ...defaultRoutes].map((route) => [
              route.key,
              { ThrottlingRateLimit: route.throttle.rate, ThrottlingBurstLimit: route.throttle.burst },
            ]),
          ),
        );
        expect(stage.DefaultRouteSettings.ThrottlingRateLimit).toBeGreaterThan(0);
        expect(referencedLogicalId(stage.AccessLogSettings.DestinationArn)).toBeDefined();
        const format = JSON.parse(stage.AccessLogSettings.Format) as Record<string, string>;
        expect(format).toMatchObject({
          requestId: '$context.requestId',
          routeKey: '$context.routeKey',
          status: '$context.status',
          latency: '$context.responseLatency',
          ip: '$context.identity.sourceIp',
        });
      });
    });

    describe('queues', () => {
      it('has one queue and one DLQ per manifest queue', () => {
        const ids = queueLogicalIds(synthesized.statefulTemplate);
        expect(Object.keys(ids).sort()).toEqual(QUEUE_NAMES.flatMap((name) => [name, `${name}-dlq`]).sort());
      });

      it.each(QUEUE_NAMES)('%s: redrive to its DLQ, DLQ retention, encryption', (name) => {
        const template = synthesized.statefulTemplate;
        const sqsQueues = resourcesOfType(template, 'AWS::SQS::Queue');
        const ids = queueLogicalIds(template);
        const queue = sqsQueues[single(ids, name)]!.Properties;
        const dlqId = single(ids, `${name}-dlq`);
        expect(queue.RedrivePolicy.maxReceiveCount).toBe(queues[name].maxReceiveCount);
        expect(referencedLogicalId(queue.RedrivePolicy.deadLetterTargetArn)).toBe(dlqId);
        expect(queue.VisibilityTimeout).toBe(queues[name].visibilityTimeoutSeconds);
        expect(sqsQueues[dlqId]!.Properties.MessageRetentionPeriod).toBe(queues[name].dlqRetentionDays * 24 * 60 * 60);
        for (const id of [single(ids, name), dlqId]) expect(sqsQueues[id]!.Properties.SqsManagedSseEnabled).toBe(true);
      });

      const consumers = Object.entries(functions).filter(([, spec]) => spec.queue !== undefined);

      it.each(consumers)('%s: event source mapping as the manifest says', (name, spec) => {
        const trigger = spec.queue!;
        const mappings = Object.values(
          resourcesOfType(synthesized.statelessTemplate, 'AWS::Lambda::EventSourceMapping'),
        ).filter((mapping) => referencedLogicalId(mapping.Properties.FunctionName) === single(lambdaIds, name));
        expect(mappings).toHaveLength(1);
        const mapping = mappings[0]!.Properties;
        expect(mapping.BatchSize).toBe(trigger.batchSize);
        expect(mapping.MaximumBatchingWindowInSeconds ?? 0).toBe(trigger.maxBatchingWindowSeconds);
        expect(mapping.FunctionResponseTypes).toEqual(['ReportBatchItemFailures']);
        expect(mapping.ScalingConfig).toEqual({ MaximumConcurrency: trigger.maxConcurrency });
        const queueId = crossStackLogicalId(mapping.EventSourceArn, synthesized.statefulTemplate);
        expect(queueId).toBe(single(queueLogicalIds(synthesized.statefulTemplate), trigger.queue));
      });

      it.each(consumers)('%s: its queue hides a message for at least 6x the function timeout', (name, spec) => {
        const template = synthesized.statefulTemplate;
        const queue = resourcesOfType(template, 'AWS::SQS::Queue')[single(queueLogicalIds(template), spec.queue!.queue)]!;
        expect(queue.Properties.VisibilityTimeout).toBeGreaterThanOrEqual(6 * lambdaOf(name).Properties.Timeout);
      });

      it('has no event source mapping the manifest does not declare', () => {
        const mappings = resourcesOfType(synthesized.statelessTemplate, 'AWS::Lambda::EventSourceMapping');
        expect(Object.keys(mappings)).toHaveLength(consumers.length);
      });
    });

    describe('schedules', () => {
      const schedules = Object.entries(functions).flatMap(([name, spec]) =>
        (spec.schedules ?? []).map((schedule) => ({ ...schedule, functionName: name })),
      );

      it('has one EventBridge Scheduler schedule per manifest schedule, and no EventBridge rule', () => {
        expect(Object.keys(resourcesOfType(synthesized.statelessTemplate, 'AWS::Scheduler::Schedule'))).toHaveLength(schedules.length);
        expect(Object.keys(resourcesOfType(synthesized.statelessTemplate, 'AWS::Events::Rule'))).toHaveLength(0);
      });

      it.each(schedules.map((schedule) => [`${schedule.functionName}/${schedule.name}`, schedule] as const))(
        '%s: the expression in its time zone, targeting the function, with retries and a DLQ',
        (_label, schedule) => {
          const found = Object.values(resourcesOfType(synthesized.statelessTemplate, 'AWS::Scheduler::Schedule')).filter(
            (s) => s.Properties.ScheduleExpression === schedule.expression && referencedLogicalId(s.Properties.Target.Arn) === single(lambdaIds, schedule.functionName),
          );
          expect(found).toHaveLength(1);
          const { Properties: p } = found[0]!;
          expect(p.State).toBe('ENABLED');
          expect(p.ScheduleExpressionTimezone).toBe(schedule.timezone);
          expect(p.Target.RetryPolicy).toEqual({ MaximumRetryAttempts: 3, MaximumEventAgeInSeconds: 3600 });
          expect(p.Target.DeadLetterConfig.Arn).toBeDefined();
          expect(JSON.parse(p.Target.Input)).toMatchObject({ source: 'aws.scheduler', time: '<aws.scheduler.scheduled-time>' });
        },
      );
    });
  });
}

/** The real manifest's synthesis, shared by the drift and table checks. */
let deployed: Synthesized | undefined;
const synthesizeDeployed = () => (deployed ??= synthesize());

describeDrift('the deployed wiring manifest', manifestFunctions(), synthesizeDeployed);

// The manifest has no schedule and no read-only function yet; this variant proves the stacks handle them.
describeDrift('a manifest variant with a scheduled read-only function', variantFunctions(), () =>
  synthesize({ functions: variantFunctions() }),
);

describe('table', () => {
  let table: Resource;

  beforeAll(() => {
    const tables = resourcesOfType(synthesizeDeployed().statefulTemplate, 'AWS::DynamoDB::Table');
    expect(Object.keys(tables)).toHaveLength(1);
    table = Object.values(tables)[0]!;
  }, SYNTH_TIMEOUT_MS);

  it('has the key schema of table-definition.ts', () => {
    expect(table.Properties.KeySchema).toEqual([
      { AttributeName: TABLE_KEY.partitionKey, KeyType: 'HASH' },
      { AttributeName: TABLE_KEY.sortKey, KeyType: 'RANGE' },
    ]);
  });

  it('has exactly the GSIs of table-definition.ts, projecting all attributes', () => {
    const indexes = Object.values(TABLE_INDEXES);
    expect(table.Properties.GlobalSecondaryIndexes).toEqual(
      indexes.map((index) => ({
        IndexName: index.name,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    );
    const keyAttributes = [TABLE_KEY.partitionKey, TABLE_KEY.sortKey, ...indexes.flatMap((i) => [i.partitionKey, i.sortKey])];
    expect(table.Properties.AttributeDefinitions).toHaveLength(keyAttributes.length);
    expect(table.Properties.AttributeDefinitions).toEqual(
      expect.arrayContaining(keyAttributes.map((name) => ({ AttributeName: name, AttributeType: 'S' }))),
    );
  });

  it('expires items by the TTL attribute', () => {
    expect(table.Properties.TimeToLiveSpecification).toEqual({ AttributeName: TTL_ATTRIBUTE, Enabled: true });
  });

  it('is on-demand, point-in-time recoverable, KMS-encrypted and retained', () => {
    expect(table.Properties.BillingMode).toBe('PAY_PER_REQUEST');
    expect(table.Properties.PointInTimeRecoverySpecification).toEqual({ PointInTimeRecoveryEnabled: true });
    // SSEEnabled without a key id is the AWS-managed KMS key (aws/dynamodb), not the AWS-owned default.
    expect(table.Properties.SSESpecification).toEqual({ SSEEnabled: true });
    expect(table.Properties.DeletionProtectionEnabled).toBe(true);
    expect(table.DeletionPolicy).toBe('Retain');
    expect(table.UpdateReplacePolicy).toBe('Retain');
  });
});

describe('transactional outbox', () => {
  let template: ReturnType<typeof synthesizeDeployed>['statefulTemplate'];
  beforeAll(() => {
    template = synthesizeDeployed().statefulTemplate;
  }, SYNTH_TIMEOUT_MS);

  it('streams new images of the table', () => {
    const [table] = Object.values(resourcesOfType(template, 'AWS::DynamoDB::Table')) as Array<Record<string, any>>;
    expect(table!.Properties.StreamSpecification).toEqual({ StreamViewType: TABLE_STREAM_VIEW });
  });

  it('has one pipe per manifest queue: the table stream, only new outbox items of that queue, into that queue, failures into its DLQ', () => {
    const pipes = Object.values(resourcesOfType(template, 'AWS::Pipes::Pipe')) as Array<Record<string, any>>;
    expect(pipes).toHaveLength(OUTBOX_QUEUE_NAMES.length);
    expect(OUTBOX_QUEUE_NAMES).not.toContain('mail-events');
    const queueIds = queueLogicalIds(template);
    for (const name of OUTBOX_QUEUE_NAMES) {
      const pipe = pipes.find((p) => JSON.parse(p.Properties.SourceParameters.FilterCriteria.Filters[0].Pattern).dynamodb.NewImage.queue.S[0] === name)!;
      expect(pipe, name).toBeDefined();
      expect(JSON.parse(pipe.Properties.SourceParameters.FilterCriteria.Filters[0].Pattern)).toEqual({
        eventName: ['INSERT'],
        dynamodb: { NewImage: { queue: { S: [name] } } },
      });
      expect(pipe.Properties.Source).toEqual({ 'Fn::GetAtt': [expect.any(String), 'StreamArn'] });
      expect(pipe.Properties.Target).toEqual({ 'Fn::GetAtt': [single(queueIds, name), 'Arn'] });
      expect(pipe.Properties.TargetParameters).toEqual({ InputTemplate: '<$.dynamodb.NewImage.body.S>' });
      expect(pipe.Properties.SourceParameters.DynamoDBStreamParameters).toMatchObject({
        MaximumRetryAttempts: 10,
        DeadLetterConfig: { Arn: { 'Fn::GetAtt': [single(queueIds, `${name}-dlq`), 'Arn'] } },
      });
    }
  });
});
