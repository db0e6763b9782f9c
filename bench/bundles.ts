/**
 * Bundle sizes and module init times of the manifest's functions, each against a "floor": a tiny
 * module that only imports and instantiates the AWS SDK clients the function's access block implies.
 *
 * The esbuild options copy what infra/service-function.ts gives NodejsFunction (CDK turns them into
 * `esbuild --bundle <entry> --target=node22 --platform=node --format=esm --minify --sourcemap
 * --sources-content=false --main-fields=module,main --banner:js=...`, no externals). They are copied,
 * not imported: importing the construct would load aws-cdk-lib into the benchmark.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import * as esbuild from 'esbuild';
import { requiredEnvNames } from '../lib/platform/config/env.ts';
import type { FunctionAccess } from '../lib/wiring.ts';

const run = promisify(execFile);

/** NodejsFunction `bundling` of infra/service-function.ts, as esbuild build options. */
export const LAMBDA_BUILD_OPTIONS = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node22',
  minify: true,
  // `sourceMap: true` = esbuild `--sourcemap` (linked: a separate .map file plus a comment line);
  // the sizes below are the .mjs only, the .map is reported apart.
  sourcemap: 'linked',
  sourcesContent: false,
  mainFields: ['module', 'main'],
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  external: [],
  // The documents' font beside the bundle, as a file (infra/service-function.ts).
  loader: { '.ttf': 'file' },
  logLevel: 'silent',
  metafile: true,
} as const satisfies esbuild.BuildOptions;

/** PLATFORM_ENV of infra/service-function.ts (copied for the same reason as the build options). */
export const LAMBDA_PLATFORM_ENV = {
  POWERTOOLS_SERVICE_NAME: 'elv-after-sales',
  POWERTOOLS_LOG_LEVEL: 'INFO',
  NODE_OPTIONS: '--enable-source-maps',
} as const;

export type SdkClient = 'dynamodb' | 'sqs' | 'sesv2' | 'secrets' | 'kms' | 'cognito';

export function sdkClientsOf(access: FunctionAccess): SdkClient[] {
  const clients: SdkClient[] = [];
  if (access.table !== 'none') clients.push('dynamodb');
  if (access.sendsEmail) clients.push('sesv2');
  // The link-signing keys are read from Secrets Manager at runtime (lib/platform/auth/link-keys).
  if (access.signsLinks) clients.push('secrets');
  // The customer data's keys are unwrapped with KMS (lib/platform/privacy/data-keys.ts).
  if (access.customerData) clients.push('kms');
  // Off-boarding follows the staff record into the Cognito user pool.
  if (access.managesStaffIdentities) clients.push('cognito');
  return clients;
}

export const floorName = (clients: SdkClient[]) => `floor[${clients.join('+') || 'none'}]`;

/**
 * The floor module: imports the clients, instantiates them at module scope (as a handler does) and
 * references one command per client in the handler, so tree shaking can drop neither.
 */
export function floorSource(clients: SdkClient[]): string {
  const lines: string[] = [];
  const sends: string[] = [];
  if (clients.includes('dynamodb')) {
    lines.push(
      "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';",
      "import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';",
      'const db = DynamoDBDocumentClient.from(new DynamoDBClient({}));',
    );
    sends.push('db.send(new PutCommand(event.put))');
  }
  if (clients.includes('sqs')) {
    lines.push("import { SQSClient, SendMessageCommand } from '@aws-sdk/client-sqs';", 'const sqs = new SQSClient({});');
    sends.push('sqs.send(new SendMessageCommand(event.message))');
  }
  if (clients.includes('sesv2')) {
    lines.push("import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';", 'const ses = new SESv2Client({});');
    sends.push('ses.send(new SendEmailCommand(event.email))');
  }
  if (clients.includes('secrets')) {
    lines.push("import { SecretsManagerClient, GetSecretValueCommand } from '@aws-sdk/client-secrets-manager';", 'const secrets = new SecretsManagerClient({});');
    sends.push('secrets.send(new GetSecretValueCommand(event.secret))');
  }
  if (clients.includes('kms')) {
    lines.push("import { KMSClient, DecryptCommand } from '@aws-sdk/client-kms';", 'const kms = new KMSClient({});');
    sends.push('kms.send(new DecryptCommand(event.decrypt))');
  }
  if (clients.includes('cognito')) {
    lines.push("import { CognitoIdentityProviderClient, AdminDisableUserCommand } from '@aws-sdk/client-cognito-identity-provider';", 'const cognito = new CognitoIdentityProviderClient({});');
    sends.push('cognito.send(new AdminDisableUserCommand(event.user))');
  }
  lines.push(`export const handler = async (event: any) => Promise.all([${sends.join(', ')}]);`);
  return lines.join('\n');
}

