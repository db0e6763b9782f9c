/**
 * The edge: the API answers only through CloudFront. Its execute-api endpoint is disabled and its
 * $default stage is mapped to a regional custom domain (ApiDomainName with a regional ACM certificate,
 * TLS 1.2), which is CloudFront's origin for /v1/*.
 */
import { beforeAll, describe, expect, it } from 'vitest';
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
