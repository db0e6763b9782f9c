/**
 * Movements of stock that are not purchasing: corrections by hand (adjusted, written off) and
 * transfers between locations (warehouse → van is an issue, van → warehouse a return, PARTS-3/4).
 * Each is a ledger entry written with its balances; valuable parts leaving or coming back to the
 * store go into the issue register in the same transaction.
 */
import { createHash, randomUUID } from 'node:crypto';
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { IdempotencyConflictError, ValidationError, type FieldProblem } from '../../platform/errors.ts';
import { guard } from '../../platform/store/transact.ts';
import type { Dependencies } from '../../dependencies.ts';
import { WAREHOUSE } from '../../staff/index.ts';
import { adjustmentMovement, transferKind, vanOwner, type LedgerEntry, type Movement } from '../domain/ledger.ts';
import { reconcileRegister, type CatalogPart, type StockLevel } from '../domain/parts.ts';
import type { StockAdjustment, Transfer } from '../store/purchasing-repository.ts';

type Deps = Pick<Dependencies, 'parts' | 'purchasing' | 'now'>;

/** A movement made into a ledger entry by this user now. */
export const entryOf = (movement: Movement, user: StaffUser, at: Date): LedgerEntry => ({ ...movement, entryId: randomUUID(), actor: user.id, at: at.toISOString() });

export async function requirePart(deps: Pick<Deps, 'parts'>, sku: string, path = 'sku'): Promise<CatalogPart> {
  const part = await deps.parts.getPart(sku);
  if (!part) throw new ValidationError([{ path, key: 'unknown_part' }]);
  return part;
}

const IDEMPOTENCY_KEY = /^[\w.:-]{8,128}$/;

/**
 * The id of a stock document: from the request's `Idempotency-Key` (with the user, so two people's
 * keys never meet) when there is one, so that a repeated request names the same document; else new.
 */
