/**
 * Least privilege: each function's execution role allows what its manifest `access` declares and
 * nothing more (the staff-record editor alone may disable, sign out and regroup the pool's users).
 * Runs on the real manifest and on a variant with a read-only function (the real
 * manifest has none yet), so every access level is exercised.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FunctionSpec } from '../../lib/wiring.ts';
import { STAFF_IDENTITY_ACTIONS } from '../../infra/service-function.ts';
import {
  SYNTH_TIMEOUT_MS,
  actionsOf,
  lambdaLogicalIds,
  manifestFunctions,
  resourcesOf,
  roleStatements,
  single,
  synthesize,
  variantFunctions,
  type Statement,
} from './infra-fixture.ts';

const TABLE_WRITE_ACTIONS = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem'];
const SECRET_READ_ACTIONS = ['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'];

describe.each([
  ['the deployed wiring manifest', manifestFunctions(), () => synthesize()],
  ['a manifest variant with a read-only function', variantFunctions(), () => synthesize({ functions: variantFunctions() })],
] as const)('grants on %s', (_label, functions: Record<string, FunctionSpec>, build) => {
  let synthesized: ReturnType<typeof synthesize>;
  const statementsByFunction: Record<string, Statement[]> = {};
  const names = Object.keys(functions);

  beforeAll(() => {
    synthesized = build();
    const lambdaIds = lambdaLogicalIds(synthesized.statelessTemplate);
    for (const name of names) {
      statementsByFunction[name] = roleStatements(synthesized.statelessTemplate, single(lambdaIds, name));
    }
  }, SYNTH_TIMEOUT_MS);

  const actions = (name: string) => actionsOf(statementsByFunction[name]!);
  const statementsWith = (name: string, action: string) =>
    statementsByFunction[name]!.filter((statement) => actionsOf([statement]).includes(action));

  it.each(names)('%s: may not send to any queue (events leave through the outbox and the stream)', (name) => {
    expect(actions(name)).not.toContain('sqs:SendMessage');
    expect(statementsWith(name, 'sqs:SendMessage')).toEqual([]);
  });

  it.each(names)('%s: SES only if sendsEmail, and only as the sender identity through the configuration set', (name) => {
    const ses = actions(name).filter((action) => action.startsWith('ses:'));
    if (!functions[name]!.access.sendsEmail) {
      expect(ses).toEqual([]);
      return;
    }
    expect(ses.sort()).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
    const rendered = statementsWith(name, 'ses:SendEmail').flatMap(resourcesOf).map((arn) => JSON.stringify(arn));
    expect(rendered).toHaveLength(3);
    for (const arn of rendered) expect(arn).not.toContain('*');
    const identities = rendered.filter((arn) => arn.includes(':identity/'));
    expect(identities).toHaveLength(2);
    for (const arn of identities) expect(arn).toContain('{"Ref":"SenderEmail"}');
    expect(rendered.filter((arn) => arn.includes(':configuration-set/'))).toHaveLength(1);
  });

  it.each(names)('%s: table actions match its table access', (name) => {
    const dynamo = actions(name).filter((action) => action.startsWith('dynamodb:'));
    switch (functions[name]!.access.table) {
      case 'none':
        expect(dynamo).toEqual([]);
        break;
      case 'read':
        expect(dynamo).toContain('dynamodb:GetItem');
        for (const write of TABLE_WRITE_ACTIONS) expect(dynamo).not.toContain(write);
        break;
      case 'readWrite':
        for (const write of TABLE_WRITE_ACTIONS) expect(dynamo).toContain(write);
        break;
    }
    // No request path may scan the table, and no wildcard action slips in.
    expect(dynamo).not.toContain('dynamodb:Scan');
    expect(dynamo.filter((action) => action.includes('*'))).toEqual([]);
  });

  it.each(names)('%s: reads the link-signing secret only if signsLinks', (name) => {
    const readsSecret = actions(name).some((action) => SECRET_READ_ACTIONS.includes(action));
    expect(readsSecret).toBe(functions[name]!.access.signsLinks);
  });

  it.each(names)('%s: acts on staff users (disable, enable, global sign-out, groups) only if managesStaffIdentities, on the staff user pool only', (name) => {
    const cognito = actions(name).filter((action) => action.startsWith('cognito-idp:'));
    if (!functions[name]!.access.managesStaffIdentities) {
      expect(cognito).toEqual([]);
      return;
    }
    expect(cognito.sort()).toEqual([...STAFF_IDENTITY_ACTIONS].sort());
    const rendered = statementsWith(name, 'cognito-idp:AdminDisableUser').flatMap(resourcesOf).map((arn) => JSON.stringify(arn));
    expect(rendered).toHaveLength(1);
    expect(rendered[0]).not.toContain('*');
    expect(rendered[0]).toContain('StaffUserPool');
  });

  it.each(names)('%s: grants nothing on Resource "*" but the two X-Ray writes of active tracing', (name) => {
    const XRAY_WRITES = ['xray:PutTelemetryRecords', 'xray:PutTraceSegments'];
    let tracing = false;
    for (const statement of statementsByFunction[name]!) {
      const actions = [statement.Action].flat() as string[];
      if (actions.every((action) => XRAY_WRITES.includes(action))) {
        tracing = true;
        continue;
      }
      expect(resourcesOf(statement), JSON.stringify(statement.Action)).not.toContain('*');
    }
    expect(tracing).toBe(true);
  });
});
