/**
 * Parts from supplier to site through the real local stack: the stock ledger behind every balance,
 * qualified suppliers, a purchase order from the plan with the manager's approval and the supplier's
 * email, receiving inspection with a partial rejection returned, a transfer to a van with the issue
 * register, use on a job, a stocktake with a variance, reorder alerts; concurrent issues of the last
 * unit; balances rebuilt from the ledger after random movements.
 */
import * as fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../lib/platform/mail/csv.ts';
import { rebuildBalances, balanceKey, type LedgerEntry } from '../../lib/parts/index.ts';
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { api, emailsTo, eventually, faultReport, fireSchedule, local, onSiteAssessment, serverNow, sqs, staffToken, visitWindow } from '../support/local.ts';

const unique = Date.now().toString(36).toUpperCase();
const CAM = `P${unique}-CAM`;
const CABLE = `P${unique}-CABLE`;
const OTHER = `P${unique}-OTHER`;
const CHEN_VAN = 'van-staff-tech-chen';
const PURCHASING = 'purchasing@elv-demo.cn';

let support: string, manager: string, cs: string, chen: string;

async function stock(location: string, sku: string) {
  const items = (await api('GET', `/v1/staff/stock/${location}`, { token: support })).body.items as Array<{ sku: string; onHand: number; reserved: number; available: number }>;
  return items.find((i) => i.sku === sku) ?? { onHand: 0, reserved: 0, available: 0 };
}

async function ledger(sku: string): Promise<LedgerEntry[]> {
  return (await api('GET', `/v1/staff/parts/${sku}/ledger`, { token: support })).body.items;
}

const part = (sku: string, valuable: boolean, reorderPoint: number, designated = true) =>
  api('PUT', `/v1/staff/parts/${sku}`, { token: support, body: { name: sku, specification: 'test', unit: '个', unitPriceFen: 10_000, designated, valuable, reorderPoint, category: 'cctv', bin: 'A-01-02' } });

const adjust = (location: string, sku: string, delta: number, reason = '期初') => api('POST', `/v1/staff/stock/${location}/${sku}/adjust`, { token: support, body: { delta, reason } });

const supplier = (id: string, overrides: Record<string, unknown> = {}) =>
  api('PUT', `/v1/staff/suppliers/${id}`, {
    token: support,
    body: {
      name: `供应商 ${id}`,
      contactName: '李经理',
      email: `${id}@supplier.example.cn`,
      status: 'approved',
      qualifications: [{ document: '营业执照及 CCC 认证', validUntil: '2030-12-31' }],
      offers: [
        { sku: CAM, unitPriceFen: 60_000, leadTimeDays: 7 },
        { sku: CABLE, unitPriceFen: 500, leadTimeDays: 3 },
      ],
      ...overrides,
    },
  });

const ok = (status: number) => expect([200, 201]).toContain(status);

beforeAll(async () => {
  [support, manager, cs] = await Promise.all([staffToken('tech_support'), staffToken('manager'), staffToken('customer_service')]);
  chen = (await api('POST', '/__local/token', { body: { staffId: 'staff-tech-chen' } })).body.token;
  for (const response of await Promise.all([part(CAM, true, 3), part(CABLE, false, 50), part(OTHER, false, 0)])) expect(response.status).toBe(200);
});

