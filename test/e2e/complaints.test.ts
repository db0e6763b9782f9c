/** A customer files a complaint from the status page (signed status link) and follows it there. */
import { beforeAll, describe, expect, it } from 'vitest';
import { api, eventually, faultReport, staffToken } from '../support/local.ts';

let cs: string, manager: string;

beforeAll(async () => {
  [cs, manager] = await Promise.all([staffToken('customer_service'), staffToken('manager')]);
});

/** The status link's path and token, as the customer's acknowledgement and the report's answer carry them. */
async function reportWithLink() {
  const created = (await api('POST', '/v1/tickets', { body: faultReport() })).body as { id: string; number: string; statusUrl: string };
  const url = new URL(created.statusUrl);
  return { ...created, t: url.searchParams.get('t')! };
}

describe("the customer's complaint from the status page", () => {
  it('is filed with the status link only, investigated by the manager, and its reply shows on the status page', async () => {
    const ticket = await reportWithLink();
    const path = `/v1/tickets/${ticket.id}/complaints`;
    expect((await api('POST', `${path}?t=${encodeURIComponent(ticket.t)}x`, { body: { complaint: '等了很久没人联系' } })).status).toBe(404);
    const missing = await api('POST', path, { body: { complaint: '等了很久没人联系' }, headers: { 'accept-language': 'en' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields[0].path).toBe('t');
    const empty = await api('POST', `${path}?t=${encodeURIComponent(ticket.t)}`, { body: { complaint: '   ' } });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields[0]).toMatchObject({ path: 'complaint', message: '此项为必填项' });

    const filed = await api('POST', `${path}?t=${encodeURIComponent(ticket.t)}`, { body: { complaint: '等了很久没人联系' } });
    expect(filed.status).toBe(201);
    const investigationId = filed.body.complaint.investigationId as string;
    const view = (await api('GET', `/v1/tickets/${ticket.id}?t=${encodeURIComponent(ticket.t)}`)).body;
    expect(view.complaints).toEqual([{ investigationId, filedAt: filed.body.complaint.filedAt, complaint: '等了很久没人联系', status: 'open', statusLabel: '已受理，正在调查' }]);

    const open = await eventually(async () => ((await api('GET', '/v1/staff/investigations', { token: manager })).body.items as Array<Record<string, any>>).find((i) => i.investigationId === investigationId));
    expect(open).toMatchObject({ source: 'complaint', ticketId: ticket.id, trigger: { complaint: '等了很久没人联系' } });
    const timeline = (await api('GET', `/v1/staff/tickets/${ticket.id}`, { token: cs })).body.events;
    expect(timeline.find((e: { type: string }) => e.type === 'complaint_registered')).toMatchObject({ actor: 'customer', data: { investigationId } });

    await api('POST', `/v1/staff/investigations/${investigationId}/analysis`, { token: manager, body: { rootCause: '工单高峰未及时分派', correctiveMeasures: '增加高峰时段客服排班', owner: '王经理', dueDate: '2026-12-31' } });
    await api('POST', `/v1/staff/investigations/${investigationId}/outcome`, { token: cs, body: { customerMessage: '非常抱歉让您久等，我们已增加高峰时段的客服人手。' } });
    expect((await api('POST', `/v1/staff/investigations/${investigationId}/approve`, { token: manager })).status).toBe(200);
    const after = (await api('GET', `/v1/tickets/${ticket.id}?t=${encodeURIComponent(ticket.t)}`, { headers: { 'accept-language': 'en' } })).body;
    expect(after.complaints[0]).toMatchObject({ status: 'closed', statusLabel: 'Resolved', reply: '非常抱歉让您久等，我们已增加高峰时段的客服人手。' });
  });
});
