/**
 * Around the fee computation: statement numbers and months (Asia/Shanghai), the taxpayer ID check
 * of invoice requests, and the finance CSV (RFC 4180, UTF-8 with BOM, formulas neutralised).
 */
import { monthsOwed } from '../../lib/settlement/usecases/digest.ts';
import { describe, expect, it } from 'vitest';
import { computeFees, DEFAULT_FEE_SCHEDULE } from '../../lib/settlement/domain/fees.ts';
import { formatStatementNumber, isValidTaxpayerId, localMonth, previousMonth, type Statement, type StatementRevision } from '../../lib/settlement/domain/statement.ts';
import { csvBuffer, parseCsv, toCsv } from '../../lib/platform/mail/csv.ts';
import { statementCsvRows } from '../../lib/settlement/mail/statement.ts';
import { statementKey, statementNumberCounterKey, settlementFactIndexKeys, ticketStatementKey } from '../../lib/platform/store/keys.ts';
import { functions } from '../../lib/wiring.ts';
import { cronMatches } from '../../local/scheduler.ts';

describe('statement numbers and months', () => {
  it('numbers statements per year with six digits, growing past them', () => {
    expect(formatStatementNumber('2026', 123)).toBe('ST2026-000123');
    expect(formatStatementNumber('2026', 1_234_567)).toBe('ST2026-1234567');
    expect(() => formatStatementNumber('2026', 0)).toThrow(RangeError);
    expect(statementNumberCounterKey('2026')).toEqual({ PK: 'COUNTER#STATEMENTNO#2026', SK: 'COUNTER' });
  });

  it('uses the Asia/Shanghai month', () => {
    expect(localMonth(new Date('2026-05-31T16:30:00Z'))).toBe('2026-06');
    expect(localMonth(new Date('2026-05-31T15:59:59Z'))).toBe('2026-05');
    expect(previousMonth('2026-01')).toBe('2025-12');
    expect(previousMonth('2026-10')).toBe('2026-09');
    expect(settlementFactIndexKeys('2026-05', '2026-05-03T01:00:00.000Z', 's1', 'f1')).toEqual({ GSI1PK: 'SETTLEMENT#2026-05', GSI1SK: '2026-05-03T01:00:00.000Z#s1#f1' });
  });

  it('fires the digest at 00:05 on the 1st in Shanghai only (16:05 UTC the day before)', () => {
    const [schedule] = functions['settlement-digest'].schedules;
    const fires = (iso: string) => cronMatches(schedule.expression, new Date(iso), schedule.timezone);
    expect(schedule.timezone).toBe('Asia/Shanghai');
    expect(fires('2026-05-31T16:05:00Z')).toBe(true); // 1 June 00:05 in Shanghai
    expect(fires('2026-02-28T16:05:00Z')).toBe(true); // 1 March
    expect(fires('2026-05-14T16:05:00Z')).toBe(false);
    expect(fires('2026-05-31T16:06:00Z')).toBe(false);
    expect(fires('2026-06-01T00:05:00Z')).toBe(false); // 00:05 UTC is 08:05 in Shanghai
  });

  it('owes every month since the last one digested, in order, and just last month the first time', () => {
    expect(monthsOwed(undefined, '2026-06-01')).toEqual(['2026-05']);
    expect(monthsOwed('2026-05', '2026-06-02')).toEqual([]);
    expect(monthsOwed('2026-03', '2026-06-01')).toEqual(['2026-04', '2026-05']);
    expect(monthsOwed('2025-11', '2026-02-01')).toEqual(['2025-12', '2026-01']);
  });

  it('keeps a statement in its own partition and its pointer beside the ticket', () => {
    expect(statementKey('s1')).toEqual({ PK: 'STATEMENT#s1', SK: 'STATEMENT' });
    expect(ticketStatementKey('t1')).toEqual({ PK: 'TICKET#t1', SK: 'STATEMENT' });
  });
});

