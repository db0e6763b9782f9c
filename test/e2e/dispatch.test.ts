/**
 * Triage, assessment, dispatch and the on-site visit through the real local stack, one test per
 * branch, plus the refusals and duplicate queue deliveries.
 */
import { SendMessageCommand } from '@aws-sdk/client-sqs';
import { beforeAll, describe, expect, it } from 'vitest';
import { SIGNATURE_PNG, api, download, emailsTo, eventually, faultReport, local, serverNow, sqs, staffToken, visitWindow } from '../support/local.ts';
import { pdfImages, pdfText, squeezed } from '../support/pdf.ts';

const unique = Date.now().toString(36).toUpperCase();
const CAM = `T${unique}-CAM`;
const PSU = `T${unique}-PSU`;
const BAD = `T${unique}-BAD`;
const DAY = 86_400_000;

let cs: string, support: string, manager: string, chen: string, liu: string;

async function stock(location: string, sku: string) {
  const items = (await api('GET', `/v1/staff/stock/${location}`, { token: support })).body.items as Array<{ sku: string; onHand: number; reserved: number; available: number }>;
  return items.find((i) => i.sku === sku) ?? { onHand: 0, reserved: 0, available: 0 };
}

async function ticketView(id: string) {
  return (await api('GET', `/v1/staff/tickets/${id}`, { token: cs })).body;
}

async function contactedTicket(overrides: Record<string, unknown> = {}) {
  const report = faultReport(overrides);
  const created = (await api('POST', '/v1/tickets', { body: report })).body;
  expect((await api('POST', `/v1/staff/tickets/${created.id}/contact`, { token: cs, body: { note: '已联系客户' } })).status).toBe(200);
  return { ...created, report };
}

function assessment(overrides: Record<string, unknown> = {}) {
  return {
    diagnosis: '红外灯板损坏，电源输出电压偏低',
    repairPlan: '更换摄像机和电源适配器，重新压接网线水晶头',
    technicalMeasures: '断电作业；更换后测试夜视画面与 PoE 供电',
    toolsNeeded: ['梯子', '网线钳', '万用表'],
    partsNeeded: [
      { sku: CAM, quantity: 1 },
      { sku: PSU, quantity: 1 },
    ],
    skillRequired: 'cctv',
    complexity: 'complex',
    estimatedMinutes: 120,
    onSite: true,
    requiresWorkAtHeight: true,
    requiresElectrician: false,
    ...overrides,
  };
}

/** The system's "now" when the file started (test/support/local.ts serverNow). */
let startedAt: Date;

/** A visit window `daysAhead` days after the suite's start, 09:00-11:00 in Shanghai. */
const visit = (daysAhead = 1) => visitWindow(startedAt, daysAhead);

const localDay = (iso: string) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date(iso));

beforeAll(async () => {
  startedAt = await serverNow();
  [cs, support, manager, chen, liu] = await Promise.all([
    staffToken('customer_service'),
    staffToken('tech_support'),
    staffToken('manager'),
    api('POST', '/__local/token', { body: { staffId: 'staff-tech-chen' } }).then((r) => r.body.token as string),
    api('POST', '/__local/token', { body: { staffId: 'staff-tech-liu' } }).then((r) => r.body.token as string),
  ]);
  const part = (sku: string, designated: boolean, valuable: boolean, unitPriceFen: number) =>
    api('PUT', `/v1/staff/parts/${sku}`, { token: support, body: { name: sku, specification: 'test', unit: '个', unitPriceFen, designated, valuable, reorderPoint: 1 } });
  expect((await part(CAM, true, true, 68_000)).status).toBe(200);
  expect((await part(PSU, true, false, 4_500)).status).toBe(200);
  expect((await part(BAD, false, false, 1_200)).status).toBe(200);
  const adjust = (location: string, sku: string, delta: number) =>
    api('POST', `/v1/staff/stock/${location}/${sku}/adjust`, { token: support, body: { delta, reason: '入库' } });
  expect((await adjust('warehouse', CAM, 5)).status).toBe(200);
  expect((await adjust('van-staff-tech-chen', PSU, 2)).status).toBe(200);
  expect((await adjust('van-staff-tech-chen', BAD, 3)).status).toBe(200);
});