describe('the stock ledger', () => {
  it('keeps the adjust route as an entry with its reason and actor, and never goes below zero', async () => {
    expect((await adjust('warehouse', OTHER, 5, '盘盈入库')).status).toBe(200);
    const out = await adjust('warehouse', OTHER, -2, '样品领用');
    expect(out.body.stock).toMatchObject({ onHand: 3, available: 3 });
    expect(out.body.adjustment).toMatchObject({ location: 'warehouse', delta: -2, reason: '样品领用', by: 'staff-ts-zhao' });
    expect((await ledger(OTHER)).at(-1)).toMatchObject({ kind: 'adjusted', from: 'warehouse', quantity: 2, reason: '样品领用', actor: 'staff-ts-zhao', document: { type: 'adjustment', id: out.body.adjustment.id } });
    const refused = await adjust('warehouse', OTHER, -4, '报废');
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: 'insufficient_stock', sku: OTHER });
    const writeOff = await api('POST', `/v1/staff/stock/warehouse/${OTHER}/adjust`, { token: support, body: { delta: 1, reason: '报废', kind: 'written_off' } });
    expect(writeOff.status).toBe(400);
    expect(writeOff.body.error.fields[0].path).toBe('delta');
    const entries = await ledger(OTHER);
    expect(entries.map((e) => [e.kind, e.quantity, e.reason])).toEqual([
      ['adjusted', 5, '盘盈入库'],
      ['adjusted', 2, '样品领用'],
    ]);
    expect(rebuildBalances(entries).get(balanceKey('warehouse', OTHER))).toBe(3);
    const catalog = (await api('GET', '/v1/staff/parts', { token: support })).body.items;
    expect(catalog.find((p: { sku: string }) => p.sku === CAM)).toMatchObject({ valuable: true, reorderPoint: 3, bin: 'A-01-02' });
  });

  it('moves stock once for a request repeated with the same Idempotency-Key', async () => {
    const ONCE = `P${unique}-ONCE`;
    expect((await part(ONCE, false, 0)).status).toBe(200);
    const headers = { 'idempotency-key': `adjust-${unique}-1` };
    const body = { delta: 4, reason: '入库' };
    const [a, b] = await Promise.all([1, 2].map(() => api('POST', `/v1/staff/stock/warehouse/${ONCE}/adjust`, { token: support, body, headers })));
    const answered = [a!, b!].filter((r) => r.status === 200);
    expect(answered.length).toBeGreaterThanOrEqual(1);
    expect(new Set(answered.map((r) => r.body.adjustment.id)).size).toBe(1);
    const again = await api('POST', `/v1/staff/stock/warehouse/${ONCE}/adjust`, { token: support, body, headers });
    expect(again.body.adjustment.id).toBe(answered[0]!.body.adjustment.id);
    expect(await stock('warehouse', ONCE)).toMatchObject({ onHand: 4 });
    const reused = await api('POST', `/v1/staff/stock/warehouse/${ONCE}/adjust`, { token: support, body: { delta: 5, reason: '入库' }, headers });
    expect(reused.status).toBe(422);
    expect(reused.body.error.code).toBe('idempotency_key_reused');

    const move = { from: 'warehouse', to: CHEN_VAN, lines: [{ sku: ONCE, quantity: 3 }] };
    const transferHeaders = { 'idempotency-key': `transfer-${unique}-1` };
    const first = await api('POST', '/v1/staff/transfers', { token: support, body: move, headers: transferHeaders });
    const replay = await api('POST', '/v1/staff/transfers', { token: support, body: move, headers: transferHeaders });
    expect(first.status).toBe(201);
    expect(replay.body.transfer.id).toBe(first.body.transfer.id);
    expect(await stock('warehouse', ONCE)).toMatchObject({ onHand: 1 });
    expect((await ledger(ONCE)).filter((e) => e.kind === 'issued')).toHaveLength(1);
  });

  it('lets exactly one of concurrent issues of the last unit win', async () => {
    const LAST = `P${unique}-LAST`;
    expect((await part(LAST, false, 0)).status).toBe(200);
    expect((await adjust('warehouse', LAST, 1)).status).toBe(200);
    const attempts = await Promise.all(
      Array.from({ length: 6 }, (_, i) => api('POST', '/v1/staff/transfers', { token: support, body: { from: 'warehouse', to: i % 2 ? CHEN_VAN : 'van-staff-tech-liu', lines: [{ sku: LAST, quantity: 1 }] } })),
    );
    expect(attempts.filter((r) => r.status === 201)).toHaveLength(1);
    expect(attempts.filter((r) => r.status === 409).every((r) => r.body.error.code === 'insufficient_stock')).toBe(true);
    expect(attempts.filter((r) => r.status === 409)).toHaveLength(5);
    expect(await stock('warehouse', LAST)).toMatchObject({ onHand: 0, available: 0 });
    const entries = await ledger(LAST);
    expect(entries.filter((e) => e.kind === 'issued')).toHaveLength(1);
    const balances = rebuildBalances(entries);
    expect([...balances.values()].every((v) => v >= 0)).toBe(true);
  });

  it('rebuilds every balance from the ledger after a random sequence of movements', async () => {
    const locations = ['warehouse', CHEN_VAN, 'van-staff-tech-liu'];
    const movement = fc.oneof(
      fc.record({ type: fc.constant('adjust' as const), at: fc.constantFrom(...locations), delta: fc.integer({ min: -3, max: 6 }).filter((d) => d !== 0) }),
      fc.record({ type: fc.constant('transfer' as const), from: fc.constantFrom(...locations), to: fc.constantFrom(...locations), quantity: fc.integer({ min: 1, max: 4 }) }),
    );
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(movement, { minLength: 4, maxLength: 10 }), async (moves) => {
        run += 1;
        const sku = `P${unique}-R${run}`;
        expect((await part(sku, false, 0)).status).toBe(200);
        const model = new Map<string, number>();
        for (const move of moves) {
          if (move.type === 'adjust') {
            const response = await adjust(move.at, sku, move.delta, '随机');
            const before = model.get(move.at) ?? 0;
            expect(response.status).toBe(before + move.delta >= 0 ? 200 : 409);
            if (response.status === 200) model.set(move.at, before + move.delta);
          } else if (move.from !== move.to) {
            const response = await api('POST', '/v1/staff/transfers', { token: support, body: { from: move.from, to: move.to, lines: [{ sku, quantity: move.quantity }] } });
            const before = model.get(move.from) ?? 0;
            expect(response.status).toBe(before >= move.quantity ? 201 : 409);
            if (response.status === 201) {
              model.set(move.from, before - move.quantity);
              model.set(move.to, (model.get(move.to) ?? 0) + move.quantity);
            }
          }
        }
        const rebuilt = rebuildBalances(await ledger(sku));
        for (const location of locations) {
          const stored = (await stock(location, sku)).onHand;
          expect(stored).toBe(model.get(location) ?? 0);
          expect(rebuilt.get(balanceKey(location, sku)) ?? 0).toBe(stored);
          expect(stored).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 4 },
    );
  });
});

