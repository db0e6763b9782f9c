import { describe, expect, it } from 'vitest';
import { fillPath, operationUrl, queryString } from '../../web/src/core/operations.ts';

describe("the web client's operation URLs", () => {
  it('fill the path template from the document, each value encoded', () => {
    expect(operationUrl('getStaffTickets', { path: { id: 'a/b c?d' } })).toBe('/v1/staff/tickets/a%2Fb%20c%3Fd');
    expect(operationUrl('postStaffStockAdjust', { path: { location: 'van:T-1', sku: 'CAM#2' } })).toBe('/v1/staff/stock/van%3AT-1/CAM%232/adjust');
    expect(operationUrl('listStaffParts')).toBe('/v1/staff/parts');
  });

  it('leave the query out when nothing is in it, and encode what is', () => {
    expect(operationUrl('listStaffTickets', { query: {} })).toBe('/v1/staff/tickets');
    expect(operationUrl('listStaffTickets', { query: { status: 'received', cursor: undefined } })).toBe('/v1/staff/tickets?status=received');
    expect(operationUrl('listStaffTickets', { query: { phone: '+86 138 1234 5678', limit: 25, order: 'oldest' } })).toBe('/v1/staff/tickets?phone=%2B86%20138%201234%205678&limit=25&order=oldest');
    expect(operationUrl('getTicketStatus', { path: { id: 'x' }, query: { t: 'a&b=c' } })).toBe('/v1/tickets/x?t=a%26b%3Dc');
  });

  it('repeat the name of an array value (no operation takes one yet)', () => {
    expect(queryString({ sku: ['A', 'B C'], empty: [], flag: false })).toBe('?sku=A&sku=B%20C&flag=false');
    expect(queryString({})).toBe('');
  });

  it('refuse a template whose parameter has no value', () => {
    expect(() => fillPath('/v1/staff/tickets/{id}', {})).toThrow(/\{id\}/);
  });
});
