/**
 * The CDK app: a stateful stack (table, queues, user pool, secret), a stateless one (functions, API,
 * triggers) built from the wiring manifest, and the edge stack (the CloudFront web ACL, in
 * us-east-1). `buildApp` lets tests build them in-process (with bundling disabled); only running
 * this file directly (`cdk synth` via cdk.json) synthesizes to cdk.out.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { FunctionSpec } from '../lib/wiring.ts';
import { StatefulStack } from './stateful-stack.ts';
import { StatelessStack } from './stateless-stack.ts';
import { EdgeStack } from './edge-stack.ts';
import { buildWeb, ensureWebBuilt } from '../scripts/build-web.ts';

export const STATEFUL_STACK_NAME = 'ElvAfterSales-Stateful';
export const STATELESS_STACK_NAME = 'ElvAfterSales-Stateless';
export const EDGE_STACK_NAME = 'ElvAfterSales-Edge';

export interface BuildAppOptions {
  /** Replaces the manifest's functions (tests use this to exercise variants such as schedules). */
  functions?: Record<string, FunctionSpec>;
  /** The built web app to deploy; web/dist, built when missing (`cdk synth` always rebuilds it first). */
  webAssetDir?: string;
}

export function buildApp(app: App = new App(), options: BuildAppOptions = {}) {
  const tags = { project: 'elv-after-sales' };
  const stateful = new StatefulStack(app, STATEFUL_STACK_NAME, {
    description: 'ELV after-sales: table, queues, staff user pool, link-signing secret',
    terminationProtection: true,
    tags,
  });
  const stateless = new StatelessStack(app, STATELESS_STACK_NAME, {
    description: 'ELV after-sales: functions, HTTP API, queue triggers, schedules, web hosting (S3 + CloudFront)',
    table: stateful.table,
    queues: stateful.queues,
    userPool: stateful.userPool,
    userPoolDomain: stateful.userPoolDomain,
    linkSigningSecret: stateful.linkSigningSecret,
    customerDataKey: stateful.customerDataKey,
    mailConfigurationSetName: stateful.mailConfigurationSet.configurationSetName,
    operationsTopic: stateful.operationsTopic,
    scheduleDlq: stateful.scheduleDlq,
    webAssetDir: options.webAssetDir ?? ensureWebBuilt(),
    staffCallbackUrls: staffCallbackUrls(app),
    ...webDomain(app),
    tags,
    ...(options.functions ? { functions: options.functions } : {}),
  });
  // In us-east-1 whatever the other stacks' region; the stateless stack takes its ARN as WebAclArn.
  const edge = new EdgeStack(app, EDGE_STACK_NAME, {
    description: 'ELV after-sales: the CloudFront web ACL (AWS WAF), which must live in us-east-1',
    tags,
  });
  return { app, stateful, stateless, edge };
}

/**
 * More Cognito callback URLs for the staff form besides the distribution's own `/staff/`:
 * `-c staffCallbackUrls=https://a/staff/,https://b/staff/` or the `staffCallbackUrls` array in cdk.json.
 */
function staffCallbackUrls(app: App): string[] {
  const value: unknown = app.node.tryGetContext('staffCallbackUrls');
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' && value.trim() !== '') return value.split(',').map((url) => url.trim());
  return [];
}

/** `-c webDomainName=service.example.cn -c webCertificateArn=arn:aws:acm:us-east-1:...`: a custom domain (TLS 1.2+ only). */
function webDomain(app: App): { webDomain?: { name: string; certificateArn: string } } {
  const name: unknown = app.node.tryGetContext('webDomainName');
  const certificateArn: unknown = app.node.tryGetContext('webCertificateArn');
  return typeof name === 'string' && name && typeof certificateArn === 'string' && certificateArn ? { webDomain: { name, certificateArn } } : {};
}

function isMainModule(): boolean {
  const script = process.argv[1];
  return script !== undefined && realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
}

if (isMainModule()) {
  buildWeb(); // what gets deployed is what web/ holds now
  const { app } = buildApp();
  // cdk-nag as a synth-time validation: `cdk synth` fails on any unacknowledged AwsSolutions or Serverless finding.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app), new ServerlessChecks(app));
  app.synth();
}
