/**
 * The CDK app: a stateful stack (table, queues, user pool, secret) and a stateless one (functions, API,
 * triggers) built from the wiring manifest. `buildApp` lets tests build both in-process (with bundling
 * disabled); only running this file directly (`cdk synth` via cdk.json) synthesizes to cdk.out.
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { App, Validations } from 'aws-cdk-lib';
import { AwsSolutionsChecks } from 'cdk-nag';
import type { FunctionSpec } from '../lib/wiring.ts';
import { StatefulStack } from './stateful-stack.ts';
import { StatelessStack } from './stateless-stack.ts';

export const STATEFUL_STACK_NAME = 'ElvAfterSales-Stateful';
export const STATELESS_STACK_NAME = 'ElvAfterSales-Stateless';

/** Until the staff web app has its CloudFront URL (a later issue), only a local dev server may receive codes. */
const DEFAULT_STAFF_CALLBACK_URLS = ['http://localhost:5173/auth/callback'];

export interface BuildAppOptions {
  /** Replaces the manifest's functions (tests use this to exercise variants such as schedules). */
  functions?: Record<string, FunctionSpec>;
}

export function buildApp(app: App = new App(), options: BuildAppOptions = {}) {
  const tags = { project: 'elv-after-sales' };
  const stateful = new StatefulStack(app, STATEFUL_STACK_NAME, {
    description: 'ELV after-sales: table, queues, staff user pool, link-signing secret',
    terminationProtection: true,
    staffCallbackUrls: staffCallbackUrls(app),
    tags,
  });
  const stateless = new StatelessStack(app, STATELESS_STACK_NAME, {
    description: 'ELV after-sales: functions, HTTP API, queue triggers, schedules',
    table: stateful.table,
    queues: stateful.queues,
    userPool: stateful.userPool,
    userPoolClient: stateful.userPoolClient,
    linkSigningSecret: stateful.linkSigningSecret,
    tags,
    ...(options.functions ? { functions: options.functions } : {}),
  });
  return { app, stateful, stateless };
}

/** `-c staffCallbackUrls=https://a/cb,https://b/cb` or the `staffCallbackUrls` array in cdk.json. */
function staffCallbackUrls(app: App): string[] {
  const value: unknown = app.node.tryGetContext('staffCallbackUrls');
  if (Array.isArray(value)) return value.map(String);
  if (typeof value === 'string' && value.trim() !== '') return value.split(',').map((url) => url.trim());
  return DEFAULT_STAFF_CALLBACK_URLS;
}

function isMainModule(): boolean {
  const script = process.argv[1];
  return script !== undefined && realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
}

if (isMainModule()) {
  const { app } = buildApp();
  // cdk-nag as a synth-time validation: `cdk synth` fails on any unacknowledged AwsSolutions finding.
  Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  app.synth();
}
