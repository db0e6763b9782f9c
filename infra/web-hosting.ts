/**
 * The web app in AWS: the built files of web/ in a private S3 bucket behind CloudFront (origin access
 * control), the HTTP API behind the same distribution under /v1/* (so the pages call the API on their
 * own origin: no CORS), security headers on every response, and the staff app's Cognito client whose
 * callback is this distribution. `config.json`, deployed next to the app, tells the staff app where
 * the Cognito hosted UI is (authorization code + PKCE).
 */
import { CfnOutput, DefaultStackSynthesizer, Duration, RemovalPolicy, Stack, Validations } from 'aws-cdk-lib';
import type { ICertificate } from 'aws-cdk-lib/aws-certificatemanager';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  SecurityPolicyProtocol,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { OAuthScope, UserPoolClient, UserPoolClientIdentityProvider, type IUserPool, type UserPoolDomain } from 'aws-cdk-lib/aws-cognito';
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership, type CfnBucket } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, Source } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct, type IConstruct } from 'constructs';
import { OPENAPI_PATH } from '../lib/wiring.ts';

export interface WebHostingProps {
  /** The HTTP API's custom domain name, the origin of /v1/* (its execute-api endpoint is disabled). */
  apiOriginDomain: string;
  /** The AWS WAF web ACL of the distribution (infra/edge-stack.ts, in us-east-1). */
  webAclArn: string;
  userPool: IUserPool;
  /** The Cognito hosted-UI domain of the user pool (stateful stack). */
  userPoolDomain: UserPoolDomain;
  /** The built web app (scripts/build-web.ts → web/dist). */
  assetDir: string;
  /** More places Cognito may send the code to (a custom domain, say): full URLs. */
  extraCallbackUrls?: string[];
  /** Optional custom domain: its name and an ACM certificate in us-east-1. */
  domain?: { name: string; certificate: ICertificate };
}

/** `/staff/` and `/staff` → `/staff/index.html`; S3 behind OAC has no index documents of its own. */
const INDEX_REWRITE = `function handler(event) {
  var request = event.request;
  var uri = request.uri;
  if (uri.endsWith('/')) request.uri = uri + 'index.html';
  else if (uri === '/staff') request.uri = '/staff/index.html';
  return request;
}`;

