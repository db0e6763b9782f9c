/** Bad input: each field's bad values get a clear 400 naming the field, in zh-CN and en; nothing is stored. */
import { describe, expect, it } from 'vitest';
import { api, faultReport } from '../support/local.ts';

type Mutator = (body: any) => void;

const cases: Array<[string, Mutator, string, string]> = [
  ['customer.name', (b) => delete b.customer.name, '此项为必填项', 'This field is required'],
  ['customer.name', (b) => (b.customer.name = '   '), '此项为必填项', 'This field is required'],
  ['customer.name', (b) => (b.customer.name = '张'.repeat(101)), '长度不能超过 100 个字符', 'Must be at most 100 characters'],
  ['customer.phone', (b) => (b.customer.phone = '12345'), '电话号码格式不正确（中国大陆手机号，或“+国家码”开头的号码）', 'Not a valid phone number (a mainland China mobile number or +country code format)'],
  ['customer.phone', (b) => (b.customer.phone = 13812345678), '类型不正确，应为文本', 'Wrong type, expected text'],
  ['customer.email', (b) => (b.customer.email = 'not-an-email'), '邮箱地址格式不正确', 'Not a valid email address'],
  ['customer.organisation', (b) => (b.customer.organisation = 'x'.repeat(201)), '长度不能超过 200 个字符', 'Must be at most 200 characters'],
  ['site', (b) => delete b.site, '此项为必填项', 'This field is required'],
  ['site.address', (b) => (b.site.address = ''), '此项为必填项', 'This field is required'],
  ['site.contactPhone', (b) => (b.site.contactPhone = '555'), '电话号码格式不正确（中国大陆手机号，或“+国家码”开头的号码）', 'Not a valid phone number (a mainland China mobile number or +country code format)'],
  ['device.system', (b) => (b.device.system = 'toaster'), '取值无效，可选值：视频监控、门禁、楼宇对讲、网络布线、公共广播、楼宇自控、停车场系统、防盗报警、其他', 'Invalid value, expected one of: CCTV, Access control, Intercom, Network cabling, PA / broadcast, Building automation, Parking system, Intrusion alarm, Other'],
  ['device.serial', (b) => (b.device.serial = 'S'.repeat(101)), '长度不能超过 100 个字符', 'Must be at most 100 characters'],
  ['symptom', (b) => delete b.symptom, '此项为必填项', 'This field is required'],
  ['symptom', (b) => (b.symptom = '故'.repeat(4001)), '长度不能超过 4000 个字符', 'Must be at most 4000 characters'],
  ['urgency', (b) => (b.urgency = 'asap'), '取值无效，可选值：紧急、一般', 'Invalid value, expected one of: Urgent, General'],
  ['locale', (b) => (b.locale = 'fr'), '取值无效，可选值：简体中文、英文', 'Invalid value, expected one of: Simplified Chinese, English'],
  ['priority', (b) => (b.priority = 'high'), '不允许的字段', 'Unknown field'],
  ['customer.vip', (b) => (b.customer.vip = true), '不允许的字段', 'Unknown field'],
];

describe('intake validation', () => {
  it.each(cases)('%s: a clear 400 naming the field (zh-CN and en)', async (path, mutate, zh, en) => {
    for (const [acceptLanguage, expected] of [
      ['zh-CN', zh],
      ['en-US,en;q=0.9', en],
    ] as const) {
      const body = faultReport();
      mutate(body);
      const response = await api('POST', '/v1/tickets', { body, headers: { 'accept-language': acceptLanguage } });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe('validation_failed');
      expect(response.body.error.fields).toContainEqual({ path, message: expected });
      expect(JSON.stringify(response.body)).not.toMatch(/stack|ZodError|at .*\.ts/);
    }
  });

  it('lists every bad field at once', async () => {
    const response = await api('POST', '/v1/tickets', { body: { customer: {}, device: { system: 'x' } } });
    const paths = response.body.error.fields.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['customer.name', 'customer.phone', 'device.system', 'site', 'symptom']);
  });

  it('follows the body locale over Accept-Language', async () => {
    const body = faultReport({ locale: 'en' });
    delete body.symptom;
    const response = await api('POST', '/v1/tickets', { body, headers: { 'accept-language': 'zh-CN' } });
    expect(response.body.error.fields).toEqual([{ path: 'symptom', message: 'This field is required' }]);
  });

  it('refuses a body that is not JSON (400), not JSON-typed (415), empty (400) or too large (413)', async () => {
    const malformed = await api('POST', '/v1/tickets', { rawBody: '{"customer": ', headers: { 'accept-language': 'en' } });
    expect(malformed.status).toBe(400);
    expect(malformed.body.error).toEqual({ code: 'invalid_json', message: 'The request body is not valid JSON' });

    const form = await api('POST', '/v1/tickets', { rawBody: 'a=1', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.status).toBe(415);

    const empty = await api('POST', '/v1/tickets', { rawBody: '' });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toEqual([{ path: '(body)', message: '此项为必填项' }]);

    const huge = faultReport({ symptom: 'x'.repeat(20_000) });
    const tooLarge = await api('POST', '/v1/tickets', { body: huge });
    expect(tooLarge.status).toBe(413);
    expect(tooLarge.body.error.code).toBe('body_too_large');

    const array = await api('POST', '/v1/tickets', { body: [1, 2] });
    expect(array.status).toBe(400);
  });
});
