/**
 * Builds the web app (staff form and customer pages) from web/ into a static directory: the HTML and
 * CSS of web/public/ as they are, one esbuild bundle per page under assets/, and the API's OpenAPI
 * document at v1/openapi.json. Used by the local
 * runtime at start (served by the local gateway), by `cdk synth` (the BucketDeployment uploads
 * web/dist) and by the infra tests; `npx tsx scripts/build-web.ts [outDir]` runs it alone.
 * Synchronous on purpose: CDK constructs and test fixtures call it without awaiting.
 */
import { cpSync, existsSync, mkdirSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import { buildOpenApiDocument } from '../lib/openapi.ts';
import { OPENAPI_PATH } from '../lib/wiring.ts';

export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const WEB_DIR = join(REPO_ROOT, 'web');
/** What gets deployed (gitignored). */
export const WEB_DIST_DIR = join(WEB_DIR, 'dist');

/** One bundle per page: web/src/pages/<name>.ts → assets/<name>.js. */
export const WEB_ENTRIES = ['home', 'report', 'status', 'survey', 'statement', 'staff'] as const;

export interface WebBuildResult {
  outDir: string;
  /** Bundle sizes in bytes, by entry. */
  sizes: Record<string, number>;
}

export function buildWeb(outDir: string = WEB_DIST_DIR): WebBuildResult {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  cpSync(join(WEB_DIR, 'public'), outDir, { recursive: true });
  const result = buildSync({
    entryPoints: Object.fromEntries(WEB_ENTRIES.map((name) => [name, join(WEB_DIR, 'src', 'pages', `${name}.ts`)])),
    outdir: join(outDir, 'assets'),
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: ['es2022', 'chrome110', 'safari16', 'firefox115'],
    minify: true,
    sourcemap: 'linked',
    metafile: true,
    legalComments: 'none',
    logLevel: 'silent',
    // The shared schemas and messages are plain TypeScript without Node imports.
    define: { 'process.env.NODE_ENV': '"production"' },
  });
  // The API's OpenAPI document is a static file beside the pages (CloudFront and the local gateway
  // serve /v1/openapi.json from here): built once, not by the public API function at every cold start.
  mkdirSync(dirname(join(outDir, OPENAPI_PATH)), { recursive: true });
  writeFileSync(join(outDir, OPENAPI_PATH), JSON.stringify(buildOpenApiDocument('/')));
  const sizes: Record<string, number> = {};
  for (const [file, output] of Object.entries(result.metafile.outputs)) {
    if (file.endsWith('.js')) sizes[file.replace(/^.*\//, '').replace(/\.js$/, '')] = output.bytes;
  }
  return { outDir, sizes };
}

/** Builds web/dist unless it is already there (infra tests synthesize the BucketDeployment from it). */
export function ensureWebBuilt(outDir: string = WEB_DIST_DIR): string {
  if (!existsSync(join(outDir, 'index.html')) || !existsSync(join(outDir, 'assets', 'staff.js')) || !existsSync(join(outDir, OPENAPI_PATH))) buildWeb(outDir);
  return outDir;
}

function isMainModule(): boolean {
  const script = process.argv[1];
  return script !== undefined && realpathSync(script) === realpathSync(fileURLToPath(import.meta.url));
}

if (isMainModule()) {
  const { outDir, sizes } = buildWeb(process.argv[2] ? resolve(process.argv[2]) : WEB_DIST_DIR);
  console.log(`web built into ${outDir}`);
  for (const [name, bytes] of Object.entries(sizes)) console.log(`  assets/${name}.js  ${(bytes / 1024).toFixed(1)} KiB`);
}