export class WebHosting extends Construct {
  readonly bucket: Bucket;
  readonly logs: Bucket;
  readonly distribution: Distribution;
  readonly client: UserPoolClient;
  /** `https://<distribution or custom domain>`: where the pages are and what customer links point at. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: WebHostingProps) {
    super(scope, id);
    const stack = Stack.of(this);

    this.logs = new Bucket(this, 'Logs', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // CloudFront standard logs are delivered with an ACL grant: the log bucket needs ACLs enabled.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      versioned: true,
      lifecycleRules: [{ expiration: Duration.days(90), noncurrentVersionExpiration: Duration.days(7) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.bucket = new Bucket(this, 'Site', {
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      versioned: true,
      lifecycleRules: [{ noncurrentVersionExpiration: Duration.days(30) }],
      serverAccessLogsBucket: this.logs,
      serverAccessLogsPrefix: 'site-bucket/',
      // Only built files, rebuilt by every deploy; kept on stack deletion like every bucket here.
      removalPolicy: RemovalPolicy.RETAIN,
    });

    const hostedUi = props.userPoolDomain.baseUrl();
    const headers = new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'ELV after-sales web: security headers',
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: [
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' data:",
            // The staff app exchanges the authorization code at the Cognito token endpoint.
            `connect-src 'self' ${hostedUi}`,
            "font-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors 'none'",
          ].join('; '),
          override: true,
        },
        strictTransportSecurity: { accessControlMaxAge: Duration.days(730), includeSubdomains: true, override: true },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN, override: true },
      },
    });

    const siteOrigin = S3BucketOrigin.withOriginAccessControl(this.bucket);
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'ELV after-sales: staff form, customer pages and /v1 API',
      webAclId: props.webAclArn,
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      // Edges in Hong Kong, Taiwan, Japan and Singapore are the ones close to the customers.
      priceClass: PriceClass.PRICE_CLASS_ALL,
      // TLS 1.2+ for viewers needs a certificate of our own; the default *.cloudfront.net one is fixed by CloudFront.
      ...(props.domain ? { domainNames: [props.domain.name], certificate: props.domain.certificate, minimumProtocolVersion: SecurityPolicyProtocol.TLS_V1_2_2021 } : {}),
      enableLogging: true,
      logBucket: this.logs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: siteOrigin,
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        compress: true,
        functionAssociations: [
          {
            eventType: FunctionEventType.VIEWER_REQUEST,
            function: new CloudFrontFunction(this, 'IndexRewrite', { code: FunctionCode.fromInline(INDEX_REWRITE), runtime: FunctionRuntime.JS_2_0, comment: 'directory URLs to index.html' }),
          },
        ],
      },
      additionalBehaviors: {
        // The OpenAPI document is a file in the bucket (built with the web app); listed before /v1/* so it wins.
        [OPENAPI_PATH]: {
          origin: siteOrigin,
          viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
          allowedMethods: AllowedMethods.ALLOW_GET_HEAD,
          cachePolicy: CachePolicy.CACHING_OPTIMIZED,
          responseHeadersPolicy: headers,
          compress: true,
        },
        '/v1/*': {
          origin: new HttpOrigin(props.apiOriginDomain, { protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY, originSslProtocols: [OriginSslPolicy.TLS_V1_2] }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Every API answer is per request (and personal): never cached at the edge.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // Authorization, Accept-Language, Idempotency-Key and the query string reach the API; Host is the API's own.
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: headers,
          compress: true,
        },
      },
    });
    acknowledgeDistribution(this.distribution, Boolean(props.domain));

    const domainName = props.domain?.name ?? this.distribution.distributionDomainName;
    this.url = `https://${domainName}`;
    const staffUrl = `${this.url}/staff/`;

    // In this stack (not the user pool's): its callback is this distribution, and the API's authorizer checks its id.
    this.client = new UserPoolClient(this, 'StaffWebClient', {
      userPool: props.userPool,
      // A browser app cannot keep a secret; PKCE protects the code exchange instead.
      generateSecret: false,
      authFlows: { userSrp: true },
      oAuth: {
        flows: { authorizationCodeGrant: true },
        scopes: [OAuthScope.OPENID, OAuthScope.EMAIL, OAuthScope.PROFILE],
        callbackUrls: [staffUrl, ...(props.extraCallbackUrls ?? [])],
        logoutUrls: [staffUrl, ...(props.extraCallbackUrls ?? [])],
      },
      supportedIdentityProviders: [UserPoolClientIdentityProvider.COGNITO],
      preventUserExistenceErrors: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      // One working day; a stolen refresh token is also revocable (token revocation is on by default).
      refreshTokenValidity: Duration.hours(12),
    });

    new BucketDeployment(this, 'Deploy', {
      destinationBucket: this.bucket,
      sources: [
        Source.asset(props.assetDir),
        Source.jsonData('config.json', {
          auth: { mode: 'cognito', domain: hostedUi, clientId: this.client.userPoolClientId, redirectUri: staffUrl, logoutUri: staffUrl, scopes: ['openid', 'email', 'profile'] },
        }),
      ],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
      prune: true,
    });
    acknowledgeDeploymentProvider(stack, this.bucket);

    new CfnOutput(this, 'WebUrl', { value: this.url, description: 'Staff form at /staff/, report page at /report.html' });
    new CfnOutput(this, 'UserPoolClientId', { value: this.client.userPoolClientId, description: 'Cognito app client of the staff form' });
  }
}

function acknowledgeDistribution(distribution: Distribution, customDomain: boolean): void {
  const validations = Validations.of(distribution);
  validations.acknowledge({
    id: 'AwsSolutions-CFR1',
    reason:
      'No geo restriction: customers report faults from wherever their sites are and staff travel; every public ' +
      'route is throttled, validated and idempotent, and ticket data is only readable through signed links or a staff JWT.',
  });
  if (!customDomain) {
    validations.acknowledge({
      id: 'AwsSolutions-CFR4',
      reason:
        'Without a custom domain the distribution uses the default *.cloudfront.net certificate, for which CloudFront ' +
        'fixes the viewer security policy (TLSv1); the origin side is TLS 1.2 only. Deploying with -c webDomainName and ' +
        '-c webCertificateArn serves TLS 1.2+ only (TLSv1.2_2021).',
    });
  }
}

/**
 * CDK's BucketDeployment provider (a singleton Lambda at the stack's root, outside this construct):
 * its findings are acknowledged where they are, one granular finding at a time.
 */
function acknowledgeDeploymentProvider(stack: Stack, siteBucket: Bucket): void {
  const providers = stack.node.children.filter((child: IConstruct) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
  const siteBucketId = stack.getLogicalId(siteBucket.node.defaultChild as CfnBucket);
  const assetBucket = `arn:<AWS::Partition>:s3:::cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-<AWS::AccountId>-<AWS::Region>/*`;
  const wildcards = ['Action::s3:GetBucket*', 'Action::s3:GetObject*', 'Action::s3:List*', 'Action::s3:Abort*', 'Action::s3:DeleteObject*', `Resource::${assetBucket}`, `Resource::<${siteBucketId}.Arn>/*`, 'Resource::*'];
  for (const target of providers) {
    const validations = Validations.of(target);
    validations.acknowledge({
      id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      reason:
        "CDK's BucketDeployment provider runs with the AWS managed AWSLambdaBasicExecutionRole (CloudWatch Logs only); " +
        'it is created and maintained by aws-cdk-lib and only copies the built web app into the site bucket at deploy time.',
    });
    for (const wildcard of wildcards) {
      validations.acknowledge({
        id: `AwsSolutions-IAM5[${wildcard}]`,
        reason:
          'Generated by aws-cdk-lib for the BucketDeployment provider: object-level wildcards on the CDK asset bucket ' +
          '(read the zipped web app) and on the site bucket only (write, prune), and cloudfront:CreateInvalidation / ' +
          'GetInvalidation, which take no resource narrower than *. It runs only during deployments.',
      });
    }
    const providerRuntime =
      "The BucketDeployment provider's runtime is chosen by aws-cdk-lib (it bundles the AWS CLI layer for that " +
      'runtime); it runs only during deployments and is updated with aws-cdk-lib.';
    validations.acknowledge({ id: 'AwsSolutions-L1', reason: providerRuntime });
    validations.acknowledge({ id: 'Serverless-LambdaLatestVersion', reason: providerRuntime });
    validations.acknowledge({
      id: 'Serverless-LambdaDLQ',
      reason: 'The BucketDeployment provider is a CloudFormation custom resource, invoked synchronously during a deployment; a failure fails and rolls back the deployment.',
    });
    validations.acknowledge({
      id: 'Serverless-LambdaTracing',
      reason: 'The BucketDeployment provider (aws-cdk-lib) copies the web app to S3 during deployments only; there is nothing to trace in production traffic.',
    });
  }
}
