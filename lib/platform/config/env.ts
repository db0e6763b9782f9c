/**
 * Environment contract between the deployment (CDK or the local runtime) and the handlers.
 * Handlers read their configuration once at cold start through `loadConfig`; a missing or malformed
 * variable fails the start naming the variable, instead of failing a request later.
 */
import * as z from 'zod/mini';
import type { FunctionAccess } from '../../wiring.ts';

export const ENV = {
  tableName: 'TABLE_NAME',
  mailFrom: 'MAIL_FROM',
  /** The SES configuration set every send names: bounces and complaints come back through it. */
  mailConfigurationSet: 'MAIL_CONFIGURATION_SET',
  publicBaseUrl: 'PUBLIC_BASE_URL',
  /** The Secrets Manager secret (ARN or name) holding the link-signing key ring (lib/platform/auth/link-keys.ts). */
  linkSigningSecretId: 'LINK_SIGNING_SECRET_ID',
  /** The staff Cognito user pool whose users the staff records disable, enable and group; `local` in the local runtime. */
  staffUserPoolId: 'STAFF_USER_POOL_ID',
  /** Where the data keys of customer data are: `kms:<key ARN>` (wrapped in the table) or `file:<path>` (local); lib/platform/privacy/data-keys.ts. */
  dataKeysSource: 'DATA_KEYS_SOURCE',
} as const;

/** The local runtime's stand-in pool id: its sign-in is the local issuer, which reads the staff records itself. */
export const LOCAL_USER_POOL_ID = 'local';

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(
    message: string,
    readonly variables: string[],
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** The env var names a function with this access needs: CDK sets exactly these, the local runtime sets them all. */
export function requiredEnvNames(access: FunctionAccess): string[] {
  const names: string[] = [];
  if (access.table !== 'none') names.push(ENV.tableName);
  if (access.sendsEmail) names.push(ENV.mailFrom, ENV.mailConfigurationSet);
  if (access.signsLinks) names.push(ENV.publicBaseUrl, ENV.linkSigningSecretId);
  if (access.managesStaffIdentities) names.push(ENV.staffUserPoolId);
  if (access.customerData) names.push(ENV.dataKeysSource);
  return names;
}

// zod/mini carries no locale (its own wording is "Invalid input"): each check says what it wants.
const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be blank'));
const url = z.pipe(nonEmpty, z.url('must be a URL'));
const variableSchemas: Record<string, z.ZodMiniType<string>> = {
  [ENV.tableName]: nonEmpty,
  [ENV.mailFrom]: z.pipe(nonEmpty, z.email('must be an email address')),
  [ENV.mailConfigurationSet]: z.pipe(nonEmpty, z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an SES configuration set name'))),
  [ENV.publicBaseUrl]: z.pipe(url, z.transform((value) => value.replace(/\/+$/, ''))),
  [ENV.linkSigningSecretId]: nonEmpty,
  [ENV.staffUserPoolId]: z.pipe(nonEmpty, z.string().check(z.regex(/^(local|[\w-]+_[0-9a-zA-Z]+)$/, 'must be a Cognito user pool id'))),
  [ENV.dataKeysSource]: z.pipe(nonEmpty, z.string().check(z.regex(/^(kms:arn:aws[\w-]*:kms:|file:)/, 'must be kms:<key ARN> or file:<path>'))),
};

export interface AppConfig {
  tableName: string;
  mailFrom: string;
  mailConfigurationSet: string;
  publicBaseUrl: string;
  linkSigningSecretId: string;
  staffUserPoolId: string;
}

/** Reads and validates the variables `access` needs from `env`; throws ConfigError naming every bad one. */
export function loadConfig(access: FunctionAccess, env: NodeJS.ProcessEnv = process.env): AppConfig {
  const problems: string[] = [];
  const values: Record<string, string> = {};
  for (const name of requiredEnvNames(access)) {
    const raw = env[name];
    if (raw === undefined || raw === '') {
      problems.push(`${name} is missing`);
      continue;
    }
    const parsed = (variableSchemas[name] ?? url).safeParse(raw);
    if (parsed.success) values[name] = parsed.data;
    else problems.push(`${name} is invalid: ${parsed.error.issues[0]?.message ?? 'bad value'}`);
  }
  if (problems.length > 0) {
    throw new ConfigError(`Configuration error: ${problems.join('; ')}`, problems.map((p) => p.split(' ')[0]!));
  }
  return {
    tableName: values[ENV.tableName] ?? '',
    mailFrom: values[ENV.mailFrom] ?? '',
    mailConfigurationSet: values[ENV.mailConfigurationSet] ?? '',
    publicBaseUrl: values[ENV.publicBaseUrl] ?? '',
    linkSigningSecretId: values[ENV.linkSigningSecretId] ?? '',
    staffUserPoolId: values[ENV.staffUserPoolId] ?? '',
  };
}