export interface BundleResult {
  name: string;
  kind: 'function' | 'floor';
  /** The function's entry, or the floor's generated source. */
  source: string;
  sdkClients: SdkClient[];
  outfile: string;
  bytes: number;
  mapBytes: number;
  buildMs: number;
  /** Bytes in the output per package (`app` for this repository's own code). */
  bytesByPackage: Record<string, number>;
  /** Same per package directory, two levels down (`zod/v4/locales`), to see what inside a package weighs. */
  bytesByDirectory: Record<string, number>;
}

function packageOf(input: string): string {
  const match = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input.replace(/\\/g, '/'));
  return match ? match[1]! : 'app';
}

function directoryOf(input: string): string {
  const path = input.replace(/\\/g, '/');
  const pkg = packageOf(path);
  const rest = pkg === 'app' ? path : path.slice(path.lastIndexOf(`node_modules/${pkg}/`) + `node_modules/${pkg}/`.length);
  const dirs = rest.split('/').slice(0, -1).slice(0, 2);
  return [pkg, ...dirs].join('/');
}

async function build(
  root: string,
  outDir: string,
  name: string,
  kind: BundleResult['kind'],
  sdkClients: SdkClient[],
  entry: { file: string } | { contents: string },
): Promise<BundleResult> {
  const dir = join(outDir, name.replace(/[^\w.-]+/g, '_'));
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, 'index.mjs');
  const started = performance.now();
  const result = await esbuild.build({
    ...LAMBDA_BUILD_OPTIONS,
    absWorkingDir: root,
    outfile,
    ...('file' in entry
      ? { entryPoints: [resolve(root, entry.file)] }
      : { stdin: { contents: entry.contents, loader: 'ts', resolveDir: root, sourcefile: `${name}.ts` } }),
  });
  const buildMs = performance.now() - started;
  const bytesByPackage: Record<string, number> = {};
  const bytesByDirectory: Record<string, number> = {};
  for (const output of Object.values(result.metafile.outputs)) {
    for (const [input, { bytesInOutput }] of Object.entries(output.inputs)) {
      if (bytesInOutput === 0) continue;
      const pkg = packageOf(input);
      bytesByPackage[pkg] = (bytesByPackage[pkg] ?? 0) + bytesInOutput;
      const dir = directoryOf(input);
      bytesByDirectory[dir] = (bytesByDirectory[dir] ?? 0) + bytesInOutput;
    }
  }
  return {
    name,
    kind,
    source: 'file' in entry ? entry.file : entry.contents,
    sdkClients,
    outfile,
    bytes: statSync(outfile).size,
    mapBytes: statSync(`${outfile}.map`).size,
    buildMs,
    bytesByPackage,
    bytesByDirectory,
  };
}

export const bundleFunction = (root: string, outDir: string, name: string, entry: string, clients: SdkClient[]) =>
  build(root, outDir, name, 'function', clients, { file: entry });

export const bundleFloor = (root: string, outDir: string, clients: SdkClient[]) =>
  build(root, outDir, floorName(clients), 'floor', clients, { contents: floorSource(clients) });

