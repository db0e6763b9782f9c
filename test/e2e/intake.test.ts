/**
 * The public intake API end to end through the local gateway, against DynamoDB Local, the local SQS
 * and the local SES (every assertion reads what the real services hold).
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { allRoutes, routeKey } from '../../lib/wiring.ts';
import { api, dynamo, emailsTo, eventually, faultReport, local, openedTicketItem } from '../support/local.ts';
import { operations, validatorFor } from '../support/contract.ts';

describe('POST /v1/tickets', () => {
  it('creates a numbered ticket, answers 201 with a signed status URL, and stores the timeline', async () => {
    const report = faultReport({ urgency: 'urgent' });
    const created = await api('POST', '/v1/tickets', { body: report });

    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'received' });
    expect(created.body.number).toMatch(/^\d{8}-\d{4,}$/);
    expect(created.body.statusUrl).toBe(`${local.api}/v1/tickets/${created.body.id}?t=${new URL(created.body.statusUrl).searchParams.get('t')}`);
    expect(created.headers.get('location')).toBe(created.body.statusUrl);

    const stored = await dynamo.send(new GetCommand({ TableName: local.tableName, Key: { PK: `TICKET#${created.body.id}`, SK: 'TICKET' } }));
    expect(stored.Item!.customer.phone).toMatch(/^enc:v1:/); // sealed in the table, opened when read
    expect(await openedTicketItem(stored.Item)).toMatchObject({
      status: 'received',
      urgency: 'urgent',
      channel: 'api',
      locale: 'zh-CN',
      customer: { name: '张伟', phone: '+8613812345678', email: report.customer.email },
      device: { system: 'cctv', serial: report.device.serial },
    });
    const byNumber = await dynamo.send(new GetCommand({ TableName: local.tableName, Key: { PK: `TICKETNO#${created.body.number}`, SK: 'TICKETNO' } }));
    expect(byNumber.Item?.ticketId).toBe(created.body.id);
  });

  it('defaults urgency to general and locale to zh-CN', async () => {
    const created = await api('POST', '/v1/tickets', { body: faultReport() });
    const stored = await dynamo.send(new GetCommand({ TableName: local.tableName, Key: { PK: `TICKET#${created.body.id}`, SK: 'TICKET' } }));
    expect(stored.Item).toMatchObject({ urgency: 'general', locale: 'zh-CN' });
  });
});

describe('the public status view', () => {
  it('shows number, status and milestones to the link holder, and no personal data', async () => {
    const report = faultReport();
    const created = await api('POST', '/v1/tickets', { body: report });
    const path = new URL(created.body.statusUrl).pathname + new URL(created.body.statusUrl).search;

    const view = await eventually(async () => {
      const response = await api('GET', path);
      return response.body.milestones?.some((m: { type: string }) => m.type === 'acknowledged') ? response : undefined;
    });
    expect(view.status).toBe(200);
    expect(view.body).toMatchObject({ number: created.body.number, status: 'received', statusLabel: '已受理', system: 'cctv' });
    expect(view.body.milestones.map((m: { type: string }) => m.type)).toEqual(['received', 'acknowledged']);
    expect(typeof view.body.nextStep).toBe('string');
    const text = JSON.stringify(view.body);
    for (const secret of ['13812345678', report.customer.email, report.site.address, report.customer.name, report.device.serial]) {
      expect(text).not.toContain(secret);
    }
  });

  it('answers a wrong, missing or foreign token exactly like an unknown ticket (404)', async () => {
    const first = await api('POST', '/v1/tickets', { body: faultReport() });
    const second = await api('POST', '/v1/tickets', { body: faultReport() });
    const secondToken = new URL(second.body.statusUrl).searchParams.get('t');
    const unknown = await api('GET', `/v1/tickets/00000000-0000-4000-8000-000000000000?t=${secondToken}`);
    const responses = [
      await api('GET', `/v1/tickets/${first.body.id}`),
      await api('GET', `/v1/tickets/${first.body.id}?t=0.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`),
      await api('GET', `/v1/tickets/${first.body.id}?t=${secondToken}`),
      await api('GET', `/v1/tickets/not-a-uuid?t=${secondToken}`),
    ];
    for (const response of responses) {
      expect(response.status).toBe(404);
      expect(response.body).toEqual(unknown.body);
    }
    expect(unknown.status).toBe(404);
  });

  it('speaks English when asked', async () => {
    const created = await api('POST', '/v1/tickets', { body: faultReport({ locale: 'en' }) });
    const url = new URL(created.body.statusUrl);
    const view = await api('GET', url.pathname + url.search);
    expect(view.body.statusLabel).toBe('Received');
    const chinese = await api('GET', url.pathname + url.search, { headers: { 'accept-language': 'zh-CN,zh;q=0.9' } });
    expect(chinese.body.statusLabel).toBe('已受理');
  });
});

describe('the acknowledgement email', () => {
  it('reaches the customer once, in Chinese, with the number, the next step and the status link', async () => {
    const report = faultReport();
    const created = await api('POST', '/v1/tickets', { body: report });
    const [email] = await eventually(async () => {
      const emails = await emailsTo(report.customer.email);
      return emails.length ? emails : undefined;
    });
    expect(email!.subject).toBe(`【${created.body.number}】报修已受理`);
    expect(email!.body.text).toContain(created.body.number);
    expect(email!.body.text).toContain('1 个工作日内');
    // The email links to the status page (web/), carrying the same signed token as the API link.
    const statusPage = `${local.api}/status.html?id=${created.body.id}&t=${new URL(created.body.statusUrl).searchParams.get('t')}`;
    expect(email!.body.text).toContain(statusPage);
    expect(email!.body.html).toContain(`href="${statusPage.replaceAll('&', '&amp;')}"`);
    await new Promise((r) => setTimeout(r, 1500));
    expect(await emailsTo(report.customer.email)).toHaveLength(1);
  });

  it('is in English for an English report and promises the urgent contact time', async () => {
    const report = faultReport({ locale: 'en', urgency: 'urgent' });
    const created = await api('POST', '/v1/tickets', { body: report });
    const [email] = await eventually(async () => {
      const emails = await emailsTo(report.customer.email);
      return emails.length ? emails : undefined;
    });
    expect(email!.subject).toBe(`[${created.body.number}] We received your fault report`);
    expect(email!.body.text).toContain('within 1 hour');
  });

  it('is skipped without an email address, and the ticket is still acknowledged and routed', async () => {
    const report = faultReport();
    delete (report.customer as { email?: string }).email;
    const created = await api('POST', '/v1/tickets', { body: report });
    const stored = await eventually(async () => {
      const item = (await dynamo.send(new GetCommand({ TableName: local.tableName, Key: { PK: `TICKET#${created.body.id}`, SK: 'ACK' } }))).Item;
      return item?.acknowledgedAt ? item : undefined;
    });
    expect(stored.acknowledgedAt).toMatch(/Z$/);
  });
});

describe('Idempotency-Key', () => {
  it('returns the same ticket for the same key and body', async () => {
    const body = faultReport();
    const key = `idem-${Date.now()}-same`;
    const first = await api('POST', '/v1/tickets', { body, headers: { 'idempotency-key': key } });
    const second = await api('POST', '/v1/tickets', { body, headers: { 'idempotency-key': key } });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
  });

  it('answers concurrent requests with one key and one body with one ticket, whatever the order of the fields', async () => {
    const body = faultReport();
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const key = `idem-${Date.now()}-race`;
    const answers = await Promise.all([body, reordered, body, reordered].map((b) => api('POST', '/v1/tickets', { body: b, headers: { 'idempotency-key': key } })));
    expect(answers.map((a) => a.status)).toEqual([201, 201, 201, 201]);
    expect(new Set(answers.map((a) => a.body.id)).size).toBe(1);
    expect(new Set(answers.map((a) => a.body.number)).size).toBe(1);
    const stored = await dynamo.send(new GetCommand({ TableName: local.tableName, Key: { PK: `TICKETNO#${answers[0]!.body.number}`, SK: 'TICKETNO' } }));
    expect(stored.Item?.ticketId).toBe(answers[0]!.body.id);
  });

  it('refuses the same key with another body (422), and a malformed key (400)', async () => {
    const key = `idem-${Date.now()}-other`;
    const first = await api('POST', '/v1/tickets', { body: faultReport(), headers: { 'idempotency-key': key } });
    const second = await api('POST', '/v1/tickets', { body: faultReport(), headers: { 'idempotency-key': key, 'accept-language': 'en' } });
    expect(first.status).toBe(201);
    expect(second.status).toBe(422);
    expect(second.body.error.code).toBe('idempotency_key_reused');
    expect(second.body.error.message).toContain('Idempotency-Key');
    const bad = await api('POST', '/v1/tickets', { body: faultReport(), headers: { 'idempotency-key': 'x' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([{ path: 'Idempotency-Key', message: '格式不正确' }]);
  });
});

describe('ticket numbers under concurrent intake', () => {
  it('hands out distinct, consecutive numbers of the day to 40 simultaneous reports', async () => {
    const responses = await Promise.all(Array.from({ length: 40 }, () => api('POST', '/v1/tickets', { body: faultReport() })));
    expect(responses.every((r) => r.status === 201)).toBe(true);
    const numbers = responses.map((r) => r.body.number as string);
    expect(new Set(numbers).size).toBe(40);
    const byDay = new Map<string, number[]>();
    for (const number of numbers) {
      const [day, seq] = number.split('-');
      byDay.set(day!, [...(byDay.get(day!) ?? []), Number(seq)]);
    }
    for (const sequences of byDay.values()) {
      sequences.sort((a, b) => a - b);
      // Other test files create tickets at the same time, so the run may have gaps but never repeats.
      expect(new Set(sequences).size).toBe(sequences.length);
    }
  });
});

describe('health and OpenAPI', () => {
  it('answers health', async () => {
    expect(await api('GET', '/v1/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('documents every route with the request schemas', async () => {
    const doc = (await api('GET', '/v1/openapi.json')).body;
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths as Record<string, Record<string, unknown>>).flatMap(([path, methods]) =>
      Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(documented.sort()).toEqual(allRoutes().map(routeKey).sort());
    const ref = doc.paths['/v1/tickets'].post.requestBody.content['application/json'].schema.$ref as string;
    const body = doc.components.schemas[ref.replace('#/components/schemas/', '')];
    expect(body.required).toEqual(expect.arrayContaining(['customer', 'site', 'device', 'symptom']));
    expect(body.additionalProperties).toBe(false);
    expect(body.properties.device.properties.system.enum).toContain('building_automation');
    expect(doc.paths['/v1/staff/tickets'].get.security).toEqual([{ staffJwt: [] }]);
  });

  it('names, summarises and assigns roles to every operation, from the manifest', async () => {
    const doc = (await api('GET', '/v1/openapi.json')).body;
    const ids = new Set<string>();
    for (const route of allRoutes()) {
      const operation = doc.paths[route.path][route.method.toLowerCase()];
      expect(operation.operationId).toMatch(/^[a-z][A-Za-z]+$/);
      expect(ids.has(operation.operationId)).toBe(false);
      ids.add(operation.operationId);
      expect(operation.summary.length).toBeGreaterThan(5);
      const success = Object.keys(operation.responses).find((status) => status.startsWith('2'))!;
      // JSON, or a printable document (`application/pdf`, binary).
      const content = operation.responses[success].content;
      expect(content['application/json']?.schema ?? content['application/pdf']?.schema, `${route.method} ${route.path}`).toBeDefined();
      if (route.auth === 'staff') {
        expect(route.roles!.length).toBeGreaterThan(0);
        expect(operation['x-roles'].sort()).toEqual([...new Set(['manager', ...route.roles!])].sort());
        expect(operation.description).toContain('**Roles:**');
        expect(Object.keys(operation.responses)).toEqual(expect.arrayContaining(['401', '403']));
      } else {
        expect(operation['x-roles']).toBeUndefined();
      }
    }
    // Every request example is a request the schema allows.
    for (const operation of operations()) {
      const content = operation.spec.requestBody?.content?.['application/json'];
      if (content?.example !== undefined) expect(validatorFor(`example ${operation.operationId}`, content.schema)(content.example), operation.operationId).toBe(true);
    }
    // Scheduling is the manager's and the repair-service leads': the document says who may, customer service gets the 403 it promises.
    expect(doc.paths['/v1/staff/tickets/{id}/schedule'].post['x-roles']).toEqual(['manager', 'technician']);
    expect(doc.paths['/v1/staff/tickets/{id}/schedule'].post.description).toContain('repair-service lead');
    const error = doc.components.schemas.Error;
    expect(error.additionalProperties).toBeUndefined(); // open: details beside code and message are allowed
    for (const detail of ['technicianId', 'reasons', 'statementStatus', 'currentRevision', 'outstandingFen', 'sku']) expect(error.properties.error.properties[detail]).toBeDefined();
    for (const code of ['technician_not_eligible', 'statement_revision_stale', 'payment_exceeds_outstanding', 'method_not_allowed', 'validation_failed']) expect(error.description).toContain(`\`${code}\``);
    expect(doc.components.schemas.PublicTicketView.required).toContain('promises');
  });

  it('answers a known path with another method 405 and its Allow header, and a malformed path 400, in the error shape', async () => {
    const refused = { error: { code: 'method_not_allowed', message: 'This endpoint does not support this method; allowed: POST', allow: ['POST'] } };
    const deleted = await api('DELETE', '/v1/tickets', { headers: { 'accept-language': 'en' } });
    expect(deleted.status).toBe(405);
    expect(deleted.headers.get('allow')).toBe('POST');
    expect(deleted.body).toEqual(refused);
    // fetch refuses to send TRACE: a plain HTTP request does.
    const { request } = await import('node:http');
    const traced = await new Promise<{ status: number; allow: string | undefined; body: string }>((resolve, reject) => {
      const sent = request(`${local.api}/v1/tickets`, { method: 'TRACE', headers: { 'accept-language': 'en' } }, (response) => {
        let body = '';
        response.on('data', (chunk) => (body += chunk));
        response.on('end', () => resolve({ status: response.statusCode!, allow: response.headers.allow, body }));
      });
      sent.on('error', reject);
      sent.end();
    });
    expect(traced.status).toBe(405);
    expect(traced.allow).toBe('POST');
    expect(JSON.parse(traced.body)).toEqual(refused);
    expect((await api('PUT', '/v1/staff/tickets/2a0e1f36-3c0e-4a47-9f57-1a0c5a4b1c11')).headers.get('allow')).toBe('GET, PATCH');
    const malformed = await api('GET', '/v1/tickets/%E0%A4%A?t=x');
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.code).toBe('malformed_path');
    expect(JSON.stringify(malformed.body)).not.toMatch(/URIError|at |\.ts/);
  });

  it('answers an unknown route with 404 in the error shape', async () => {
    const response = await api('GET', '/v1/nothing-here', { headers: { 'accept-language': 'en' } });
    expect(response.status).toBe(404);
    expect(response.body).toEqual({ error: { code: 'route_not_found', message: 'No such endpoint' } });
  });
});
