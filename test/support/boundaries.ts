/**
 * The layout's rules, checked from the import statements of a source tree (docs/architecture.md, "Map"):
 * - `lib/<context>/domain/`, `schemas.ts`, `responses.ts` and `index.ts` are pure: no AWS SDK, Lambda
 *   or Powertools import, no platform adapter (store, queue, mail, http), no Node I/O module, no
 *   context's `server.ts`;
 * - a context imports another only through its doors: `index.ts` (pure: rules, types, schemas; the
 *   web app bundles it) or `server.ts` (the adapters other contexts compose with), and a
 *   `responses.ts` another context's `responses.ts` (response schemas, for the document only); `index.ts`
 *   re-exports only its own `domain/` and `schemas.ts`;
 * - contexts form a DAG (type-only imports count: a type is a dependency too);
 * - `lib/platform/` and `lib/calendar/` import no context; `lib/calendar/` imports nothing outside itself;
 * - nothing under `lib/` imports from `functions/`;
 * - a context may reach the composition root (`lib/dependencies.ts`) only with `import type`: the
 *   root builds every context's adapters, so a value import from a context would be a cycle.
 * Plain text parsing on purpose: the rules are about paths, and a regex over `import ... from` lines is
 * enough for code that tsc already checks.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

export interface ImportEdge {
  from: string;
  to: string;
  typeOnly: boolean;
}

export interface Violation {
  rule: 'pure-domain' | 'pure-door' | 'context-internals' | 'context-cycle' | 'platform-imports-context' | 'calendar-standalone' | 'lib-imports-functions' | 'composition-root';
  file: string;
  detail: string;
}

const IMPORT_PATTERN = /^\s*(?:import|export)\s+(type\s+)?(?:[^'";]*?\s+from\s+)?['"]([^'"]+)['"]/gm;
const DYNAMIC_IMPORT = /import\(\s*['"]([^'"]+)['"]\s*\)/g;
const IMPURE_PACKAGES = [/^@aws-sdk\//, /^@aws-lambda-powertools\//, /^aws-lambda$/, /^@middy\//, /^node:(fs|net|http|https|child_process|dgram)/];
const PLATFORM_ADAPTERS = ['lib/platform/store/', 'lib/platform/queue/', 'lib/platform/mail/', 'lib/platform/http/'];
const ROOT_MODULES = new Set(['lib/wiring.ts', 'lib/dependencies.ts', 'lib/composition.ts', 'lib/openapi.ts']);

function sourceFiles(dir: string): string[] {
  const entries = readdirSync(dir).sort();
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sourceFiles(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

const posix = (path: string) => path.split(sep).join('/');

/** Every import of every `.ts` file under `root/<dir>`, paths relative to `root`; bare specifiers kept as written. */
export function importsOf(root: string, dir = 'lib'): ImportEdge[] {
  const edges: ImportEdge[] = [];
  for (const file of sourceFiles(join(root, dir))) {
    const text = readFileSync(file, 'utf8');
    const from = posix(relative(root, file));
    const add = (specifier: string, typeOnly: boolean) => {
      const to = specifier.startsWith('.') ? posix(normalize(join(dirname(from), specifier))) : specifier;
      edges.push({ from, to, typeOnly });
    };
    for (const match of text.matchAll(IMPORT_PATTERN)) add(match[2]!, Boolean(match[1]));
    for (const match of text.matchAll(DYNAMIC_IMPORT)) add(match[1]!, false);
  }
  return edges;
}

/** The parts of a context that must stay free of AWS and I/O: its rules, its schemas and its pure door. */
const isPure = (path: string) => /^lib\/[^/]+\/(domain\/|schemas\.ts$|responses\.ts$|index\.ts$)/.test(path);

/** `lib/<context>/...` -> context name; platform, calendar and the root modules are not contexts. */
export function contextOf(path: string): string | undefined {
  const match = /^lib\/([^/]+)\//.exec(path);
  if (!match || match[1] === 'platform' || match[1] === 'calendar') return undefined;
  return match[1];
}

function cycles(graph: Map<string, Set<string>>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'visiting' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string) => {
    state.set(node, 'visiting');
    stack.push(node);
    for (const next of graph.get(node) ?? []) {
      if (state.get(next) === 'visiting') found.push([...stack.slice(stack.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(node, 'done');
  };
  for (const node of [...graph.keys()].sort()) if (!state.has(node)) visit(node);
  return found;
}

/** The context graph: an edge A -> B for every import from a file of A into a file of B. */
export function contextGraph(edges: ImportEdge[]): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of edges) {
    const a = contextOf(from);
    const b = contextOf(to);
    if (!a) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    if (b && b !== a) graph.get(a)!.add(b);
  }
  return graph;
}

/** Import cycles between the files under `root/<dir>` (the web app's views must not import each other in a circle). */
export function fileCycles(root: string, dir: string): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of importsOf(root, dir)) {
    if (!graph.has(from)) graph.set(from, new Set());
    if (to.startsWith(`${dir}/`)) graph.get(from)!.add(to);
  }
  return cycles(graph);
}

export function checkBoundaries(root: string): Violation[] {
  const edges = importsOf(root);
  const violations: Violation[] = [];
  for (const { from, to, typeOnly } of edges) {
    const fromContext = contextOf(from);
    const toContext = contextOf(to);
    if (to.startsWith('functions/')) violations.push({ rule: 'lib-imports-functions', file: from, detail: to });
    if (fromContext && isPure(from)) {
      if (IMPURE_PACKAGES.some((pattern) => pattern.test(to)) || PLATFORM_ADAPTERS.some((prefix) => to.startsWith(prefix)) || /^lib\/[^/]+\/server\.ts$/.test(to)) {
        violations.push({ rule: 'pure-domain', file: from, detail: to });
      }
    }
    if (fromContext && from === `lib/${fromContext}/index.ts` && to.startsWith('lib/') && !(contextOf(to) === fromContext && isPure(to))) {
      violations.push({ rule: 'pure-door', file: from, detail: to });
    }
    if (from.startsWith('lib/platform/') && (toContext || to === 'lib/dependencies.ts' || to === 'lib/openapi.ts')) {
      violations.push({ rule: 'platform-imports-context', file: from, detail: to });
    }
    if (from.startsWith('lib/calendar/') && to.startsWith('lib/') && !to.startsWith('lib/calendar/')) {
      violations.push({ rule: 'calendar-standalone', file: from, detail: to });
    }
    // A response schema may reuse another context's (the published document's third door, never bundled).
    const responseToResponse = from.endsWith('/responses.ts') && to === `lib/${toContext}/responses.ts`;
    if (fromContext && toContext && fromContext !== toContext && to !== `lib/${toContext}/index.ts` && to !== `lib/${toContext}/server.ts` && !responseToResponse) {
      violations.push({ rule: 'context-internals', file: from, detail: to });
    }
    if (fromContext && ROOT_MODULES.has(to) && to !== 'lib/wiring.ts' && !(to === 'lib/dependencies.ts' && typeOnly)) {
      violations.push({ rule: 'composition-root', file: from, detail: to });
    }
  }
  for (const cycle of cycles(contextGraph(edges))) {
    violations.push({ rule: 'context-cycle', file: `lib/${cycle[0]}`, detail: cycle.join(' -> ') });
  }
  return violations;
}