export function documentId(user: StaffUser, idempotencyKey: string | undefined): string {
  if (idempotencyKey === undefined) return randomUUID();
  if (!IDEMPOTENCY_KEY.test(idempotencyKey)) throw new ValidationError([{ path: 'Idempotency-Key', key: 'invalid_format' }]);
  const hex = createHash('sha256').update(`${user.id}\n${idempotencyKey}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${((parseInt(hex[16]!, 16) & 3) | 8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** The document is there already: the request was made before (a replay with the same key). */
class DocumentExists extends Error {}

/**
 * Writes a new stock document with its movements; when the document exists (the same key again),
 * answers with the stored one if the request is the same, else refuses the reused key.
 */
async function writeOnce<T>(deps: Deps, documentPut: ReturnType<Deps['purchasing']['transferPut']>, items: Parameters<Deps['parts']['writeMovements']>[0], stored: () => Promise<T | undefined>, same: (existing: T) => boolean, fresh: T): Promise<T> {
  try {
    await deps.parts.writeMovements([guard(documentPut, (cause) => new DocumentExists('exists', { cause })), ...items]);
    return fresh;
  } catch (error) {
    if (!(error instanceof DocumentExists)) throw error;
    const existing = await stored();
    if (existing && same(existing)) return existing;
    throw new IdempotencyConflictError('reused', { cause: error });
  }
}

/** The stock adjust route: a ledger entry with its reason and who made it; never below what is reserved. */
export async function adjustStock(
  deps: Deps,
  location: string,
  sku: string,
  input: { delta: number; reason: string; kind: 'adjusted' | 'written_off' },
  user: StaffUser,
  idempotencyKey?: string,
): Promise<{ stock: StockLevel; adjustment: StockAdjustment }> {
  const part = await requirePart(deps, sku);
  const now = deps.now();
  const adjustment: StockAdjustment = { id: documentId(user, idempotencyKey), location, sku: part.sku, delta: input.delta, kind: input.kind, reason: input.reason, at: now.toISOString(), by: user.id };
  const entry = entryOf(adjustmentMovement(location, part.sku, input.delta, input.reason, input.kind, adjustment.id), user, now);
  const saved = await writeOnce(
    deps,
    deps.purchasing.adjustmentPut(adjustment),
    deps.parts.movementItems(entry),
    () => deps.purchasing.getAdjustment(adjustment.id),
    (existing) => existing.location === location && existing.sku === part.sku && existing.delta === input.delta && existing.kind === input.kind && existing.reason === input.reason,
    adjustment,
  );
  return { stock: await deps.parts.stock(location, part.sku), adjustment: saved };
}

/**
 * PARTS-4: the serials of a valuable part moved to a technician must not be out already; those
 * moved from a technician's van (back to the store, or to another van) must be out with them.
 */
async function serialProblems(deps: Pick<Deps, 'parts'>, part: CatalogPart, line: { quantity: number; serials?: string[] | undefined }, index: number, from: string): Promise<FieldProblem[]> {
  const path = `lines.${index}.serials`;
  const serials = line.serials ?? [];
  if (serials.length !== line.quantity) return [{ path, key: 'serial_count', params: { count: line.quantity } }];
  if (new Set(serials).size !== serials.length) return [{ path, key: 'serial_duplicate' }];
  const states = new Map(reconcileRegister(await deps.parts.issueRegister(part.sku)).map((s) => [s.serial, s]));
  const returning = Boolean(vanOwner(from));
  const wrong = serials.filter((serial) => {
    const state = states.get(serial);
    return returning ? state?.state !== 'out' || state.takenBy !== vanOwner(from) : state?.state === 'out';
  });
  return wrong.length ? [{ path, key: returning ? 'serial_not_out' : 'serial_already_out', params: { serials: wrong.join(', ') } }] : [];
}

export async function transferStock(
  deps: Deps,
  input: { from: string; to: string; lines: Array<{ sku: string; quantity: number; serials?: string[] | undefined }>; reason?: string | undefined },
  user: StaffUser,
  idempotencyKey?: string,
): Promise<Transfer> {
  const id = documentId(user, idempotencyKey);
  if (idempotencyKey !== undefined) {
    // A repeated request: the stored transfer, before the serials are checked against a register that already has it.
    const existing = await deps.purchasing.getTransfer(id);
    if (existing) return sameTransfer(existing, input) ? existing : Promise.reject(new IdempotencyConflictError('reused'));
  }
  const parts = await Promise.all(input.lines.map((line, index) => requirePart(deps, line.sku, `lines.${index}.sku`)));
  const kind = transferKind(input.from, input.to);
  const fromTechnician = vanOwner(input.from);
  const toTechnician = vanOwner(input.to);
  // The register follows a valuable part whenever it changes hands: out of the store to a van, from van to van, back.
  const register = (input.from === WAREHOUSE || Boolean(fromTechnician)) && (input.to === WAREHOUSE || Boolean(toTechnician));
  const problems = (
    await Promise.all(parts.map((part, index) => (register && part.valuable ? serialProblems(deps, part, input.lines[index]!, index, input.from) : [])))
  ).flat();
  if (problems.length) throw new ValidationError(problems);
  const now = deps.now();
  const transfer: Transfer = {
    id,
    from: input.from,
    to: input.to,
    kind,
    lines: input.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, ...(line.serials?.length ? { serials: line.serials } : {}) })),
    ...(input.reason ? { reason: input.reason } : {}),
    at: now.toISOString(),
    by: user.id,
  };
  const technician = toTechnician ?? fromTechnician;
  return writeOnce(deps, deps.purchasing.transferPut(transfer), [
    ...transfer.lines.flatMap((line, index) => [
      ...deps.parts.movementItems(
        entryOf({ sku: line.sku, kind, quantity: line.quantity, from: input.from, to: input.to, ...(line.serials ? { serials: line.serials } : {}), reason: input.reason ?? '', document: { type: 'transfer', id: transfer.id } }, user, now),
      ),
      ...(register && parts[index]!.valuable
        ? [
            deps.parts.registerEntryItem(
              {
                kind: toTechnician ? 'issued' : 'returned',
                sku: line.sku,
                at: transfer.at,
                by: user.id,
                quantity: line.quantity,
                ...(line.serials ? { serials: line.serials } : {}),
                location: toTechnician ? input.to : input.from,
                ...(technician ? { takenBy: technician } : {}),
                transferId: transfer.id,
              },
              transfer.id,
              index + 1,
            ),
          ]
        : []),
    ]),
  ], () => deps.purchasing.getTransfer(id), (existing) => sameTransfer(existing, input), transfer);
}

const sameTransfer = (existing: Transfer, input: Parameters<typeof transferStock>[1]) =>
  existing.from === input.from &&
  existing.to === input.to &&
  (existing.reason ?? '') === (input.reason ?? '') &&
  JSON.stringify(existing.lines) === JSON.stringify(input.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, ...(line.serials?.length ? { serials: line.serials } : {}) })));
