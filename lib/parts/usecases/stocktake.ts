/**
 * Stocktake (PARTS-3): open a count session for a location (the count sheet is its book stock),
 * record the counts with reasons for variances, and on the manager's approval write one
 * correction entry per variance, all in one transaction with the session's state.
 */
import { randomUUID } from 'node:crypto';
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { ConcurrentUpdateError, NotFoundError, ValidationError } from '../../platform/errors.ts';
import { guard } from '../../platform/store/transact.ts';
import type { Dependencies } from '../../dependencies.ts';
import { DocumentStateError } from '../domain/errors.ts';
import { applyCounts, countProblems, variance, type CountInput, type Stocktake } from '../domain/stocktake.ts';
import { entryOf } from './stock.ts';

type Deps = Pick<Dependencies, 'parts' | 'purchasing' | 'now'>;

const stale = (cause: unknown) => new ConcurrentUpdateError('The stocktake changed meanwhile', { cause });

export async function openStocktake(deps: Deps, location: string, user: StaffUser): Promise<Stocktake> {
  const [stock, catalog] = await Promise.all([deps.parts.stockAt(location), deps.parts.listParts()]);
  const parts = new Map(catalog.map((part) => [part.sku, part]));
  const now = deps.now().toISOString();
  const session: Stocktake = {
    id: randomUUID(),
    location,
    status: 'counting',
    lines: stock
      .filter((level) => parts.has(level.sku))
      .map((level) => {
        const part = parts.get(level.sku)!;
        return { sku: level.sku, name: part.name, ...(part.bin ? { bin: part.bin } : {}), expected: level.onHand };
      })
      .sort((a, b) => (a.bin ?? '').localeCompare(b.bin ?? '') || a.sku.localeCompare(b.sku)),
    openedAt: now,
    openedBy: user.id,
    version: 1,
  };
  await deps.parts.writeMovements([deps.purchasing.stocktakePut(session)]);
  return session;
}

async function requireStocktake(deps: Deps, id: string): Promise<Stocktake> {
  const session = await deps.purchasing.getStocktake(id);
  if (!session) throw new NotFoundError('No such stocktake');
  return session;
}

export async function submitCounts(deps: Deps, id: string, counts: CountInput[], user: StaffUser): Promise<Stocktake> {
  const session = await requireStocktake(deps, id);
  if (session.status !== 'counting' && session.status !== 'submitted') throw new DocumentStateError(session.status, 'count');
  const problems = countProblems(session, counts);
  if (problems.length) throw new ValidationError(problems);
  const saved: Stocktake = { ...session, lines: applyCounts(session, counts), status: 'submitted', submittedAt: deps.now().toISOString(), submittedBy: user.id, version: session.version + 1 };
  await deps.parts.writeMovements([guard(deps.purchasing.stocktakePut(saved, session.version), stale)]);
  return saved;
}

/** The manager approves: each variance becomes a `stocktake` correction entry (in when found, out when missing). */
export async function approveStocktake(deps: Deps, id: string, user: StaffUser): Promise<Stocktake> {
  const session = await requireStocktake(deps, id);
  if (session.status !== 'submitted') throw new DocumentStateError(session.status, 'approve');
  const now = deps.now();
  const saved: Stocktake = { ...session, status: 'approved', approvedAt: now.toISOString(), approvedBy: user.id, version: session.version + 1 };
  await deps.parts.writeMovements([
    guard(deps.purchasing.stocktakePut(saved, session.version), stale),
    ...session.lines
      .filter((line) => variance(line) !== 0)
      .flatMap((line) => {
        const delta = variance(line);
        return deps.parts.movementItems(
          entryOf(
            { sku: line.sku, kind: 'stocktake', quantity: Math.abs(delta), ...(delta > 0 ? { to: session.location } : { from: session.location }), ...(line.serials ? { serials: line.serials } : {}), reason: line.reason ?? '', document: { type: 'stocktake', id: session.id } },
            user,
            now,
          ),
        );
      }),
  ]);
  return saved;
}
