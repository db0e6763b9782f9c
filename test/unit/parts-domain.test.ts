/** The parts context's pure rules: ledger arithmetic, supplier qualification, receipts, stocktake counts, reorder quantities, the issue register. */
import * as fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyCounts,
  applyReceipt,
  balanceKey,
  countProblems,
  movementDeltas,
  procurementPlan,
  purchaseDate,
  rebuildBalances,
  receiptProblems,
  reconcileRegister,
  suggestedOrderQuantity,
  supplierRefusal,
  transferKind,
  type CatalogPart,
  type PurchaseOrder,
  type Stocktake,
  type Supplier,
} from '../../lib/parts/index.ts';

const supplier: Supplier = {
  id: 'sup-a',
  name: 'A',
  contactName: 'Li',
  email: 'a@example.cn',
  status: 'approved',
  qualifications: [{ document: 'licence', validUntil: '2026-12-31' }],
  offers: [{ sku: 'CAM', unitPriceFen: 60_000, leadTimeDays: 7 }],
};

const part = (sku: string, reorderPoint: number): CatalogPart => ({ sku, name: sku, specification: 's', unit: '个', unitPriceFen: 1, designated: true, valuable: false, reorderPoint });

describe('stock ledger', () => {
  it('moves quantity from one location to another', () => {
    expect(movementDeltas({ quantity: 2, from: 'warehouse', to: 'van-a' })).toEqual([
      { location: 'warehouse', delta: -2 },
      { location: 'van-a', delta: 2 },
    ]);
    expect(transferKind('warehouse', 'van-a')).toBe('issued');
    expect(transferKind('van-a', 'warehouse')).toBe('returned');
    expect(transferKind('van-a', 'van-b')).toBe('transferred');
  });

  it('rebuilds the same balances whatever order the entries are read in (property)', () => {
    const location = fc.constantFrom('warehouse', 'van-a', 'van-b');
    const entry = fc.record({ sku: fc.constantFrom('A', 'B'), quantity: fc.integer({ min: 1, max: 9 }), from: fc.option(location, { nil: undefined }), to: fc.option(location, { nil: undefined }) });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
        const total = (balances: Map<string, number>) => [...balances.values()].reduce((a, b) => a + b, 0);
        const forward = rebuildBalances(entries);
        const backward = rebuildBalances([...entries].reverse());
        expect(Object.fromEntries(backward)).toEqual(Object.fromEntries(forward));
        const external = entries.reduce((sum, e) => sum + (e.to ? e.quantity : 0) - (e.from ? e.quantity : 0), 0);
        expect(total(forward)).toBe(external);
      }),
    );
    expect(rebuildBalances([{ sku: 'A', quantity: 3, to: 'warehouse' }, { sku: 'A', quantity: 1, from: 'warehouse', to: 'van-a' }]).get(balanceKey('warehouse', 'A'))).toBe(2);
  });
});

describe('qualified suppliers (PARTS-1)', () => {
  it('refuses a suspended, unqualified or unlisted supplier', () => {
    expect(supplierRefusal(supplier, 'CAM', '2026-11-10')).toBeUndefined();
    expect(supplierRefusal({ ...supplier, status: 'suspended' }, 'CAM', '2026-11-10')).toBe('supplier_suspended');
    expect(supplierRefusal(supplier, 'CAM', '2027-01-01')).toBe('supplier_unqualified');
    expect(supplierRefusal(supplier, 'PSU', '2026-11-10')).toBe('supplier_not_for_part');
  });
});

describe('receiving inspection (PARTS-2)', () => {
  const order = {
    id: 'o',
    status: 'ordered',
    receipts: 0,
    lines: [
      { line: 1, sku: 'CAM', quantity: 4, received: 0, accepted: 0, rejected: 0 },
      { line: 2, sku: 'CABLE', quantity: 10, received: 0, accepted: 0, rejected: 0 },
    ],
  } as unknown as PurchaseOrder;
  const serialised = (sku: string) => sku === 'CAM';

  it('checks quantities, reasons and serials line by line', () => {
    expect(receiptProblems(order, [{ line: 1, received: 5, accepted: 4, rejected: 1, rejectReason: 'x', serials: ['a', 'b', 'c', 'd'] }], serialised).map((p) => p.path)).toEqual(['lines.0.received']);
    expect(receiptProblems(order, [{ line: 1, received: 2, accepted: 1, rejected: 0, serials: ['a'] }], serialised).map((p) => p.key)).toEqual(['receipt_split']);
    expect(receiptProblems(order, [{ line: 1, received: 2, accepted: 1, rejected: 1, serials: ['a'] }], serialised).map((p) => p.path)).toEqual(['lines.0.rejectReason']);
    expect(receiptProblems(order, [{ line: 1, received: 2, accepted: 2, rejected: 0, serials: ['a', 'a'] }], serialised).map((p) => p.key)).toEqual(['serial_duplicate']);
    expect(receiptProblems(order, [{ line: 3, received: 1, accepted: 1, rejected: 0 }], serialised).map((p) => p.key)).toEqual(['unknown_order_line']);
  });

  it('is partly received until every line is complete', () => {
    const first = applyReceipt(order, [{ line: 1, received: 4, accepted: 3, rejected: 1 }]);
    expect(first).toMatchObject({ status: 'partly_received', receipts: 1 });
    expect(first.lines[0]).toMatchObject({ received: 4, accepted: 3, rejected: 1 });
    expect(applyReceipt(first, [{ line: 2, received: 10, accepted: 10, rejected: 0 }]).status).toBe('received');
  });
});