describe('from supplier to site', () => {
  it('drafts an order by hand, lists it with the orders of the year, and cancels it', async () => {
    const B = `sup-b-${unique.toLowerCase()}`;
    // Only OTHER, so that the plan below still buys CAM and CABLE from supplier A.
    expect((await supplier(B, { offers: [{ sku: OTHER, unitPriceFen: 700, leadTimeDays: 2 }] })).status).toBe(200);
    const drafted = await api('POST', '/v1/staff/purchase-orders', { token: support, body: { supplierId: B, lines: [{ sku: OTHER, quantity: 10 }], expectedBy: '2030-01-31' } });
    expect(drafted.status).toBe(201);
    expect(drafted.body.order).toMatchObject({ status: 'draft', supplierId: B, totalFen: 10 * 700, expectedBy: '2030-01-31', lines: [{ line: 1, sku: OTHER, quantity: 10, received: 0 }] });
    // Listed by the (Asia/Shanghai) year of its number: PO<year>-<n>.
    const year = drafted.body.order.number.slice(2, 6);
    const listed = (await api('GET', `/v1/staff/purchase-orders?year=${year}`, { token: support })).body.items;
    expect(listed.map((o: { id: string }) => o.id)).toContain(drafted.body.order.id);
    const cancelled = await api('POST', `/v1/staff/purchase-orders/${drafted.body.order.id}/cancel`, { token: support });
    expect(cancelled.body.order).toMatchObject({ status: 'cancelled', version: 2 });
    expect((await api('POST', `/v1/staff/purchase-orders/${drafted.body.order.id}/cancel`, { token: support })).status).toBe(409);
  });

  it('plan, approval, supplier email, receiving with a rejection returned, transfer, use on a job, stocktake, reorder alerts', async () => {
    const A = `sup-a-${unique.toLowerCase()}`;
    const SUSPENDED = `sup-s-${unique.toLowerCase()}`;
    const EXPIRED = `sup-e-${unique.toLowerCase()}`;
    expect((await supplier(A)).status).toBe(200);
    expect((await supplier(SUSPENDED, { status: 'suspended' })).status).toBe(200);
    expect((await supplier(EXPIRED, { qualifications: [{ document: '营业执照', validUntil: '2020-01-01' }] })).status).toBe(200);
    const suppliers = (await api('GET', '/v1/staff/suppliers', { token: support })).body.items;
    expect(suppliers.find((s: { id: string }) => s.id === SUSPENDED)).toMatchObject({ status: 'suspended', offers: [{ sku: CAM }, { sku: CABLE }] });
    const notDesignated = `P${unique}-ND`;
    await part(notDesignated, false, 0, false);
    const refusedOffer = await supplier(A, { offers: [{ sku: notDesignated, unitPriceFen: 1, leadTimeDays: 1 }] });
    expect(refusedOffer.status).toBe(400);
    expect(refusedOffer.body.error.fields[0].path).toBe('offers.0.sku');

    // PARTS-1: buying from a supplier not approved for the part is refused.
    for (const [id, reason] of [
      [SUSPENDED, 'supplier_suspended'],
      [EXPIRED, 'supplier_unqualified'],
    ] as const) {
      const refused = await api('POST', '/v1/staff/purchase-orders', { token: support, body: { supplierId: id, lines: [{ sku: CAM, quantity: 1 }] } });
      expect(refused.status).toBe(422);
      expect(refused.body.error).toMatchObject({ code: 'supplier_not_approved', reason });
    }
    const notListed = await api('POST', '/v1/staff/purchase-orders', { token: support, body: { supplierId: A, lines: [{ sku: OTHER, quantity: 1 }] } });
    expect(notListed.body.error).toMatchObject({ code: 'supplier_not_approved', reason: 'supplier_not_for_part' });

    // The manager approves orders above ¥1,000.
    expect((await api('PUT', '/v1/staff/parts-settings', { token: support, body: { approvalThresholdFen: 100_000, purchasingEmail: PURCHASING, consumptionWeeks: 8 } })).status).toBe(403);
    expect((await api('PUT', '/v1/staff/parts-settings', { token: manager, body: { approvalThresholdFen: 100_000, purchasingEmail: PURCHASING, consumptionWeeks: 8 } })).status).toBe(200);
    expect((await api('GET', '/v1/staff/parts-settings', { token: support })).body.settings).toEqual({ approvalThresholdFen: 100_000, purchasingEmail: PURCHASING, consumptionWeeks: 8 });

    // The plan: CABLE (reorder point 50, nothing in stock) and CAM (3) from supplier A.
    expect((await adjust('warehouse', CABLE, 10)).status).toBe(200);
    const plan = (await api('GET', '/v1/staff/procurement-plan', { token: support })).body;
    const cableLine = plan.lines.find((l: { sku: string }) => l.sku === CABLE);
    expect(cableLine).toMatchObject({ supplierId: A, available: 10, reorderPoint: 50, quantity: 40, unitPriceFen: 500, leadTimeDays: 3 });
    expect(plan.lines.find((l: { sku: string }) => l.sku === CAM)).toMatchObject({ supplierId: A, quantity: 3 });
    const drafted = await api('POST', '/v1/staff/procurement-plan/orders', { token: support, body: { month: plan.month } });
    expect(drafted.status).toBe(201);
    const order = drafted.body.items.find((o: { supplierId: string }) => o.supplierId === A);
    expect(order).toMatchObject({ status: 'draft', planMonth: plan.month, totalFen: 3 * 60_000 + 40 * 500 });
    const camLine = order.lines.find((l: { sku: string }) => l.sku === CAM);
    const cableOrderLine = order.lines.find((l: { sku: string }) => l.sku === CABLE);

    const submitted = await api('POST', `/v1/staff/purchase-orders/${order.id}/submit`, { token: support });
    expect(submitted.body.order.status).toBe('pending_approval');
    expect((await api('POST', `/v1/staff/purchase-orders/${order.id}/approve`, { token: support })).status).toBe(403);
    const notYet = await api('POST', `/v1/staff/purchase-orders/${order.id}/receipts`, { token: support, body: { lines: [{ line: 1, received: 1, accepted: 1, rejected: 0 }] } });
    expect(notYet.status).toBe(409);
    const approved = await api('POST', `/v1/staff/purchase-orders/${order.id}/approve`, { token: manager });
    expect(approved.body.order).toMatchObject({ status: 'ordered', approvedBy: 'staff-manager-wang' });

    // The supplier gets the order once, in Chinese, with the lines as CSV.
    const mail = await eventually(async () => (await emailsTo(`${A}@supplier.example.cn`)).find((e) => e.subject.includes(order.number)));
    expect(mail.subject).toContain('采购订单');
    const csv = parseCsv(Buffer.from(mail.attachments[0]!.content, 'base64').toString('utf8'));
    expect(csv[0]).toContain('备件编号');
    expect(csv.slice(1).map((row) => [row[2], row[6]])).toEqual(expect.arrayContaining([[CAM, '3'], [CABLE, '40']]));

    // A redelivered message sends nothing again.
    await sqs.send(new SendMessageCommand({ QueueUrl: local.queues.queue['parts-mail']!, MessageBody: JSON.stringify({ type: 'purchase-order.ordered', orderId: order.id }) }));
    await new Promise((r) => setTimeout(r, 3000));
    expect((await emailsTo(`${A}@supplier.example.cn`)).filter((e) => e.subject.includes(order.number))).toHaveLength(1);

    // Receiving inspection: 3 cameras arrive, one rejected (a supplier return); 20 of 40 cables.
    const badSplit = await api('POST', `/v1/staff/purchase-orders/${order.id}/receipts`, { token: support, body: { lines: [{ line: camLine.line, received: 3, accepted: 3, rejected: 0, serials: ['S1'] }] } });
    expect(badSplit.status).toBe(400);
    expect(badSplit.body.error.fields.map((f: { path: string }) => f.path)).toEqual(['lines.0.serials']);
    const receiptBody = {
      lines: [
        { line: camLine.line, received: 3, accepted: 2, rejected: 1, rejectReason: '外壳破裂', serials: [`${unique}-C1`, `${unique}-C2`] },
        { line: cableOrderLine.line, received: 20, accepted: 20, rejected: 0 },
      ],
    };
    const [first, second] = await Promise.all([
      api('POST', `/v1/staff/purchase-orders/${order.id}/receipts`, { token: support, body: receiptBody }),
      api('POST', `/v1/staff/purchase-orders/${order.id}/receipts`, { token: support, body: receiptBody }),
    ]);
    const receipts = [first, second].filter((r) => r.status === 201);
    expect(receipts).toHaveLength(1);
    expect([first, second].find((r) => r.status !== 201)!.body.error.code).toBe('document_changed');
    const received = receipts[0]!.body;
    expect(received.order.status).toBe('partly_received');
    expect(received.returns).toEqual([expect.objectContaining({ sku: CAM, quantity: 1, reason: '外壳破裂', status: 'open' })]);
    expect(await stock('warehouse', CAM)).toMatchObject({ onHand: 2 });
    expect(await stock('warehouse', CABLE)).toMatchObject({ onHand: 30 });
    const detail = (await api('GET', `/v1/staff/purchase-orders/${order.id}`, { token: support })).body;
    expect(detail.entries.map((e: LedgerEntry) => [e.sku, e.kind, e.quantity, e.to]).sort()).toEqual([
      [CABLE, 'received', 20, 'warehouse'],
      [CAM, 'received', 2, 'warehouse'],
    ]);
    expect(detail.receipts).toHaveLength(1);

    // The return is tracked to closure: shipped, then exchanged (the replacement enters stock).
    const returnId = received.returns[0].id;
    expect((await api('GET', '/v1/staff/supplier-returns', { token: support })).body.items.map((r: { id: string }) => r.id)).toContain(returnId);
    expect((await api('POST', `/v1/staff/supplier-returns/${returnId}/ship`, { token: support, body: { note: '顺丰 SF123' } })).body.return.status).toBe('shipped');
    const closed = await api('POST', `/v1/staff/supplier-returns/${returnId}/close`, { token: support, body: { outcome: 'exchange', replacementAccepted: 1, serials: [`${unique}-C3`] } });
    expect(closed.body.return).toMatchObject({ status: 'closed', outcome: 'exchange', replacementAccepted: 1 });
    expect((await api('GET', '/v1/staff/supplier-returns', { token: support })).body.items.map((r: { id: string }) => r.id)).not.toContain(returnId);
    expect(await stock('warehouse', CAM)).toMatchObject({ onHand: 3 });

    // PARTS-4: two cameras leave the store for Chen's van: the register says who took which serial.
    const noSerials = await api('POST', '/v1/staff/transfers', { token: support, body: { from: 'warehouse', to: CHEN_VAN, lines: [{ sku: CAM, quantity: 2 }] } });
    expect(noSerials.status).toBe(400);
    expect(noSerials.body.error.fields[0].path).toBe('lines.0.serials');
    const issued = await api('POST', '/v1/staff/transfers', { token: support, body: { from: 'warehouse', to: CHEN_VAN, lines: [{ sku: CAM, quantity: 2, serials: [`${unique}-C1`, `${unique}-C2`] }], reason: '备车' } });
    expect(issued.status).toBe(201);
    expect(issued.body.transfer.kind).toBe('issued');
    expect((await api('GET', '/v1/staff/transfers', { token: support })).body.items.map((t: { id: string }) => t.id)).toContain(issued.body.transfer.id);
    const twice = await api('POST', '/v1/staff/transfers', { token: support, body: { from: 'warehouse', to: CHEN_VAN, lines: [{ sku: CAM, quantity: 1, serials: [`${unique}-C1`] }] } });
    expect(twice.body.error.fields[0]).toMatchObject({ path: 'lines.0.serials' });
    let register = (await api('GET', `/v1/staff/parts/${CAM}/issue-register`, { token: support })).body;
    expect(register.serials).toEqual(expect.arrayContaining([expect.objectContaining({ serial: `${unique}-C1`, state: 'out', takenBy: 'staff-tech-chen' })]));
    expect(await stock(CHEN_VAN, CAM)).toMatchObject({ onHand: 2 });

    // A serial can only leave a van it is in.
    const wrongVan = await api('POST', '/v1/staff/transfers', { token: support, body: { from: 'van-staff-tech-liu', to: 'warehouse', lines: [{ sku: CAM, quantity: 1, serials: [`${unique}-C2`] }] } });
    expect(wrongVan.status).toBe(400);
    expect(wrongVan.body.error.fields[0]).toMatchObject({ path: 'lines.0.serials' });

    // One comes back unused.
    const back = await api('POST', '/v1/staff/transfers', { token: support, body: { from: CHEN_VAN, to: 'warehouse', lines: [{ sku: CAM, quantity: 1, serials: [`${unique}-C2`] }] } });
    expect(back.body.transfer.kind).toBe('returned');

    // Used on a job: reserved in the van at scheduling, taken at the visit, reconciled in the register.
    const report = await api('POST', '/v1/tickets', { body: faultReport() });
    const ticketId = report.body.id;
    await api('POST', `/v1/staff/tickets/${ticketId}/contact`, { token: cs, body: { note: '已联系' } });
    await api('POST', `/v1/staff/tickets/${ticketId}/triage`, { token: cs, body: { classification: 'complex', notes: '需上门' } });
    expect((await api('POST', `/v1/staff/tickets/${ticketId}/assessment`, { token: support, body: onSiteAssessment([{ sku: CAM, quantity: 1 }]) })).status).toBe(200);
    const scheduled = await api('POST', `/v1/staff/tickets/${ticketId}/schedule`, { token: manager, body: { technicianId: 'staff-tech-chen', window: visitWindow(await serverNow()) } });
    expect(scheduled.status).toBe(201);
    const job = scheduled.body.job;
    expect(job.partsToTake).toEqual([{ sku: CAM, quantity: 1, location: CHEN_VAN }]);
    const items = ['insulated_tools', 'multimeter_calibrated', 'ladder_or_platform', 'ppe_helmet_gloves', 'cable_tester', 'spare_parts_checked'];
    await api('POST', `/v1/staff/jobs/${job.jobId}/safety-check`, { token: chen, body: { items: items.map((item) => ({ item, ok: true })) } });
    expect((await api('POST', `/v1/staff/jobs/${job.jobId}/check-in`, { token: chen, body: {} })).status).toBe(200);
    const used = await api('POST', `/v1/staff/jobs/${job.jobId}/parts`, { token: chen, body: { sku: CAM, quantity: 1, installedSerial: `${unique}-C1`, removedSerial: 'OLD-1' } });
    expect(used.status).toBe(200);
    expect(await stock(CHEN_VAN, CAM)).toMatchObject({ onHand: 0, reserved: 0 });
    const usedEntry = (await ledger(CAM)).find((e) => e.kind === 'used');
    expect(usedEntry).toMatchObject({ from: CHEN_VAN, quantity: 1, actor: 'staff-tech-chen', document: { type: 'job', id: job.jobId }, serials: [`${unique}-C1`] });
    register = (await api('GET', `/v1/staff/parts/${CAM}/issue-register`, { token: support })).body;
    const states = Object.fromEntries(register.serials.map((s: { serial: string; state: string }) => [s.serial, s.state]));
    expect(states).toMatchObject({ [`${unique}-C1`]: 'used', [`${unique}-C2`]: 'returned' });

    // Stocktake of the warehouse: a cable is missing; a variance needs a reason; the manager approves.
    const opened = await api('POST', '/v1/staff/stocktakes', { token: support, body: { location: 'warehouse' } });
    expect(opened.status).toBe(201);
    const sheet = opened.body.items[0];
    expect((await api('GET', '/v1/staff/stocktakes', { token: support })).body.items.map((s: { id: string }) => s.id)).toContain(sheet.id);
    expect(sheet.lines.find((l: { sku: string }) => l.sku === CABLE)).toMatchObject({ expected: 30, bin: 'A-01-02' });
    const counts = sheet.lines.map((l: { sku: string; expected: number }) => ({ sku: l.sku, counted: l.sku === CABLE ? 29 : l.expected }));
    const noReason = await api('PUT', `/v1/staff/stocktakes/${sheet.id}/counts`, { token: support, body: { lines: counts } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.fields[0].path).toBe(`lines.${counts.findIndex((c: { sku: string }) => c.sku === CABLE)}.reason`);
    const withReason = counts.map((c: { sku: string }) => (c.sku === CABLE ? { ...c, reason: '线缆破损报废' } : c));
    expect((await api('PUT', `/v1/staff/stocktakes/${sheet.id}/counts`, { token: support, body: { lines: withReason } })).body.stocktake.status).toBe('submitted');
    expect((await api('POST', `/v1/staff/stocktakes/${sheet.id}/approve`, { token: support })).status).toBe(403);
    expect((await api('POST', `/v1/staff/stocktakes/${sheet.id}/approve`, { token: manager })).body.stocktake.status).toBe('approved');
    expect((await api('POST', `/v1/staff/stocktakes/${sheet.id}/approve`, { token: manager })).status).toBe(409);
    const everywhere = await api('POST', '/v1/staff/stocktakes', { token: support, body: { location: 'all' } });
    expect(everywhere.body.items.map((s: { location: string }) => s.location)).toEqual(expect.arrayContaining(['warehouse', CHEN_VAN, 'van-staff-tech-liu']));
    const corrections = (await api('GET', `/v1/staff/stocktakes/${sheet.id}`, { token: support })).body.entries;
    expect(corrections).toEqual([expect.objectContaining({ sku: CABLE, kind: 'stocktake', from: 'warehouse', quantity: 1, reason: '线缆破损报废', actor: 'staff-manager-wang' })]);
    expect(await stock('warehouse', CABLE)).toMatchObject({ onHand: 29 });

    // Two cables of the order found faulty on the shelf go back to the supplier: they leave stock.
    const fromStock = await api('POST', '/v1/staff/supplier-returns', { token: support, body: { purchaseOrderId: order.id, sku: CABLE, quantity: 2, reason: '绝缘层破损' } });
    expect(fromStock.status).toBe(201);
    expect(fromStock.body.return).toMatchObject({ fromLocation: 'warehouse', status: 'open', supplierId: A });
    expect(await stock('warehouse', CABLE)).toMatchObject({ onHand: 27 });
    expect((await ledger(CABLE)).at(-1)).toMatchObject({ kind: 'returned_to_supplier', from: 'warehouse', quantity: 2, document: { type: 'supplier_return', id: fromStock.body.return.id } });
    const tooMany = await api('POST', '/v1/staff/supplier-returns', { token: support, body: { purchaseOrderId: order.id, sku: CABLE, quantity: 21, reason: 'x' } });
    expect(tooMany.body.error.fields[0].path).toBe('quantity');

    // Every balance of these parts is what its ledger says.
    for (const sku of [CAM, CABLE]) {
      const rebuilt = rebuildBalances(await ledger(sku));
      for (const location of ['warehouse', CHEN_VAN]) expect(rebuilt.get(balanceKey(location, sku)) ?? 0).toBe((await stock(location, sku)).onHand);
    }

    // Reorder alerts: CABLE (27 < 50) is emailed once per crossing, however often the check runs.
    const alerts = async () => (await emailsTo(PURCHASING)).filter((e) => e.subject.includes(CABLE));
    const now = await serverNow();
    await fireSchedule('parts-reorder-watch', now);
    const alert = await eventually(async () => (await alerts())[0]);
    expect(alert.body.text).toContain('建议采购数量');
    await fireSchedule('parts-reorder-watch', new Date(now.getTime() + 86_400_000));
    expect(await alerts()).toHaveLength(1);
    expect((await adjust('warehouse', CABLE, 30)).status).toBe(200);
    await fireSchedule('parts-reorder-watch', new Date(now.getTime() + 2 * 86_400_000));
    expect(await alerts()).toHaveLength(1);
    expect((await adjust('warehouse', CABLE, -30)).status).toBe(200);
    await fireSchedule('parts-reorder-watch', new Date(now.getTime() + 3 * 86_400_000));
    await eventually(async () => (await alerts()).length === 2);

    // Closed once nothing more will come.
    ok((await api('POST', `/v1/staff/purchase-orders/${order.id}/close`, { token: support })).status);
  });
});
