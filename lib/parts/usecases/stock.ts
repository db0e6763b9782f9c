/**
 * Movements of stock that are not purchasing: corrections by hand (adjusted, written off) and
 * transfers between locations (warehouse → van is an issue, van → warehouse a return, PARTS-3/4).
 * Each is a ledger entry written with its balances; valuable parts leaving or coming back to the
 * store go into the issue register in the same transaction.
 */
import { randomUUID } from 'node:crypto';
import type { StaffUser } from '../../platform/auth/staff-user.ts';
import { ValidationError, type FieldProblem } from '../../platform/errors.ts';
import type { Dependencies } from '../../dependencies.ts';
import { WAREHOUSE } from '../../staff/index.ts';
import { adjustmentMovement, transferKind, vanOwner, type LedgerEntry, type Movement } from '../domain/ledger.ts';
import { reconcileRegister, type CatalogPart, type StockLevel } from '../domain/parts.ts';
import type { Transfer } from '../store/purchasing-repository.ts';

type Deps = Pick<Dependencies, 'parts' | 'purchasing' | 'now'>;

/** A movement made into a ledger entry by this user now. */
export const entryOf = (movement: Movement, user: StaffUser, at: Date): LedgerEntry => ({ ...movement, entryId: randomUUID(), actor: user.id, at: at.toISOString() });

export async function requirePart(deps: Pick<Deps, 'parts'>, sku: string, path = 'sku'): Promise<CatalogPart> {
  const part = await deps.parts.getPart(sku);
  if (!part) throw new ValidationError([{ path, key: 'unknown_part' }]);
  return part;
}

/** The stock adjust route: a ledger entry with its reason and who made it; never below what is reserved. */
export async function adjustStock(
  deps: Deps,
  location: string,
  sku: string,
  input: { delta: number; reason: string; kind: 'adjusted' | 'written_off' },
  user: StaffUser,
): Promise<{ stock: StockLevel; entry: LedgerEntry }> {
  const part = await requirePart(deps, sku);
  const entry = entryOf(adjustmentMovement(location, part.sku, input.delta, input.reason, input.kind, randomUUID()), user, deps.now());
  await deps.parts.writeMovements(deps.parts.movementItems(entry));
  return { stock: await deps.parts.stock(location, part.sku), entry };
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
): Promise<Transfer> {
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
    id: randomUUID(),
    from: input.from,
    to: input.to,
    kind,
    lines: input.lines.map((line) => ({ sku: line.sku, quantity: line.quantity, ...(line.serials?.length ? { serials: line.serials } : {}) })),
    ...(input.reason ? { reason: input.reason } : {}),
    at: now.toISOString(),
    by: user.id,
  };
  const technician = toTechnician ?? fromTechnician;
  await deps.parts.writeMovements([
    deps.purchasing.transferPut(transfer),
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
  ]);
  return transfer;
}
