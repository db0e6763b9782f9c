/**
 * The edge: the API answers only through CloudFront. Its execute-api endpoint is disabled and its
 * $default stage is mapped to a regional custom domain (ApiDomainName with a regional ACM certificate,
 * TLS 1.2), which is CloudFront's origin for /v1/*. The distribution has an AWS WAF web ACL from the
 * us-east-1 edge stack: rate limits per client IP (public API, staff API) and the AWS common rule set.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { EDGE_REGION, RATE_LIMITS, STAFF_API_PREFIX, publicApiPrefixes } from '../../infra/edge-stack.ts';
import { signOffSchema } from '../../lib/dispatch/schemas.ts';
import { allRoutes, routeKey } from '../../lib/wiring.ts';
import { SYNTH_TIMEOUT_MS, referencedLogicalId, resourcesOfType, synthesize, type Json, type Resource } from './infra-fixture.ts';

let synthesized: ReturnType<typeof synthesize>;
let stateless: ReturnType<typeof synthesize>['statelessTemplate'];

function only(type: string): [string, Resource] {
  const found = Object.entries(resourcesOfType(stateless, type));
  expect(found, type).toHaveLength(1);
  return found[0]!;
}

beforeAll(() => {
  synthesized = synthesize();
  stateless = synthesized.statelessTemplate;
}, SYNTH_TIMEOUT_MS);

describe('the HTTP API', () => {
  it('has its execute-api endpoint disabled', () => {
    const [, api] = only('AWS::ApiGatewayV2::Api');
    expect(api.Properties.DisableExecuteApiEndpoint).toBe(true);
  });

  it('answers on its regional custom domain (TLS 1.2), mapped to the $default stage', () => {
    const [domainId, domain] = only('AWS::ApiGatewayV2::DomainName');
    expect(domain.Properties.DomainName).toEqual({ Ref: 'ApiDomainName' });
    expect(domain.Properties.DomainNameConfigurations).toEqual([{ CertificateArn: { Ref: 'ApiCertificateArn' }, EndpointType: 'REGIONAL', SecurityPolicy: 'TLS_1_2' }]);
    const [, mapping] = only('AWS::ApiGatewayV2::ApiMapping');
    const [apiId] = only('AWS::ApiGatewayV2::Api');
    const [stageId, stage] = only('AWS::ApiGatewayV2::Stage');
    expect(referencedLogicalId(mapping.Properties.ApiId)).toBe(apiId);
    expect(referencedLogicalId(mapping.Properties.DomainName)).toBe(domainId);
    expect(mapping.Properties.Stage).toBe(stage.Properties.StageName);
    expect((mapping as Resource & { DependsOn?: string[] }).DependsOn).toContain(stageId);
    expect(mapping.Properties.ApiMappingKey).toBeUndefined();
  });

  it('takes the domain and its certificate as required parameters, and names the DNS target', () => {
    const { Parameters: parameters, Outputs: outputs } = stateless.toJSON() as { Parameters: Json; Outputs: Json };
    for (const name of ['ApiDomainName', 'ApiCertificateArn']) {
      expect(parameters[name].Type).toBe('String');
      expect(parameters[name].Default).toBeUndefined();
    }
    expect(new RegExp(parameters.ApiDomainName.AllowedPattern).test('api-origin.service.example.cn')).toBe(true);
    expect(new RegExp(parameters.ApiDomainName.AllowedPattern).test('https://api.example.cn')).toBe(false);
    expect(new RegExp(parameters.ApiCertificateArn.AllowedPattern).test('arn:aws:acm:ap-east-1:123456789012:certificate/0a1b2c3d-0000-4000-8000-0123456789ab')).toBe(true);
    const [domainId] = only('AWS::ApiGatewayV2::DomainName');
    expect(outputs.ApiOriginTarget.Value).toEqual({ 'Fn::GetAtt': [domainId, 'RegionalDomainName'] });
  });

  it('is reached by CloudFront under /v1/* on that domain, over HTTPS only', () => {
    const [, distribution] = only('AWS::CloudFront::Distribution');
    const config = distribution.Properties.DistributionConfig;
    const behaviour = config.CacheBehaviors.find((b: Json) => b.PathPattern === '/v1/*');
    const origin = config.Origins.find((o: Json) => o.Id === behaviour.TargetOriginId);
    expect(origin.DomainName).toEqual({ Ref: 'ApiDomainName' });
    expect(origin.CustomOriginConfig.OriginProtocolPolicy).toBe('https-only');
  });
});

describe('the web ACL', () => {
  let edge: ReturnType<typeof synthesize>['edgeTemplate'];
  let acl: Json;
  let aclId: string;
  const rule = (name: string) => acl.Rules.find((r: Json) => r.Name === name);
  const prefixesOf = (scope: Json): string[] =>
    (scope.OrStatement ? scope.OrStatement.Statements : [scope]).map((s: Json) => {
      expect(s.ByteMatchStatement).toMatchObject({ FieldToMatch: { UriPath: {} }, PositionalConstraint: 'STARTS_WITH' });
      return s.ByteMatchStatement.SearchString as string;
    });

  beforeAll(() => {
    edge = synthesized.edgeTemplate;
    const acls = Object.entries(resourcesOfType(edge, 'AWS::WAFv2::WebACL'));
    expect(acls).toHaveLength(1);
    [aclId, { Properties: acl }] = acls[0]! as [string, Resource];
  });

  it('lives in us-east-1, in a stack of its own, for CloudFront, allowing what no rule blocks', () => {
    expect(synthesized.edge.region).toBe(EDGE_REGION);
    expect(EDGE_REGION).toBe('us-east-1');
    expect(acl.Scope).toBe('CLOUDFRONT');
    expect(acl.DefaultAction).toEqual({ Allow: {} });
    expect(resourcesOfType(stateless, 'AWS::WAFv2::WebACL')).toEqual({});
  });

  it('is the distribution’s web ACL, by the WebAclArn parameter the edge stack’s output fills', () => {
    const [, distribution] = only('AWS::CloudFront::Distribution');
    expect(distribution.Properties.DistributionConfig.WebACLId).toEqual({ Ref: 'WebAclArn' });
    const { Parameters: parameters } = stateless.toJSON() as { Parameters: Json };
    expect(parameters.WebAclArn.Default).toBeUndefined();
    const pattern = new RegExp(parameters.WebAclArn.AllowedPattern);
    expect(pattern.test('arn:aws:wafv2:us-east-1:123456789012:global/webacl/elv-after-sales/0a1b2c3d-0000-4000-8000-0123456789ab')).toBe(true);
    expect(pattern.test('arn:aws:wafv2:ap-east-1:123456789012:regional/webacl/elv-after-sales/0a1b2c3d')).toBe(false);
    const { Outputs: outputs } = edge.toJSON() as { Outputs: Json };
    expect(outputs.WebAclArn.Value).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
  });

  it('limits each client IP on the public API routes, with a 429 in the API’s error shape', () => {
    const publicRate = rule('public-api-rate');
    expect(publicRate.Priority).toBe(0);
    expect(publicRate.Action.Block.CustomResponse.ResponseCode).toBe(429);
    const body = acl.CustomResponseBodies[publicRate.Action.Block.CustomResponse.CustomResponseBodyKey];
    expect(JSON.parse(body.Content)).toMatchObject({ error: { code: 'too_many_requests', fields: [] } });
    const statement = publicRate.Statement.RateBasedStatement;
    expect(statement).toMatchObject({ AggregateKeyType: 'IP', EvaluationWindowSec: 300, Limit: RATE_LIMITS.publicApi });
    const prefixes = prefixesOf(statement.ScopeDownStatement);
    expect(prefixes).toEqual(publicApiPrefixes());
    expect(prefixes).toEqual(expect.arrayContaining(['/v1/tickets', '/v1/health', '/v1/surveys', '/v1/statements']));
    for (const route of allRoutes()) {
      const covered = prefixes.some((prefix) => route.path.startsWith(prefix));
      expect(covered, routeKey(route)).toBe(route.auth === 'public');
    }
  });

  it('limits each client IP on the staff routes more loosely (an office shares one IP)', () => {
    const staffRate = rule('staff-api-rate');
    expect(staffRate.Statement.RateBasedStatement).toMatchObject({ AggregateKeyType: 'IP', Limit: RATE_LIMITS.staffApi });
    expect(RATE_LIMITS.staffApi).toBeGreaterThan(RATE_LIMITS.publicApi);
    expect(prefixesOf(staffRate.Statement.RateBasedStatement.ScopeDownStatement)).toEqual([STAFF_API_PREFIX]);
    for (const route of allRoutes()) expect(route.path.startsWith(STAFF_API_PREFIX), routeKey(route)).toBe(route.auth === 'staff');
  });

  it('runs the AWS common rule set after the rate limits, counting (not blocking) bodies over 8 KB only', () => {
    const common = rule('aws-common-rule-set');
    expect(common.Priority).toBeGreaterThan(rule('staff-api-rate').Priority);
    expect(common.OverrideAction).toEqual({ None: {} });
    expect(common.Statement.ManagedRuleGroupStatement).toMatchObject({ VendorName: 'AWS', Name: 'AWSManagedRulesCommonRuleSet' });
    expect(common.Statement.ManagedRuleGroupStatement.RuleActionOverrides).toEqual([{ Name: 'SizeRestrictions_BODY', ActionToUse: { Count: {} } }]);
    // Why: the sign-off's signature alone may be far over 8 KB, and the API bounds every body itself.
    expect(z.toJSONSchema(signOffSchema.shape.signaturePng).maxLength).toBeGreaterThan(8 * 1024);
  });

  it('logs blocked and counted requests to a WAF log group, without the bearer token', () => {
    const [, logging] = Object.entries(resourcesOfType(edge, 'AWS::WAFv2::LoggingConfiguration'))[0]!;
    expect(logging.Properties.ResourceArn).toEqual({ 'Fn::GetAtt': [aclId, 'Arn'] });
    expect(logging.Properties.RedactedFields).toEqual([{ SingleHeader: { Name: 'authorization' } }]);
    expect(logging.Properties.LoggingFilter.DefaultBehavior).toBe('DROP');
    const [groupId, group] = Object.entries(resourcesOfType(edge, 'AWS::Logs::LogGroup'))[0]!;
    expect(group.Properties.LogGroupName).toMatch(/^aws-waf-logs-/);
    const destination = JSON.stringify(logging.Properties.LogDestinationConfigs);
    expect(destination).toContain(`:log-group:",{"Ref":"${groupId}"}]]}]`); // no trailing `:*`
  });
});
