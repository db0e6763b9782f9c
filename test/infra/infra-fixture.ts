/**
 * Builds the CDK app in-process (bundling disabled, so no esbuild runs) with the same context as
 * `cdk synth` (cdk.json), and small readers over the synthesized templates shared by the infra tests.
 */
import { readFileSync } from 'node:fs';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { buildApp, type BuildAppOptions } from '../../infra/app.ts';
import { ensureWebBuilt } from '../../scripts/build-web.ts';
import { QUEUE_TAG } from '../../infra/stateful-stack.ts';
import { FUNCTION_TAG } from '../../infra/service-function.ts';
import { FUNCTION_NAMES, functionSpec, type FunctionSpec } from '../../lib/wiring.ts';

/** Synthesis takes a few seconds (aws-cdk-lib loading dominates); used as the beforeAll timeout. */
export const SYNTH_TIMEOUT_MS = 60_000;

/** CloudFormation JSON: its shape depends on the resource type, so readers index into it freely. */
export type Json = any;
export interface Resource {
  Type: string;
  Properties?: Json;
  DeletionPolicy?: string;
  UpdateReplacePolicy?: string;
}

export interface TestAppOptions {
  /**
   * CDK's built-in CloudFormation template validation (on in `cdk synth`). It costs seconds per synth,
   * so only the nag test, which checks the deployed manifest as a whole, turns it on.
   */
  cloudFormationValidation?: boolean;
}

export function testApp({ cloudFormationValidation = false }: TestAppOptions = {}): App {
  const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as { context?: object };
  return new App({
    context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] },
    builtinCloudFormationValidation: cloudFormationValidation,
    stackTraces: false,
  });
}

export function synthesize(options: BuildAppOptions = {}, appOptions: TestAppOptions = {}) {
  // The BucketDeployment stages web/dist: build it when missing (no bundling of functions here).
  const built = buildApp(testApp(appOptions), { webAssetDir: ensureWebBuilt(), ...options });
  const assembly = built.app.synth();
  return {
    ...built,
    statefulTemplate: Template.fromJSON(assembly.getStackByName(built.stateful.stackName).template),
    statelessTemplate: Template.fromJSON(assembly.getStackByName(built.stateless.stackName).template),
    edgeTemplate: Template.fromJSON(assembly.getStackByName(built.edge.stackName).template),
  };
}

/** The manifest as a plain record, plus what the real manifest does not have yet. */
export function manifestFunctions(): Record<string, FunctionSpec> {
  return Object.fromEntries(FUNCTION_NAMES.map((name) => [name, functionSpec(name)]));
}

/**
 * A variant manifest: the real one plus a read-only function on a schedule (the shape the SLA sweep
 * will have). It reuses an existing handler module, since only the wiring is under test.
 */
export function variantFunctions(): Record<string, FunctionSpec> {
  return {
    ...manifestFunctions(),
    'test-sla-sweep': {
      entry: functionSpec('intake-acknowledge').entry,
      description: 'Test double: scheduled read-only sweep',
      timeoutSeconds: 60,
      memoryMb: 256,
      access: { table: 'read', sendsEmail: false, signsLinks: false, customerData: false },
      schedules: [{ name: 'sweep', expression: 'rate(1 minute)' }],
    },
  };
}

export function resourcesOfType(template: Template, type: string): Record<string, Resource> {
  return template.findResources(type) as Record<string, Resource>;
}

function tagValue(resource: Resource, key: string): string | undefined {
  const tags = (resource.Properties?.Tags ?? []) as Array<{ Key: string; Value: string }>;
  return tags.find((tag) => tag.Key === key)?.Value;
}

/** Logical ids of resources of `type` by the value of their `tag`. */
export function logicalIdsByTag(template: Template, type: string, tag: string): Record<string, string[]> {
  const byValue: Record<string, string[]> = {};
  for (const [logicalId, resource] of Object.entries(resourcesOfType(template, type))) {
    const value = tagValue(resource, tag);
    if (value !== undefined) (byValue[value] ??= []).push(logicalId);
  }
  return byValue;
}

export function lambdaLogicalIds(template: Template): Record<string, string[]> {
  return logicalIdsByTag(template, 'AWS::Lambda::Function', FUNCTION_TAG);
}

export function queueLogicalIds(template: Template): Record<string, string[]> {
  return logicalIdsByTag(template, 'AWS::SQS::Queue', QUEUE_TAG);
}

/** The one logical id a manifest name maps to; fails loudly on none or several. */
export function single(ids: Record<string, string[]>, name: string): string {
  const found = ids[name] ?? [];
  if (found.length !== 1) throw new Error(`expected exactly one resource for ${name}, found ${found.length}`);
  return found[0]!;
}

/** `{ Ref: X }` or `{ 'Fn::GetAtt': [X, ...] }` → X. */
export function referencedLogicalId(value: Json): string | undefined {
  if (value && typeof value === 'object') {
    if (typeof value.Ref === 'string') return value.Ref;
    if (Array.isArray(value['Fn::GetAtt'])) return value['Fn::GetAtt'][0];
  }
  return undefined;
}

/**
 * Follows a cross-stack reference in the consumer (`Fn::GetStackOutput` for weak references,
 * `Fn::ImportValue` for exports) to the producer's output value, e.g. `{ 'Fn::GetAtt': ['Queue', 'Arn'] }`.
 */
export function producerValue(value: Json, producer: Template): Json {
  const outputs = producer.toJSON().Outputs as Record<string, { Value: Json; Export?: { Name: string } }>;
  const stackOutput = value?.['Fn::GetStackOutput'];
  if (stackOutput) return outputs[stackOutput.OutputName]?.Value;
  const importName = value?.['Fn::ImportValue'];
  if (importName) return Object.values(outputs).find((output) => output.Export?.Name === importName)?.Value;
  return undefined;
}

/** The producer's logical id behind a cross-stack reference. */
export function crossStackLogicalId(value: Json, producer: Template): string | undefined {
  return referencedLogicalId(producerValue(value, producer));
}

export interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: Json;
}

/** Every statement of every policy attached to the execution role of the Lambda `functionLogicalId`. */
export function roleStatements(template: Template, functionLogicalId: string): Statement[] {
  const lambda = resourcesOfType(template, 'AWS::Lambda::Function')[functionLogicalId];
  const roleId = referencedLogicalId(lambda?.Properties?.Role);
  if (!roleId) throw new Error(`${functionLogicalId} has no role in this template`);
  const role = resourcesOfType(template, 'AWS::IAM::Role')[roleId];
  const inline = ((role?.Properties?.Policies ?? []) as Array<{ PolicyDocument: Json }>).flatMap(
    (policy) => policy.PolicyDocument.Statement as Statement[],
  );
  const attached = Object.values(resourcesOfType(template, 'AWS::IAM::Policy'))
    .filter((policy) => (policy.Properties.Roles as Json[]).some((ref) => ref?.Ref === roleId))
    .flatMap((policy) => policy.Properties.PolicyDocument.Statement as Statement[]);
  return [...inline, ...attached];
}

export function actionsOf(statements: Statement[]): string[] {
  return statements.flatMap((statement) => (Array.isArray(statement.Action) ? statement.Action : [statement.Action]));
}

export function resourcesOf(statement: Statement): Json[] {
  return Array.isArray(statement.Resource) ? statement.Resource : [statement.Resource];
}