/**
 * Packages the function carries beyond its floor, largest first (bytes in the minified output), each
 * with its heaviest directory.
 */
export function extraPackages(fn: BundleResult, floor: BundleResult): Array<{ pkg: string; bytes: number; heaviestDirectory: { path: string; bytes: number } }> {
  return Object.entries(fn.bytesByPackage)
    .map(([pkg, bytes]) => {
      const [path, dirBytes] = Object.entries(fn.bytesByDirectory)
        .filter(([dir]) => dir === pkg || dir.startsWith(`${pkg}/`))
        .map(([dir, b]) => [dir, b - (floor.bytesByDirectory[dir] ?? 0)] as const)
        .sort((a, b) => b[1] - a[1])[0] ?? [pkg, 0];
      return { pkg, bytes: bytes - (floor.bytesByPackage[pkg] ?? 0), heaviestDirectory: { path, bytes: dirBytes } };
    })
    .filter((entry) => entry.bytes > 0)
    .sort((a, b) => b.bytes - a.bytes);
}

/**
 * Dummy-but-valid values for everything a function of this access needs to pass loadConfig at init,
 * plus the platform variables every deployed function has. Nothing from this process's environment
 * leaks in apart from PATH and HOME.
 */
export function lambdaLikeEnv(access: FunctionAccess | undefined): NodeJS.ProcessEnv {
  const dummies: Record<string, string> = {
    TABLE_NAME: 'elv-after-sales',
    MAIL_FROM: 'service@elv-demo.cn',
    PUBLIC_BASE_URL: 'https://api.elv-demo.cn',
    LINK_SIGNING_SECRET_ID: 'elv-after-sales/link-signing-keys',
    MAIL_CONFIGURATION_SET: 'elv-after-sales',
    // The data keys are read before the first invocation, not at init: a KMS ARN passes loadConfig.
    DATA_KEYS_SOURCE: 'kms:arn:aws:kms:us-east-1:000000000000:key/00000000-0000-0000-0000-000000000000',
    STAFF_USER_POOL_ID: 'us-east-1_bench0000',
  };
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    ...LAMBDA_PLATFORM_ENV,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'AKIABENCHBENCHBENCH0',
    AWS_SECRET_ACCESS_KEY: 'bench/bench/bench/bench/bench/bench/benc',
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
  };
  for (const name of access ? requiredEnvNames(access) : []) {
    env[name] = dummies[name] ?? (name.startsWith('QUEUE_URL_') ? `https://sqs.us-east-1.amazonaws.com/000000000000/${name.slice(10).toLowerCase()}` : 'bench');
  }
  return env;
}

/** Imports the bundle in a fresh node; prints performance.now() (ms since process start) before and after. */
const INIT_PROBE = [
  'const before = performance.now();',
  'const mod = await import(process.env.BENCH_BUNDLE_URL);',
  'const after = performance.now();',
  "if (typeof mod.handler !== 'function') throw new Error('no handler export');",
  'process.stdout.write(`BENCH_INIT ${before} ${after}\\n`, () => process.exit(0));',
].join('\n');

export interface InitSample {
  /** Process start to after `await import(bundle)`. */
  totalMs: number;
  /** The import alone. */
  importMs: number;
}

export async function measureInitOnce(outfile: string, env: NodeJS.ProcessEnv): Promise<InitSample> {
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', INIT_PROBE], {
    env: { ...env, BENCH_BUNDLE_URL: pathToFileURL(outfile).href },
    cwd: resolve(outfile, '..'),
    timeout: 30_000,
  });
  const match = /BENCH_INIT (\S+) (\S+)/.exec(stdout);
  if (!match) throw new Error(`init probe printed no timing for ${outfile}: ${stdout.slice(0, 500)}`);
  const before = Number(match[1]);
  const after = Number(match[2]);
  return { totalMs: after, importMs: after - before };
}