describe('taxpayer ID (unified social credit code, GB 32100-2015)', () => {
  it.each([
    ['91350100M000100Y43', true], // the standard's own example
    ['91110000600037341L', true],
    ['91440300708461136T', true],
    ['91350100m000100y43', true], // case does not matter
    ['91350100M000100Y44', false], // wrong check character
    ['91350100M000100Y4', false], // too short
    ['91350100M0001I0Y43', false], // I is not in the alphabet
    ['110101199003077777', false],
  ])('%s: %s', (id, valid) => {
    expect(isValidTaxpayerId(id)).toBe(valid);
  });
});

describe('CSV for finance', () => {
  it('quotes per RFC 4180 and reads back the same cells', () => {
    const rows = [
      ['客户', '备注', '金额(元)'],
      ['星河湾物业, 张伟', '他说"画面全黑"\n第二行', '-12.50'],
      ['=HYPERLINK("x")', '+1', 1234],
    ];
    const text = toCsv(rows);
    expect(text).toContain('"星河湾物业, 张伟","他说""画面全黑""\n第二行",-12.50\r\n');
    expect(text).toContain(`"'=HYPERLINK(""x"")",'+1,1234\r\n`);
    expect(parseCsv(text)).toEqual([
      ['客户', '备注', '金额(元)'],
      ['星河湾物业, 张伟', '他说"画面全黑"\n第二行', '-12.50'],
      [`'=HYPERLINK("x")`, "'+1", '1234'],
    ]);
  });

  it('starts with a UTF-8 byte-order mark so Excel reads Chinese text', () => {
    const bytes = csvBuffer([['结算单号'], ['ST2026-000001']]);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(3))).toBe('结算单号\r\nST2026-000001\r\n');
  });

  it('lists a statement line by line, the summary in its own section: the lines add up to the subtotal, VAT after it', () => {
    const result = computeFees({
      schedule: DEFAULT_FEE_SCHEDULE,
      urgent: true,
      remote: false,
      rework: false,
      visits: [{ jobId: 'j', technicianName: '陈师傅', skillLevel: 'senior', checkInAt: '2026-06-01T01:00:00Z', completedAt: '2026-06-01T02:35:00Z', partsUsed: [{ sku: 'CAM', name: '摄像机', quantity: 1, unitPriceFen: 68_000, installedSerial: 'N1' }] }],
    });
    const revision = { statementId: 's', revision: 1, feeScheduleVersion: 0, issuedAt: '', issuedBy: 'system', ...result, vatBasisPoints: 1300, waivers: [] } as StatementRevision;
    const statement = { number: 'ST2026-000001', ticketNumber: '20260601-0001', customer: { name: '张伟', organisation: '星河湾物业' } } as Statement;
    const rows = parseCsv(csvBuffer(statementCsvRows(statement, revision)).toString('utf8'));
    const header = rows[0]!;
    const amount = header.indexOf('金额(元)');
    const end = rows.findIndex((row) => row.length === 1 && row[0] === '');
    const lineRows = rows.slice(1, end);
    const toFen = (text: string) => Math.round(Number(text) * 100);
    expect(lineRows.map((row) => row[header.indexOf('类型')])).toEqual(['人工费', '上门费', '加急附加费', '备件']);
    expect(lineRows.reduce((sum, row) => sum + toFen(row[amount]!), 0)).toBe(result.subtotalFen);
    const summary = rows.slice(end + 1);
    expect(summary[0]).toEqual(['汇总', '金额(元)', '说明']);
    const labels = summary.slice(1).map((row) => row[0]);
    expect(labels).toEqual(['小计（不含税）', '折扣', '不含税金额', '增值税', '价税合计']);
    const value = (label: string) => toFen(summary.find((row) => row[0] === label)![1]!);
    expect(value('小计（不含税）')).toBe(result.subtotalFen);
    expect(value('小计（不含税）') + value('折扣') + value('增值税')).toBe(result.totalFen);
    expect(summary.at(-1)![1]).toBe('1344.70');
    expect(summary.at(-1)![2]).toBe('大写：壹仟叁佰肆拾肆元柒角整');
    expect(rows.find((row) => row[header.indexOf('类型')] === '备件')![header.indexOf('项目')]).toContain('新件序列号 N1');
  });
});
