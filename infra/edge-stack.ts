/**
 * The web ACL in front of CloudFront (AWS WAF). A CloudFront web ACL must live in us-east-1 while
 * the other stacks deploy to any region, so it has a small stack of its own pinned there; the
 * stateless stack takes its ARN as the `WebAclArn` parameter (README, "Deploying to AWS").
 *
 * Rules, in order: a rate limit per client IP on the public API routes, a looser one on the staff
 * routes (many staff may share one office IP), then the AWS common rule set.
 */
import { ArnFormat, CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { CfnLoggingConfiguration, CfnWebACL } from 'aws-cdk-lib/aws-wafv2';
import type { Construct } from 'constructs';
import { allRoutes, type RouteSpec } from '../lib/wiring.ts';

/** CloudFront web ACLs exist only in this region. */
export const EDGE_REGION = 'us-east-1';

/** Every staff route is under this path (test/infra/edge.test.ts holds the manifest to it). */
export const STAFF_API_PREFIX = '/v1/staff/';

/** Requests per client IP in any 5 minutes before WAF answers 429 (API Gateway throttles per route besides). */
export const RATE_LIMITS = {
  /** A customer reports a fault and opens a few links: 1 request a second on average is far above that. */
  publicApi: 300,
  /** A whole office of staff may share one IP, and the staff form makes several calls per view. */
  staffApi: 3000,
} as const;

const RATE_WINDOW_SECONDS = 300;
const TOO_MANY_REQUESTS_BODY = 'too-many-requests';

/**
 * Path prefixes that cover every public route of the manifest: each route's path up to its first
 * parameter (`/v1/tickets/{id}` → `/v1/tickets`), without those another prefix already covers.
 */
export function publicApiPrefixes(routes: RouteSpec[] = allRoutes()): string[] {
  const prefixes = routes.filter((route) => route.auth === 'public').map((route) => route.path.split('{')[0]!.replace(/\/+$/, ''));
  return [...new Set(prefixes)].filter((prefix, _i, all) => !all.some((other) => other !== prefix && prefix.startsWith(other))).sort();
}

const pathStartsWith = (prefix: string): CfnWebACL.StatementProperty => ({
  byteMatchStatement: { fieldToMatch: { uriPath: {} }, positionalConstraint: 'STARTS_WITH', searchString: prefix, textTransformations: [{ priority: 0, type: 'NONE' }] },
});

const anyOf = (statements: CfnWebACL.StatementProperty[]): CfnWebACL.StatementProperty =>
  statements.length === 1 ? statements[0]! : { orStatement: { statements } };

const visibility = (metricName: string): CfnWebACL.VisibilityConfigProperty => ({ cloudWatchMetricsEnabled: true, metricName, sampledRequestsEnabled: true });

function rateRule(name: string, priority: number, limit: number, scope: CfnWebACL.StatementProperty): CfnWebACL.RuleProperty {
  return {
    name,
    priority,
    action: { block: { customResponse: { responseCode: 429, customResponseBodyKey: TOO_MANY_REQUESTS_BODY } } },
    statement: { rateBasedStatement: { limit, evaluationWindowSec: RATE_WINDOW_SECONDS, aggregateKeyType: 'IP', scopeDownStatement: scope } },
    visibilityConfig: visibility(name),
  };
}

export class EdgeStack extends Stack {
  readonly webAcl: CfnWebACL;

  /** Pinned to us-east-1 (the account is the deploying credentials'). */
  constructor(scope: Construct, id: string, props: Omit<StackProps, 'env'>) {
    super(scope, id, { ...props, env: { region: EDGE_REGION } });

    this.webAcl = new CfnWebACL(this, 'WebAcl', {
      name: 'elv-after-sales',
      description: 'ELV after-sales CloudFront distribution: rate limits per client IP, AWS common rule set',
      scope: 'CLOUDFRONT',
      defaultAction: { allow: {} },
      visibilityConfig: visibility('elv-after-sales'),
      // In the API's error shape, so the pages show it like any other error.
      customResponseBodies: {
        [TOO_MANY_REQUESTS_BODY]: {
          contentType: 'APPLICATION_JSON',
          content: JSON.stringify({ error: { code: 'too_many_requests', message: '请求过于频繁，请稍后再试。Too many requests, please try again later.', fields: [] } }),
        },
      },
      rules: [
        rateRule('public-api-rate', 0, RATE_LIMITS.publicApi, anyOf(publicApiPrefixes().map(pathStartsWith))),
        rateRule('staff-api-rate', 1, RATE_LIMITS.staffApi, pathStartsWith(STAFF_API_PREFIX)),
        {
          name: 'aws-common-rule-set',
          priority: 2,
          overrideAction: { none: {} },
          statement: {
            managedRuleGroupStatement: {
              vendorName: 'AWS',
              name: 'AWSManagedRulesCommonRuleSet',
              // SizeRestrictions_BODY blocks bodies over 8 KB. The technician's sign-off carries the
              // customer's signature as a PNG (up to 140,000 characters of base64, a 160 KiB limit),
              // a calendar year may be longer than 8 KB, and free text (work records, reports) is 3
              // bytes a character in Chinese, up to the API's default 16 KiB. The API bounds every
              // body itself (413, lib/platform/http/api-handler.ts), so the rule only counts here.
              ruleActionOverrides: [{ name: 'SizeRestrictions_BODY', actionToUse: { count: {} } }],
            },
          },
          visibilityConfig: visibility('aws-common-rule-set'),
        },
      ],
    });

    // Blocked and counted requests only (the allowed ones are in CloudFront's logs), without the staff bearer token.
    const logs = new LogGroup(this, 'WebAclLogs', { logGroupName: 'aws-waf-logs-elv-after-sales', retention: RetentionDays.ONE_MONTH });
    new CfnLoggingConfiguration(this, 'WebAclLogging', {
      resourceArn: this.webAcl.attrArn,
      // WAF wants the log group's ARN without the trailing `:*`.
      logDestinationConfigs: [this.formatArn({ service: 'logs', resource: 'log-group', resourceName: logs.logGroupName, arnFormat: ArnFormat.COLON_RESOURCE_NAME })],
      redactedFields: [{ singleHeader: { Name: 'authorization' } }],
      loggingFilter: {
        DefaultBehavior: 'DROP',
        Filters: [{ Behavior: 'KEEP', Requirement: 'MEETS_ANY', Conditions: [{ ActionCondition: { Action: 'BLOCK' } }, { ActionCondition: { Action: 'COUNT' } }] }],
      },
    });

    new CfnOutput(this, 'WebAclArn', {
      value: this.webAcl.attrArn,
      description: 'Pass to the stateless stack: --parameters ElvAfterSales-Stateless:WebAclArn=<this>',
    });
  }
}