describe('simple fault: remote resolution', () => {
  it('customer service gives the solution, the customer confirms, the ticket completes and the follow-up timer starts', async () => {
    const ticket = await contactedTicket();
    const triaged = await api('POST', `/v1/staff/tickets/${ticket.id}/triage`, {
      token: cs,
      body: { classification: 'simple', notes: '电源松动', solution: '重新插紧电源插头', guidance: '指导客户检查指示灯' },
    });
    expect(triaged.body.ticket.status).toBe('remote_resolution');
    const confirmed = await api('POST', `/v1/staff/tickets/${ticket.id}/remote-resolution/confirm`, { token: cs, body: { customerConfirmation: '客户确认画面恢复' } });
    expect(confirmed.status).toBe(200);
    expect(confirmed.body.ticket).toMatchObject({ status: 'completed', remoteResolution: { customerConfirmation: '客户确认画面恢复' } });
    const view = await ticketView(ticket.id);
    expect(view.timers.find((t: { kind: string }) => t.kind === 'follow_up')).toMatchObject({ state: 'running', standardId: 'STD-3' });
  });
});

describe('complex fault assessed as remote', () => {
  it('goes to technical support (who is told by email) and back to customer service with instructions', async () => {
    const ticket = await contactedTicket();
    const triaged = await api('POST', `/v1/staff/tickets/${ticket.id}/triage`, { token: cs, body: { classification: 'complex', notes: '录像机报硬盘错误' } });
    expect(triaged.body.ticket.status).toBe('in_assessment');
    await eventually(async () => (await emailsTo('support-team@elv-demo.cn')).some((e) => e.subject.includes(ticket.number)));

    const missing = await api('POST', `/v1/staff/tickets/${ticket.id}/assessment`, { token: support, body: assessment({ onSite: false, partsNeeded: [] }) });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields[0].path).toBe('remoteInstructions');
    const assessed = await api('POST', `/v1/staff/tickets/${ticket.id}/assessment`, {
      token: support,
      body: assessment({ onSite: false, partsNeeded: [], remoteInstructions: '远程格式化硬盘并恢复录像计划' }),
    });
    expect(assessed.body.ticket).toMatchObject({ status: 'remote_resolution', remoteResolution: { guidance: '远程格式化硬盘并恢复录像计划' } });
  });
});

