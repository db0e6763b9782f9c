/**
 * The privacy notice at collection (PIPL, CONF-1): a report may carry the reporter's acknowledgement
 * of the notice, recorded on the ticket as a fact with the notice's version; the API does not require
 * it (integrations and the phone channel report without it); the OpenAPI document of the intake
 * operation carries the same notice in Chinese and English.
 */
import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { PRIVACY_NOTICE_VERSION, privacyNotice } from '../../lib/tickets/index.ts';
import { api, dynamo, faultReport, local, serverNow } from '../support/local.ts';

const storedTicket = async (id: string) => (await dynamo.send(new GetCommand({ TableName: local.tableName, Key: { PK: `TICKET#${id}`, SK: 'TICKET' } }))).Item;

describe('the privacy notice on a report', () => {
  it('records the acknowledgement with its version and when it was given', async () => {
    const before = await serverNow();
    const created = await api('POST', '/v1/tickets', { body: faultReport({ privacyNoticeAccepted: true, privacyNoticeVersion: PRIVACY_NOTICE_VERSION }) });
    expect(created.status).toBe(201);
    const { privacyNotice: recorded } = (await storedTicket(created.body.id))!;
    expect(recorded.version).toBe(PRIVACY_NOTICE_VERSION);
    expect(Date.parse(recorded.acceptedAt)).toBeGreaterThanOrEqual(before.getTime());
    expect(Date.parse(recorded.acceptedAt)).toBeLessThan(before.getTime() + 60_000);
  });

  it('is optional on the API, and names the current version when the client leaves it out', async () => {
    const without = await api('POST', '/v1/tickets', { body: faultReport() });
    expect(without.status).toBe(201);
    expect((await storedTicket(without.body.id))!.privacyNotice).toBeUndefined();
    const unversioned = await api('POST', '/v1/tickets', { body: faultReport({ privacyNoticeAccepted: true }) });
    expect((await storedTicket(unversioned.body.id))!.privacyNotice.version).toBe(PRIVACY_NOTICE_VERSION);
  });

  it('refuses anything but an acknowledgement, and unknown versions, field by field', async () => {
    const refused = await api('POST', '/v1/tickets', { headers: { 'accept-language': 'en' }, body: faultReport({ privacyNoticeAccepted: false, privacyNoticeVersion: '1999-01' }) });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields.map((f: { path: string }) => f.path).sort()).toEqual(['privacyNoticeAccepted', 'privacyNoticeVersion']);
  });

  it('is described in both languages on the intake operation of the OpenAPI document', async () => {
    const document = (await api('GET', '/v1/openapi.json')).body;
    const description: string = document.paths['/v1/tickets'].post.description;
    for (const locale of ['zh-CN', 'en'] as const) {
      const notice = privacyNotice(locale);
      expect(description).toContain(notice.title);
      for (const item of notice.items) expect(description).toContain(item.text);
    }
    expect(document.components.schemas.FaultReport.properties).toHaveProperty('privacyNoticeAccepted');
  });
});
