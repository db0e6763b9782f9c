import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkBoundaries, contextGraph, fileCycles, importsOf } from '../support/boundaries.ts';

const repoRoot = join(import.meta.dirname, '../..');

/** A small lib/ tree that keeps every rule: tickets at the bottom, sla above it, each with its doors. */
const healthyTree: Record<string, string> = {
  'lib/wiring.ts': 'export const functions = [];\n',
  'lib/calendar/index.ts': "export * from './working-time.ts';\n",
  'lib/calendar/working-time.ts': 'export const minutes = 1;\n',
  'lib/platform/errors.ts': 'export class DomainError extends Error {}\n',
  'lib/platform/store/client.ts': "import { DynamoDBClient } from '@aws-sdk/client-dynamodb';\nexport const client = new DynamoDBClient({});\n",
  'lib/dependencies.ts': "import { TicketRepository } from './tickets/server.ts';\nexport function dependencies() { return { tickets: new TicketRepository() }; }\nexport type Dependencies = ReturnType<typeof dependencies>;\n",
  'lib/tickets/index.ts': "export * from './domain/ticket.ts';\n",
  'lib/tickets/server.ts': "export * from './store/ticket-repository.ts';\n",
  'lib/tickets/domain/ticket.ts': "import { DomainError } from '../../platform/errors.ts';\nexport type Ticket = { id: string };\nexport class TicketError extends DomainError {}\n",
  'lib/tickets/store/ticket-repository.ts': "import { client } from '../../platform/store/client.ts';\nexport class TicketRepository { db = client; }\n",
  'lib/sla/index.ts': "export * from './domain/timer.ts';\n",
  'lib/sla/domain/timer.ts': "import type { Ticket } from '../../tickets/index.ts';\nimport { minutes } from '../../calendar/index.ts';\nexport const timerOf = (t: Ticket) => ({ id: t.id, minutes });\n",
  'lib/sla/usecases/start.ts': "import type { Dependencies } from '../../dependencies.ts';\nexport const start = (deps: Pick<Dependencies, 'tickets'>) => deps;\n",
};

let roots: string[] = [];
function tree(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'boundaries-'));
  roots.push(root);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

