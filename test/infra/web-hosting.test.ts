/**
 * The web app's hosting: a private, encrypted, versioned, access-logged bucket readable only by the
 * distribution (OAC); CloudFront with the API under /v1/* (never cached, every viewer header but Host
 * forwarded, HTTPS to the origin with TLS 1.2), security headers, directory index rewriting; the
 * built app deployed with its config.json; the staff app client calling back to the distribution;
 * customer links pointing at the distribution.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { SYNTH_TIMEOUT_MS, referencedLogicalId, resourcesOfType, synthesize, type Json, type Resource } from './infra-fixture.ts';
import { OPENAPI_PATH, allRoutes } from '../../lib/wiring.ts';

const CACHING_DISABLED = '4135ea2d-6df8-44a3-9df3-4b5a84be39ad';
const ALL_VIEWER_EXCEPT_HOST_HEADER = 'b689b0a8-53d0-40ab-baf2-68738e2966ac';

let stateless: ReturnType<typeof synthesize>['statelessTemplate'];
let stateful: ReturnType<typeof synthesize>['statefulTemplate'];
let distribution: Json;
let distributionId: string;

function only(template: typeof stateless, type: string): [string, Resource] {
  const found = Object.entries(resourcesOfType(template, type));
  expect(found, type).toHaveLength(1);
  return found[0]!;
}

beforeAll(() => {
  ({ statelessTemplate: stateless, statefulTemplate: stateful } = synthesize());
  const [id, resource] = only(stateless, 'AWS::CloudFront::Distribution');
  distributionId = id;
  distribution = resource.Properties.DistributionConfig;
}, SYNTH_TIMEOUT_MS);

describe('the site bucket', () => {
  it('is private, encrypted, versioned, access-logged, TLS-only and readable only by the distribution', () => {
    const site = Object.entries(resourcesOfType(stateless, 'AWS::S3::Bucket')).find(([, bucket]) => bucket.Properties.LoggingConfiguration);
    expect(site).toBeDefined();
    const [siteId, bucket] = site!;
    expect(bucket.Properties.PublicAccessBlockConfiguration).toEqual({ BlockPublicAcls: true, BlockPublicPolicy: true, IgnorePublicAcls: true, RestrictPublicBuckets: true });
    expect(bucket.Properties.BucketEncryption.ServerSideEncryptionConfiguration[0].ServerSideEncryptionByDefault.SSEAlgorithm).toBe('AES256');
    expect(bucket.Properties.VersioningConfiguration).toEqual({ Status: 'Enabled' });
    expect(bucket.Properties.WebsiteConfiguration).toBeUndefined();

    const policy = Object.values(resourcesOfType(stateless, 'AWS::S3::BucketPolicy')).find((p) => referencedLogicalId(p.Properties.Bucket) === siteId)!;
    const statements = policy.Properties.PolicyDocument.Statement as Json[];
    expect(statements).toContainEqual(expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }));
    const allows = statements.filter((s) => s.Effect === 'Allow');
    expect(allows).toHaveLength(1);
    expect(allows[0].Principal).toEqual({ Service: 'cloudfront.amazonaws.com' });
    expect(allows[0].Action).toBe('s3:GetObject');
    expect(JSON.stringify(allows[0].Condition)).toContain(distributionId);
    expect(JSON.stringify(statements)).not.toMatch(/"Principal":"\*"|"AWS":"\*"[^}]*"Effect":"Allow"/);
  });
});

describe('the distribution', () => {
  it('serves the app over HTTPS from S3 through origin access control, index.html at the root and in directories', () => {
    expect(distribution.DefaultRootObject).toBe('index.html');
    expect(distribution.DefaultCacheBehavior.ViewerProtocolPolicy).toBe('redirect-to-https');
    const s3Origin = distribution.Origins.find((o: Json) => o.Id === distribution.DefaultCacheBehavior.TargetOriginId);
    expect(s3Origin.OriginAccessControlId).toBeDefined();
    expect(s3Origin.S3OriginConfig.OriginAccessIdentity).toBe('');
    const [rewriteId, rewrite] = only(stateless, 'AWS::CloudFront::Function');
    expect(distribution.DefaultCacheBehavior.FunctionAssociations).toEqual([{ EventType: 'viewer-request', FunctionARN: { 'Fn::GetAtt': [rewriteId, 'FunctionARN'] } }]);
    expect(rewrite.Properties.FunctionCode).toContain("request.uri = uri + 'index.html'");
    expect(distribution.Logging.Prefix).toBe('cloudfront/');
  });

  it('routes /v1/* to the HTTP API: every method, never cached, all viewer headers but Host, HTTPS with TLS 1.2 to the origin', () => {
    const api = distribution.CacheBehaviors.find((b: Json) => b.PathPattern === '/v1/*');
    expect(api).toBeDefined();
    expect(api.CachePolicyId).toBe(CACHING_DISABLED);
    expect(api.OriginRequestPolicyId).toBe(ALL_VIEWER_EXCEPT_HOST_HEADER);
    expect(api.ViewerProtocolPolicy).toBe('https-only');
    expect(api.AllowedMethods).toEqual(expect.arrayContaining(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']));
    const origin = distribution.Origins.find((o: Json) => o.Id === api.TargetOriginId);
    expect(origin.CustomOriginConfig).toMatchObject({ OriginProtocolPolicy: 'https-only', OriginSSLProtocols: ['TLSv1.2'] });
    // The API's custom domain: its execute-api endpoint is disabled (test/infra/edge.test.ts).
    expect(origin.DomainName).toEqual({ Ref: 'ApiDomainName' });
  });

  it('serves the OpenAPI document from the bucket, matched before /v1/*', () => {
    const patterns = distribution.CacheBehaviors.map((b: Json) => b.PathPattern);
    expect(patterns.indexOf(OPENAPI_PATH)).toBeGreaterThanOrEqual(0);
    expect(patterns.indexOf(OPENAPI_PATH)).toBeLessThan(patterns.indexOf('/v1/*'));
    const document = distribution.CacheBehaviors.find((b: Json) => b.PathPattern === OPENAPI_PATH);
    expect(document.TargetOriginId).toBe(distribution.DefaultCacheBehavior.TargetOriginId);
    expect(document.AllowedMethods.sort()).toEqual(['GET', 'HEAD']);
    expect(allRoutes().some((route) => route.path === OPENAPI_PATH)).toBe(false);
  });

  it('adds the security headers (CSP without inline script, HSTS, nosniff, no framing) to pages and API answers', () => {
    const [policyId, policy] = only(stateless, 'AWS::CloudFront::ResponseHeadersPolicy');
    expect(distribution.DefaultCacheBehavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    for (const behavior of distribution.CacheBehaviors) expect(behavior.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
    const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    const csp = JSON.stringify(headers.ContentSecurityPolicy.ContentSecurityPolicy);
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain('.amazoncognito.com'); // the token endpoint of the hosted UI
    expect(headers.StrictTransportSecurity.AccessControlMaxAgeSec).toBeGreaterThanOrEqual(31_536_000);
    expect(headers.ContentTypeOptions.Override).toBe(true);
    expect(headers.FrameOptions.FrameOption).toBe('DENY');
  });
});

describe('deployment and sign-in', () => {
  it('deploys the built app and its config.json to the site bucket and invalidates the distribution', () => {
    const [, deployment] = only(stateless, 'Custom::CDKBucketDeployment');
    expect(deployment.Properties.DistributionId).toEqual({ Ref: distributionId });
    expect(deployment.Properties.DistributionPaths).toEqual(['/*']);
    expect(deployment.Properties.SourceObjectKeys).toHaveLength(2); // web/dist and config.json
    expect(JSON.stringify(deployment.Properties.SourceMarkers)).toContain('StaffWebClient');
  });

  it('signs staff in through the Cognito hosted UI: a domain on the pool, a public PKCE client calling back to /staff/', () => {
    const [, domain] = only(stateful, 'AWS::Cognito::UserPoolDomain');
    expect(JSON.stringify(domain.Properties.Domain)).toContain('elv-after-sales-');
    const [clientId, client] = only(stateless, 'AWS::Cognito::UserPoolClient');
    expect(resourcesOfType(stateful, 'AWS::Cognito::UserPoolClient')).toEqual({});
    expect(client.Properties).toMatchObject({ AllowedOAuthFlows: ['code'], GenerateSecret: false, SupportedIdentityProviders: ['COGNITO'] });
    expect(client.Properties.CallbackURLs).toEqual([{ 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }, '/staff/']] }]);
    expect(client.Properties.CallbackURLs.some((url: Json) => JSON.stringify(url).includes('localhost'))).toBe(false);
    const authorizers = Object.values(resourcesOfType(stateless, 'AWS::ApiGatewayV2::Authorizer'));
    expect(authorizers.map((a) => a.Properties.JwtConfiguration.Audience)).toEqual([[{ Ref: clientId }]]);
  });

  it('points customer links (status, survey, statement pages) at the distribution unless PublicBaseUrl is set', () => {
    const lambdas = Object.values(resourcesOfType(stateless, 'AWS::Lambda::Function')).filter((f) => f.Properties.Environment?.Variables?.PUBLIC_BASE_URL);
    expect(lambdas.length).toBeGreaterThan(0);
    for (const lambda of lambdas) {
      expect(lambda.Properties.Environment.Variables.PUBLIC_BASE_URL).toEqual({
        'Fn::If': ['PublicBaseUrlIsEmpty', { 'Fn::Join': ['', ['https://', { 'Fn::GetAtt': [distributionId, 'DomainName'] }]] }, { Ref: 'PublicBaseUrl' }],
      });
    }
  });
});
