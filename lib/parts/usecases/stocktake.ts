/**
 * Stocktake (PARTS-3): open a count session for a location (the count sheet is its book stock),
 * record the counts with reasons for variances, and on the manager's approval write one
 * correction entry per variance, all in one transaction with the session's state.
 */
import { randomUUID } from 'node:crypto';
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { NotFoundError, ValidationError } from '../../platform/errors.ts';
import { guard } from '../../platform/store/transact.ts';
import type { Dependencies } from '../../dependencies.ts';
import { DocumentStateError, documentChanged } from '../domain/errors.ts';
import type { LedgerEntry } from '../domain/ledger.ts';
import { ALL_LOCATIONS, applyCounts, countProblems, variance, type CountInput, type CountLine, type Stocktake } from '../domain/stocktake.ts';
import { EntryAlreadyWrittenError } from '../store/parts-repository.ts';
import { locations } from './replenishment.ts';

type Deps = Pick<Dependencies, 'parts' | 'purchasing' | 'now' | 'staff'>;

/** A session for one location, or one for every location (the warehouse and each van) with `all`. */
export async function openStocktakes(deps: Deps, location: string, user: StaffUser): Promise<Stocktake[]> {
  const places = location === ALL_LOCATIONS ? await locations(deps) : [location];
  return Promise.all(places.map((place) => openStocktake(deps, place, user)));
}

async function openStocktake(deps: Deps, location: string, user: StaffUser): Promise<Stocktake> {
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
  const [catalogList, stock] = await Promise.all([deps.parts.listParts(), deps.parts.stockAt(session.location)]);
  const catalog = new Map(catalogList.map((part) => [part.sku, part]));
  const book = new Map(stock.map((level) => [level.sku, level]));
  const problems = [
    ...countProblems(session, counts),
    ...counts.flatMap((count, index) => (catalog.has(count.sku) ? [] : [{ path: `lines.${index}.sku`, key: 'unknown_part' }])),
    // A correction may not take stock below what jobs have reserved (balances never go below zero).
    ...counts.flatMap((count, index) => {
      const reserved = book.get(count.sku)?.reserved ?? 0;
      return count.counted < reserved ? [{ path: `lines.${index}.counted`, key: 'below_reserved', params: { reserved } }] : [];
    }),
  ];
  if (problems.length) throw new ValidationError(problems);
  // The variance is against the book as it stands now, not when the sheet was opened: whatever moved
  // in between (a part used on a job, a transfer) is already in the book and must not be corrected twice.
  const onSheet = new Set(session.lines.map((line) => line.sku));
  const arrived = counts.filter((count) => !onSheet.has(count.sku) && book.has(count.sku)).map((count) => ({ sku: count.sku, name: catalog.get(count.sku)!.name, expected: book.get(count.sku)!.onHand }));
  const current: Stocktake = { ...session, lines: [...session.lines.map((line) => ({ ...line, expected: book.get(line.sku)?.onHand ?? 0 })), ...arrived] };
  const saved: Stocktake = { ...session, lines: applyCounts(current, counts, (sku) => catalog.get(sku)!.name), status: 'submitted', submittedAt: deps.now().toISOString(), submittedBy: user.id, version: session.version + 1 };
  await deps.parts.writeMovements([guard(deps.purchasing.stocktakePut(saved, session.version), documentChanged)]);
  return saved;
}

/** Corrections per transaction: an entry and its balance each, within the 100 items of a transaction. */
const CHUNK = 40;

/**
 * The manager approves: the session is marked `approving` (with who and when), then each variance
 * becomes a `stocktake` correction entry (in when found, out when missing) whose id is derived from
 * the session and the part, written in chunks; a chunk already written is recognised by its entries
 * and skipped, so an approval that stopped half-way is finished by approving again. Then `approved`.
 */
export async function approveStocktake(deps: Deps, id: string, user: StaffUser): Promise<Stocktake> {
  let session = await requireStocktake(deps, id);
  if (session.status !== 'submitted' && session.status !== 'approving') throw new DocumentStateError(session.status, 'approve');
  if (session.status === 'submitted') {
    const approving: Stocktake = { ...session, status: 'approving', approvedAt: deps.now().toISOString(), approvedBy: user.id, version: session.version + 1 };
    await deps.parts.writeMovements([guard(deps.purchasing.stocktakePut(approving, session.version), documentChanged)]);
    session = approving;
  }
  const variances = session.lines.filter((line) => variance(line) !== 0);
  for (let start = 0; start < variances.length; start += CHUNK) {
    const items = variances.slice(start, start + CHUNK).flatMap((line) => deps.parts.movementItems(correctionEntry(session, line)));
    try {
      await deps.parts.writeMovements(items);
    } catch (error) {
      if (!(error instanceof EntryAlreadyWrittenError)) throw error;
    }
  }
  const approved: Stocktake = { ...session, status: 'approved', version: session.version + 1 };
  await deps.parts.writeMovements([guard(deps.purchasing.stocktakePut(approved, session.version), documentChanged)]);
  return approved;
}

function correctionEntry(session: Stocktake, line: CountLine): LedgerEntry {
  const delta = variance(line);
  return {
    entryId: `stocktake-${session.id}-${line.sku}`,
    sku: line.sku,
    kind: 'stocktake',
    quantity: Math.abs(delta),
    ...(delta > 0 ? { to: session.location } : { from: session.location }),
    ...(line.serials ? { serials: line.serials } : {}),
    actor: session.approvedBy!,
    at: session.approvedAt!,
    reason: line.reason ?? '',
    document: { type: 'stocktake', id: session.id },
  };
}