describe('complex fault on site', () => {
  it('assessment, dispatch, safety check, check-in, parts, sign-off, repair report, and rework afterwards', async () => {
    const ticket = await contactedTicket({ urgency: 'urgent' });
    await api('POST', `/v1/staff/tickets/${ticket.id}/triage`, { token: cs, body: { classification: 'complex', notes: '需上门' } });

    const nonDesignated = await api('POST', `/v1/staff/tickets/${ticket.id}/assessment`, { token: support, body: assessment({ partsNeeded: [{ sku: BAD, quantity: 1 }] }) });
    expect(nonDesignated.status).toBe(400);
    expect(nonDesignated.body.error.fields[0].path).toBe('partsNeeded.0.sku');
    const assessed = await api('POST', `/v1/staff/tickets/${ticket.id}/assessment`, { token: support, body: assessment() });
    expect(assessed.body.ticket.status).toBe('awaiting_dispatch');
    await eventually(async () => (await emailsTo('repair-team@elv-demo.cn')).some((e) => e.subject.includes(ticket.number)));

    // Proposals: Chen holds a valid work-at-height certificate, Liu's has lapsed.
    const window = visit(1);
    const candidates = (await api('GET', `/v1/staff/tickets/${ticket.id}/candidates?date=${localDay(window.from)}`, { token: manager })).body.candidates;
    const byId = Object.fromEntries(candidates.map((c: { technicianId: string }) => [c.technicianId, c]));
    expect(byId['staff-tech-chen']).toMatchObject({ eligible: true, reasons: [] });
    expect(byId['staff-tech-liu']).toMatchObject({ eligible: false, reasons: [{ code: 'certificate_expired', certificate: 'work_at_height', expiresOn: '2025-06-30' }] });
    expect(candidates[0].technicianId).toBe('staff-tech-chen');

    const agreedCompletionBy = new Date((await serverNow()).getTime() + 3 * DAY).toISOString();
    const refused = await api('POST', `/v1/staff/tickets/${ticket.id}/schedule`, { token: manager, body: { technicianId: 'staff-tech-liu', window, agreedCompletionBy }, headers: { 'accept-language': 'en' } });
    expect(refused.status).toBe(422);
    expect(refused.body.error).toMatchObject({ code: 'technician_not_eligible', reasons: [{ code: 'certificate_expired' }] });
    expect(refused.body.error.message).toBe('Technician 刘师傅 cannot be assigned: Work-at-height certificate expired on 2025-06-30');
    expect((await api('POST', `/v1/staff/tickets/${ticket.id}/schedule`, { token: liu, body: { technicianId: 'staff-tech-chen', window, agreedCompletionBy } })).status).toBe(403);

    const scheduled = await api('POST', `/v1/staff/tickets/${ticket.id}/schedule`, { token: manager, body: { technicianId: 'staff-tech-chen', window, agreedCompletionBy } });
    expect(scheduled.status).toBe(201);
    const job = scheduled.body.job;
    expect(job.partsToTake).toEqual([
      { sku: CAM, quantity: 1, location: 'warehouse' },
      { sku: PSU, quantity: 1, location: 'van-staff-tech-chen' },
    ]);
    expect(await stock('warehouse', CAM)).toMatchObject({ onHand: 5, reserved: 1, available: 4 });
    expect((await ticketView(ticket.id)).timers.find((t: { kind: string }) => t.kind === 'agreed_completion')).toMatchObject({ state: 'running', dueAt: agreedCompletionBy });
    await eventually(async () => (await emailsTo('chen@elv-demo.cn')).some((e) => e.subject.includes(ticket.number) && e.body.text?.includes('仓库领取')));
    await eventually(async () => (await emailsTo(ticket.report.customer.email)).some((e) => e.subject.includes('上门时间确认')));

    // Only Chen sees the job; Liu gets a 404 like for a job that does not exist.
    expect((await api('GET', `/v1/staff/jobs/${job.jobId}`, { token: liu })).status).toBe(404);
    expect((await api('GET', `/v1/staff/jobs/${job.jobId}`, { token: chen })).status).toBe(200);
    const day = (await api('GET', `/v1/staff/jobs?date=${localDay(window.from)}`, { token: chen })).body.items.map((j: { jobId: string }) => j.jobId);
    expect(day).toContain(job.jobId);
    expect((await api('GET', `/v1/staff/jobs?date=${localDay(window.from)}`, { token: liu })).body.items.map((j: { jobId: string }) => j.jobId)).not.toContain(job.jobId);

    // No start without a passed safety check.
    const standardItems = ['insulated_tools', 'multimeter_calibrated', 'ladder_or_platform', 'ppe_helmet_gloves', 'cable_tester', 'spare_parts_checked'];
    expect((await api('POST', `/v1/staff/jobs/${job.jobId}/check-in`, { token: chen, body: {} })).body.error.code).toBe('safety_check_required');
    const failing = await api('POST', `/v1/staff/jobs/${job.jobId}/safety-check`, {
      token: chen,
      body: { items: standardItems.map((item) => ({ item, ok: item !== 'ladder_or_platform', ...(item === 'ladder_or_platform' ? { note: '梯子防滑脚损坏' } : {}) })) },
    });
    expect(failing.body.job.safetyChecks[0].passed).toBe(false);
    expect((await api('POST', `/v1/staff/jobs/${job.jobId}/check-in`, { token: chen, body: {} })).status).toBe(409);
    const incomplete = await api('POST', `/v1/staff/jobs/${job.jobId}/safety-check`, { token: chen, body: { items: [{ item: 'insulated_tools', ok: true }] } });
    expect(incomplete.status).toBe(400);
    await api('POST', `/v1/staff/jobs/${job.jobId}/safety-check`, { token: chen, body: { items: standardItems.map((item) => ({ item, ok: true })) } });
    const checkedIn = await api('POST', `/v1/staff/jobs/${job.jobId}/check-in`, { token: chen, body: { latitude: 31.2304, longitude: 121.4737 } });
    expect(checkedIn.status).toBe(200);
    const onSite = await ticketView(ticket.id);
    expect(onSite.ticket.status).toBe('on_site');
    expect(onSite.timers.find((t: { kind: string }) => t.kind === 'on_site').state).toBe('met');

    await api('POST', `/v1/staff/jobs/${job.jobId}/work`, { token: chen, body: { diagnosis: '红外灯板烧毁', workDone: '更换摄像机与电源' } });

    // Parts: designated only, serials for valuable parts, stock never below zero.
    const bad = await api('POST', `/v1/staff/jobs/${job.jobId}/parts`, { token: chen, body: { sku: BAD, quantity: 1 } });
    expect(bad.status).toBe(422);
    expect(bad.body.error.code).toBe('part_not_designated');
    const noSerial = await api('POST', `/v1/staff/jobs/${job.jobId}/parts`, { token: chen, body: { sku: CAM, quantity: 1 } });
    expect(noSerial.status).toBe(400);
    const cam = await api('POST', `/v1/staff/jobs/${job.jobId}/parts`, { token: chen, body: { sku: CAM, quantity: 1, installedSerial: 'NEW-CAM-001', removedSerial: ticket.report.device.serial } });
    expect(cam.status).toBe(200);
    expect(await stock('warehouse', CAM)).toMatchObject({ onHand: 4, reserved: 0, available: 4 });
    const register = (await api('GET', `/v1/staff/parts/${CAM}/issue-register`, { token: support })).body.items;
    expect(register).toEqual([expect.objectContaining({ jobId: job.jobId, quantity: 1, installedSerial: 'NEW-CAM-001', by: 'staff-tech-chen' })]);
    const tooMany = await api('POST', `/v1/staff/jobs/${job.jobId}/parts`, { token: chen, body: { sku: PSU, quantity: 5 } });
    expect(tooMany.status).toBe(409);
    expect(tooMany.body.error).toMatchObject({ code: 'insufficient_stock', sku: PSU, location: 'van-staff-tech-chen' });
    expect(await stock('van-staff-tech-chen', PSU)).toMatchObject({ onHand: 2, reserved: 1 });
    expect((await api('POST', `/v1/staff/jobs/${job.jobId}/parts`, { token: chen, body: { sku: PSU, quantity: 1 } })).status).toBe(200);
    expect(await stock('van-staff-tech-chen', PSU)).toMatchObject({ onHand: 1, reserved: 0, available: 1 });

    // Sign-off: a PNG only, then completed with the follow-up timer running and the report emailed.
    const notPng = await api('POST', `/v1/staff/jobs/${job.jobId}/sign-off`, { token: chen, body: { signerName: '张伟', testResult: '夜视正常', usageNotes: '勿遮挡', signaturePng: Buffer.from('GIF89a-not-a-png').toString('base64') } });
    expect(notPng.status).toBe(400);
    expect(notPng.body.error.fields[0].path).toBe('signaturePng');
    const signed = await api('POST', `/v1/staff/jobs/${job.jobId}/sign-off`, { token: chen, body: { signerName: '张伟', testResult: '夜视画面正常，录像正常', usageNotes: '镜头前勿遮挡', signaturePng: SIGNATURE_PNG } });
    expect(signed.status).toBe(200);
    const done = await ticketView(ticket.id);
    expect(done.ticket.status).toBe('completed');
    expect(done.timers.find((t: { kind: string }) => t.kind === 'agreed_completion').state).toBe('met');
    expect(done.timers.find((t: { kind: string }) => t.kind === 'follow_up').state).toBe('running');

    const report = await eventually(async () => (await emailsTo(ticket.report.customer.email)).find((e) => e.subject.includes('维修报告')));
    // The repair report is a PDF: the work, the parts with serials, the signature image.
    expect(report.attachments.map((a: { filename?: string; contentType?: string }) => a.filename)).toEqual([`维修服务报告-${ticket.number}.pdf`]);
    const attached = Buffer.from(report.attachments[0]!.content, 'base64');
    expect(attached.length).toBeLessThan(300 * 1024);
    const words = squeezed(pdfText(attached));
    for (const expected of ['维修服务报告', ticket.number, 'NEW-CAM-001', '夜视画面正常，录像正常', '镜头前勿遮挡', '张伟', '到场时间', '完成时间', '技术员']) expect(words).toContain(expected);
    expect(pdfImages(attached).length).toBeGreaterThan(0);
    const csCopy = await eventually(async () => (await emailsTo('cs-team@elv-demo.cn')).find((e) => e.subject.includes(`${ticket.number}】维修报告`)));
    expect(csCopy.attachments[0]!.filename).toBe(`维修服务报告-${ticket.number}.pdf`);

    // Downloads: the job's technician and customer service (logged as a read of the customer's data);
    // another technician's job is 404; the customer through the status link.
    const own = await download(`/v1/staff/jobs/${job.jobId}/repair-report.pdf`, { token: chen });
    expect(own.status).toBe(200);
    expect(own.headers.get('content-type')).toBe('application/pdf');
    expect(squeezed(pdfText(own.bytes))).toContain('NEW-CAM-001');
    expect((await download(`/v1/staff/jobs/${job.jobId}/repair-report.pdf`, { token: liu })).status).toBe(404);
    const before = await serverNow();
    expect((await download(`/v1/staff/jobs/${job.jobId}/repair-report.pdf`, { token: cs })).status).toBe(200);
    const log = await api('GET', `/v1/staff/privacy/access-log?staffId=staff-cs-li&limit=50`, { token: manager });
    expect(log.body.items.find((entry: { purpose: string; ticketIds: string[]; at: string }) => entry.purpose === 'GET /v1/staff/jobs/{jobId}/repair-report.pdf' && entry.ticketIds.includes(ticket.id) && Date.parse(entry.at) >= before.getTime())).toBeTruthy();
    const statusLink = new URL(ticket.statusUrl);
    const customerCopy = await download(`/v1/tickets/${ticket.id}/repair-report.pdf?t=${encodeURIComponent(statusLink.searchParams.get('t')!)}`);
    expect(customerCopy.status).toBe(200);
    expect(customerCopy.headers.get('content-type')).toBe('application/pdf');
    expect(squeezed(pdfText(customerCopy.bytes))).toContain('夜视画面正常，录像正常');
    expect((await download(`/v1/tickets/${ticket.id}/repair-report.pdf?t=0.AAAA`)).status).toBe(404);

    // Out of order: the job is completed.
    const late = await api('POST', `/v1/staff/jobs/${job.jobId}/check-in`, { token: chen, body: {} });
    expect(late.status).toBe(409);
    expect(late.body.error.currentStatus).toBe('completed');

    // Duplicate delivery of the hand-off messages sends nothing again.
    for (const [queue, body] of [
      ['repair-reports', { type: 'job.completed', jobId: job.jobId }],
      ['work-handoffs', { type: 'job.scheduled', jobId: job.jobId, revision: 0 }],
    ] as const) {
      await sqs.send(new SendMessageCommand({ QueueUrl: local.queues.queue[queue]!, MessageBody: JSON.stringify(body) }));
    }
    await new Promise((r) => setTimeout(r, 3000));
    expect((await emailsTo(ticket.report.customer.email)).filter((e) => e.subject.includes('维修报告'))).toHaveLength(1);
    expect((await emailsTo('chen@elv-demo.cn')).filter((e) => e.subject.includes(ticket.number))).toHaveLength(1);

    // The same device fails again within the repair warranty: a suspected rework, linked, not yet free;
    // the technician judges that the repair caused it: free of charge.
    const again = await api('POST', '/v1/tickets', { body: faultReport({ device: { ...ticket.report.device } }) });
    const suspected = (await ticketView(again.body.id)).ticket;
    expect(suspected).toMatchObject({ rework: { ofTicketId: ticket.id, ofTicketNumber: ticket.number, judgement: 'suspected' } });
    expect(suspected.freeOfCharge).toBeUndefined();
    const judged = await api('POST', `/v1/staff/tickets/${again.body.id}/rework-judgement`, { token: chen, body: { decision: 'confirmed', reason: '水晶头压接不良导致' } });
    expect(judged.status).toBe(200);
    expect(judged.body.ticket).toMatchObject({ freeOfCharge: true, rework: { judgement: 'confirmed', decisions: [{ decision: 'confirmed', by: 'staff-tech-chen', override: false }] } });
  });
});