describe('stocktake', () => {
  const session = { lines: [{ sku: 'A', name: 'A', expected: 3 }, { sku: 'B', name: 'B', expected: 1 }] } as Stocktake;
  it('needs every line counted and a reason for each variance', () => {
    expect(countProblems(session, [{ sku: 'A', counted: 3 }])).toEqual([{ path: 'lines', key: 'count_missing' }]);
    expect(countProblems(session, [{ sku: 'A', counted: 2 }, { sku: 'B', counted: 1 }])).toEqual([{ path: 'lines.0.reason', key: 'required' }]);
    expect(countProblems(session, [{ sku: 'A', counted: 2, reason: 'lost' }, { sku: 'B', counted: 1 }])).toEqual([]);
    // Found on the shelf, not in the books: a variance against 0.
    expect(countProblems(session, [{ sku: 'A', counted: 3 }, { sku: 'B', counted: 1 }, { sku: 'C', counted: 2 }])).toEqual([{ path: 'lines.2.reason', key: 'required' }]);
    expect(applyCounts(session, [{ sku: 'A', counted: 3 }, { sku: 'B', counted: 1 }, { sku: 'C', counted: 2, reason: 'found' }], (sku) => `part ${sku}`).at(-1)).toEqual({ sku: 'C', name: 'part C', expected: 0, counted: 2, reason: 'found' });
  });
});

describe('reorder quantities and the plan', () => {
  it('covers lead time and a month of average use above the reorder point', () => {
    // 14 used in 2 weeks = 1 a day; 7 days lead + 30 cover = 37; + point 10 - available 5 = 42.
    expect(suggestedOrderQuantity({ reorderPoint: 10 }, { sku: 'A', onHand: 8, reserved: 3, consumed: 14 }, 2, 7)).toBe(42);
    expect(suggestedOrderQuantity({ reorderPoint: 2 }, { sku: 'A', onHand: 50, reserved: 0, consumed: 0 }, 8, 7)).toBe(0);
  });

  it('dates the purchase so that the goods arrive as the part reaches its reorder point', () => {
    // 20 above the point at 1 a day lasts 20 days; with 7 days' lead time order in 13 days.
    expect(purchaseDate('2026-11-10', 20, 1, 7)).toBe('2026-11-23');
    expect(purchaseDate('2026-11-10', 3, 1, 7)).toBe('2026-11-10');
    expect(purchaseDate('2026-11-10', -2, 1, 7)).toBe('2026-11-10');
    expect(purchaseDate('2026-12-30', 40, 2, 10)).toBe('2027-01-09');
  });

  it('proposes the cheapest approved supplier', () => {
    const cheaper = { ...supplier, id: 'sup-b', offers: [{ sku: 'CAM', unitPriceFen: 50_000, leadTimeDays: 14 }] };
    const lines = procurementPlan([part('CAM', 3)], new Map(), [supplier, cheaper, { ...cheaper, id: 'sup-c', status: 'suspended' as const, offers: [{ sku: 'CAM', unitPriceFen: 1, leadTimeDays: 1 }] }], 8, '2026-11-10');
    expect(lines).toEqual([expect.objectContaining({ sku: 'CAM', quantity: 3, supplierId: 'sup-b', unitPriceFen: 50_000 })]);
  });
});

describe('issue register (PARTS-4)', () => {
  it('follows each serial out of the store and to a job or back', () => {
    const states = reconcileRegister([
      { kind: 'issued', sku: 'CAM', at: '2026-11-01T00:00:00Z', by: 'store', quantity: 2, serials: ['S1', 'S2'], location: 'van-a', takenBy: 'a' },
      { kind: 'used', sku: 'CAM', at: '2026-11-02T00:00:00Z', by: 'a', quantity: 1, installedSerial: 'S1', location: 'van-a', jobId: 'j1' },
      { kind: 'returned', sku: 'CAM', at: '2026-11-03T00:00:00Z', by: 'store', quantity: 1, serials: ['S2'], location: 'van-a', takenBy: 'a' },
    ]);
    expect(states).toEqual([
      { serial: 'S1', state: 'used', takenBy: 'a', jobId: 'j1', at: '2026-11-02T00:00:00Z' },
      { serial: 'S2', state: 'returned', takenBy: 'a', at: '2026-11-03T00:00:00Z' },
    ]);
  });
});