describe('the layout boundaries', () => {
  it('hold for the project itself', () => {
    expect(checkBoundaries(repoRoot)).toEqual([]);
  });

  it('see every business context of the project, ordered as a DAG with tickets at the bottom', () => {
    const graph = contextGraph(importsOf(repoRoot));
    expect([...graph.keys()].sort()).toEqual(['dispatch', 'followup', 'intake', 'parts', 'people', 'privacy', 'settlement', 'sla', 'staff', 'tickets']);
    expect([...graph.get('tickets')!]).toEqual([]);
    expect(graph.get('sla')!.has('tickets')).toBe(true);
    expect(graph.get('dispatch')!.has('sla')).toBe(true);
  });

  it('leave no import cycle between the web app\'s modules, and find one in a fixture that has it', () => {
    expect(fileCycles(repoRoot, 'web/src')).toEqual([]);
    const root = tree({
      'web/src/views/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'web/src/views/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
    });
    expect(fileCycles(root, 'web/src')).toEqual([['web/src/views/a.ts', 'web/src/views/b.ts', 'web/src/views/a.ts']]);
  });

  it('accept a fixture tree that keeps the rules', () => {
    expect(checkBoundaries(tree(healthyTree))).toEqual([]);
  });

  it('refuse an AWS SDK import in a domain folder', () => {
    const root = tree({ ...healthyTree, 'lib/sla/domain/timer.ts': "import { GetCommand } from '@aws-sdk/lib-dynamodb';\nexport const x = GetCommand;\n" });
    expect(checkBoundaries(root)).toEqual([{ rule: 'pure-domain', file: 'lib/sla/domain/timer.ts', detail: '@aws-sdk/lib-dynamodb' }]);
  });

  it("refuse a pure door that re-exports a store, and a schema that imports another context's server door", () => {
    const root = tree({
      ...healthyTree,
      'lib/sla/index.ts': "export * from './domain/timer.ts';\nexport * from './store/timers.ts';\n",
      'lib/sla/store/timers.ts': 'export const timers = 1;\n',
      'lib/sla/schemas.ts': "import { TicketRepository } from '../tickets/server.ts';\nexport const s = TicketRepository;\n",
    });
    expect(checkBoundaries(root)).toEqual([
      { rule: 'pure-door', file: 'lib/sla/index.ts', detail: 'lib/sla/store/timers.ts' },
      { rule: 'pure-domain', file: 'lib/sla/schemas.ts', detail: 'lib/tickets/server.ts' },
    ]);
  });

  it('refuse a platform adapter (the store) imported by a domain folder', () => {
    const root = tree({ ...healthyTree, 'lib/tickets/domain/ticket.ts': "import { client } from '../../platform/store/client.ts';\nexport const c = client;\n" });
    expect(checkBoundaries(root)).toEqual([{ rule: 'pure-domain', file: 'lib/tickets/domain/ticket.ts', detail: 'lib/platform/store/client.ts' }]);
  });

  it("refuse an import of another context's internals instead of its index", () => {
    const root = tree({ ...healthyTree, 'lib/sla/domain/timer.ts': "import type { Ticket } from '../../tickets/domain/ticket.ts';\nexport type T = Ticket;\n" });
    expect(checkBoundaries(root)).toEqual([{ rule: 'context-internals', file: 'lib/sla/domain/timer.ts', detail: 'lib/tickets/domain/ticket.ts' }]);
  });

  it('refuse a cycle between contexts, even through type-only imports', () => {
    const root = tree({
      ...healthyTree,
      'lib/tickets/store/ticket-repository.ts': "import type { timerOf } from '../../sla/index.ts';\nexport class TicketRepository { t?: typeof timerOf; }\n",
    });
    expect(checkBoundaries(root)).toEqual([{ rule: 'context-cycle', file: 'lib/sla', detail: 'sla -> tickets -> sla' }]);
  });

  it('refuse an import from functions/ into lib/', () => {
    const root = tree({ ...healthyTree, 'functions/sla/sweep.ts': 'export const handler = 1;\n', 'lib/sla/usecases/start.ts': "import { handler } from '../../../functions/sla/sweep.ts';\nexport const h = handler;\n" });
    expect(checkBoundaries(root)).toEqual([{ rule: 'lib-imports-functions', file: 'lib/sla/usecases/start.ts', detail: 'functions/sla/sweep.ts' }]);
  });

  it('refuse platform code that reaches into a context, and a calendar that reaches outside itself', () => {
    const root = tree({
      ...healthyTree,
      'lib/platform/errors.ts': "import type { Ticket } from '../tickets/index.ts';\nexport type E = Ticket;\nexport class DomainError extends Error {}\n",
      'lib/calendar/working-time.ts': "import { DomainError } from '../platform/errors.ts';\nexport const minutes = DomainError.length;\n",
    });
    expect(checkBoundaries(root)).toEqual([
      { rule: 'calendar-standalone', file: 'lib/calendar/working-time.ts', detail: 'lib/platform/errors.ts' },
      { rule: 'platform-imports-context', file: 'lib/platform/errors.ts', detail: 'lib/tickets/index.ts' },
    ]);
  });

  it('refuse a value import of the composition root from a context (only its Dependencies type may be named)', () => {
    const root = tree({ ...healthyTree, 'lib/sla/usecases/start.ts': "import { dependencies } from '../../dependencies.ts';\nexport const start = () => dependencies();\n" });
    expect(checkBoundaries(root)).toEqual([{ rule: 'composition-root', file: 'lib/sla/usecases/start.ts', detail: 'lib/dependencies.ts' }]);
  });
});