describe('rescheduling and cancelling a visit', () => {
  it('keeps the history, tells the customer, and releases reservations on cancel', async () => {
    const ticket = await contactedTicket();
    await api('POST', `/v1/staff/tickets/${ticket.id}/triage`, { token: cs, body: { classification: 'complex', notes: '需上门' } });
    await api('POST', `/v1/staff/tickets/${ticket.id}/assessment`, { token: support, body: assessment({ complexity: 'simple', requiresWorkAtHeight: false, partsNeeded: [{ sku: CAM, quantity: 2 }] }) });
    const before = await stock('warehouse', CAM);
    const job = (await api('POST', `/v1/staff/tickets/${ticket.id}/schedule`, { token: chen, body: { technicianId: 'staff-tech-liu', window: visit(2) } })).body.job;
    expect(job.technicianId).toBe('staff-tech-liu');
    expect(await stock('warehouse', CAM)).toMatchObject({ reserved: before.reserved + 2 });

    const moved = await api('POST', `/v1/staff/jobs/${job.jobId}/reschedule`, { token: manager, body: { window: visit(3), reason: '客户要求改期' } });
    expect(moved.body.job.reschedules).toEqual([expect.objectContaining({ reason: '客户要求改期', from: job.window, to: moved.body.job.window })]);
    await eventually(async () => (await emailsTo(ticket.report.customer.email)).some((e) => e.subject.includes('上门时间已变更')));

    const cancelled = await api('POST', `/v1/staff/jobs/${job.jobId}/cancel`, { token: manager, body: { reason: '客户自行修复' } });
    expect(cancelled.body.job.status).toBe('cancelled');
    expect(await stock('warehouse', CAM)).toMatchObject({ reserved: before.reserved, onHand: before.onHand });
    expect((await ticketView(ticket.id)).ticket.status).toBe('awaiting_dispatch');
    expect((await api('POST', `/v1/staff/jobs/${job.jobId}/cancel`, { token: manager, body: { reason: 'again' } })).status).toBe(409);
  });
});

describe('ticket facts found on the phone', () => {
  it('records every change on the timeline', async () => {
    const ticket = await contactedTicket();
    const edited = await api('PATCH', `/v1/staff/tickets/${ticket.id}`, { token: cs, body: { device: { model: 'DS-2CD2347G2', serial: 'SN-FIXED-1' } } });
    expect(edited.body.ticket.device).toMatchObject({ model: 'DS-2CD2347G2', serial: 'SN-FIXED-1' });
    const event = (await ticketView(ticket.id)).events.find((e: { type: string }) => e.type === 'facts_edited');
    expect(event.data.changes).toEqual([
      { field: 'device.model', from: 'DS-2CD2T47G2', to: 'DS-2CD2347G2' },
      { field: 'device.serial', from: ticket.report.device.serial, to: 'SN-FIXED-1' },
    ]);
    expect((await api('PATCH', `/v1/staff/tickets/${ticket.id}`, { token: cs, body: { device: { model: 'DS-2CD2347G2' } } })).status).toBe(400);
  });
});
