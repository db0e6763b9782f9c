/**
 * Fee computation (FLOW-5) as tables: labour increments and minimum, call-out, urgent surcharge,
 * warranty and contract waivers, discounts, VAT, and the rounding rule (half up, once per derived
 * amount, integer fen only). Every case also checks that the total is the exact sum of its lines.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FEE_SCHEDULE,
  billedMinutes,
  computeFees,
  formatYuan,
  labourFen,
  mulDivHalfUp,
  onSiteMinutes,
  percentOf,
  type FeeInput,
  type Visit,
} from '../../lib/settlement/domain/fees.ts';
import { formatPercent } from '../../lib/settlement/domain/statement-text.ts';

const schedule = DEFAULT_FEE_SCHEDULE;
const CAMERA = { sku: 'CAM-IR-4MP', name: '红外网络摄像机', quantity: 1, unitPriceFen: 68_000, installedSerial: 'NEW-1', removedSerial: 'OLD-1' };

function visit(minutes: number, overrides: Partial<Visit> = {}): Visit {
  const checkInAt = '2026-06-01T01:00:00.000Z';
  return {
    jobId: overrides.jobId ?? 'job-1',
    skillLevel: 'senior',
    checkInAt,
    completedAt: new Date(Date.parse(checkInAt) + minutes * 60_000).toISOString(),
    partsUsed: [],
    ...overrides,
  };
}

function input(overrides: Partial<FeeInput>): FeeInput {
  return { schedule, urgent: false, remote: false, rework: false, visits: [], ...overrides };
}

describe('the rounding rule: round_half_up(a x b / d), exact, once', () => {
  it.each([
    [1, 1, 2, 1], // 0.5 -> 1
    [1, 1, 3, 0], // 0.333 -> 0
    [2, 1, 3, 1], // 0.667 -> 1
    [25, 1, 10, 3], // 2.5 -> 3 (half up, not half even)
    [35, 1, 10, 4], // 3.5 -> 4
    [24, 1, 10, 2], // 2.4 -> 2
    [0, 12_345, 7, 0],
    [90_071_992_547, 100_000, 100_000, 90_071_992_547], // exact far beyond float-safe products
  ])('%i x %i / %i = %i', (a, b, d, expected) => {
    expect(mulDivHalfUp(a, b, d)).toBe(expected);
  });

  it('refuses non-integers, negatives and results beyond the safe range', () => {
    expect(() => mulDivHalfUp(1.5, 1, 1)).toThrow(RangeError);
    expect(() => mulDivHalfUp(-1, 1, 1)).toThrow(RangeError);
    expect(() => mulDivHalfUp(1, 1, 0)).toThrow(RangeError);
    expect(() => mulDivHalfUp(Number.MAX_SAFE_INTEGER, 2, 1)).toThrow(RangeError);
  });

  it.each([
    [10_000, 1_300, 1_300],
    [3_333, 1_300, 433], // 433.29
    [3_335, 1_300, 434], // 433.55
    [1_150, 1_300, 150], // 149.5 -> 150
    [50, 100, 1], // 0.5 -> 1
    [49, 100, 0], // 0.49 -> 0
    [18_450, 1_300, 2_399], // 2398.5 -> 2399
  ])('%i fen x %i bp = %i fen', (amount, bp, expected) => {
    expect(percentOf(amount, bp)).toBe(expected);
  });

  it.each([
    [0, '0.00'],
    [5, '0.05'],
    [100, '1.00'],
    [123_456, '1234.56'],
    [-1_050, '-10.50'],
  ])('%i fen reads ¥%s', (fen, text) => {
    expect(formatYuan(fen)).toBe(text);
  });

  it.each([
    [1_300, '13%'],
    [650, '6.5%'],
    [1_234, '12.34%'],
    [5, '0.05%'],
    [10_000, '100%'],
  ])('%i bp reads %s', (bp, text) => {
    expect(formatPercent(bp)).toBe(text);
  });
});

describe('labour time: increments rounded up, then the minimum', () => {
  it.each([
    // minutes, increment, minimum, billed
    [0, 30, 60, 60],
    [1, 30, 60, 60],
    [60, 30, 60, 60],
    [61, 30, 60, 90],
    [90, 30, 60, 90],
    [91, 30, 60, 120],
    [0, 30, 0, 0],
    [1, 30, 0, 30],
    [16, 15, 0, 30],
    [10, 30, 45, 45], // a minimum that is not a multiple of the increment
    [50, 30, 45, 60],
  ])('%i min on site, %i-min increments, %i min minimum: %i billed', (minutes, increment, minimum, billed) => {
    expect(billedMinutes(minutes, increment, minimum)).toBe(billed);
  });

  it('counts a started minute on site as a whole one', () => {
    expect(onSiteMinutes('2026-06-01T01:00:00Z', '2026-06-01T02:00:00Z')).toBe(60);
    expect(onSiteMinutes('2026-06-01T01:00:00Z', '2026-06-01T02:00:30Z')).toBe(61);
    expect(onSiteMinutes('2026-06-01T01:00:00Z', '2026-06-01T00:59:00Z')).toBe(0);
    expect(onSiteMinutes('2026-06-01T01:00:00Z', undefined)).toBe(0);
  });

  it.each([
    [90, 12_000, 18_000],
    [50, 8_333, 6_944], // 6944.17
    [45, 8_333, 6_250], // 6249.75
    [1, 30, 1], // 0.5 -> 1
  ])('%i billed min at %i fen/h = %i fen', (minutes, rate, expected) => {
    expect(labourFen(minutes, rate)).toBe(expected);
  });
});

describe('statements', () => {
  const cases: Array<{ name: string; input: FeeInput; lines: Array<[string, number]>; subtotal: number; tax: number; total: number }> = [
    {
      name: 'general on-site repair: senior 95 min (billed 120), call-out, one camera',
      input: input({ visits: [visit(95, { partsUsed: [CAMERA] })] }),
      lines: [['labour', 24_000], ['call_out', 10_000], ['part', 68_000], ['tax', 13_260]],
      subtotal: 102_000,
      tax: 13_260,
      total: 115_260,
    },
    {
      name: 'urgent: 50 % on labour and call-out, not on parts',
      input: input({ urgent: true, visits: [visit(95, { partsUsed: [CAMERA] })] }),
      lines: [['labour', 24_000], ['call_out', 10_000], ['urgent_surcharge', 17_000], ['part', 68_000], ['tax', 15_470]],
      subtotal: 119_000,
      tax: 15_470,
      total: 134_470,
    },
    {
      name: 'the minimum: 10 minutes on site bill an hour',
      input: input({ visits: [visit(10, { skillLevel: 'junior' })] }),
      lines: [['labour', 8_000], ['call_out', 10_000], ['tax', 2_340]],
      subtotal: 18_000,
      tax: 2_340,
      total: 20_340,
    },
    {
      name: 'VAT rounds half up once, on the subtotal: 18 450 x 13 % = 2 398.5 -> 2 399',
      input: input({ visits: [visit(60, { skillLevel: 'junior', partsUsed: [{ sku: 'RJ45', name: '水晶头', quantity: 3, unitPriceFen: 150 }] })] }),
      lines: [['labour', 8_000], ['call_out', 10_000], ['part', 450], ['tax', 2_399]],
      subtotal: 18_450,
      tax: 2_399,
      total: 20_849,
    },
    {
      name: 'rework within the repair warranty: everything free, surcharge included',
      input: input({ urgent: true, rework: true, visits: [visit(95, { partsUsed: [CAMERA] })] }),
      lines: [['labour', 0], ['call_out', 0], ['urgent_surcharge', 0], ['part', 0], ['tax', 0]],
      subtotal: 0,
      tax: 0,
      total: 0,
    },
    {
      name: 'maintenance contract covering labour and call-out: parts still charged, no surcharge base',
      input: input({ urgent: true, coverage: { kind: 'maintenance_contract', labour: true, parts: false, callOut: true }, visits: [visit(95, { partsUsed: [CAMERA] })] }),
      lines: [['labour', 0], ['call_out', 0], ['urgent_surcharge', 0], ['part', 68_000], ['tax', 8_840]],
      subtotal: 68_000,
      tax: 8_840,
      total: 76_840,
    },
    {
      name: 'installation warranty covering parts only',
      input: input({ coverage: { kind: 'installation_warranty', labour: false, parts: true, callOut: false }, visits: [visit(95, { partsUsed: [CAMERA] })] }),
      lines: [['labour', 24_000], ['call_out', 10_000], ['part', 0], ['tax', 4_420]],
      subtotal: 34_000,
      tax: 4_420,
      total: 38_420,
    },
    {
      name: 'remote resolution at the default fee (0)',
      input: input({ remote: true }),
      lines: [['remote_fee', 0], ['tax', 0]],
      subtotal: 0,
      tax: 0,
      total: 0,
    },
    {
      name: 'remote resolution with a fee, urgent',
      input: input({ remote: true, urgent: true, schedule: { ...schedule, remoteResolutionFeeFen: 5_000 } }),
      lines: [['remote_fee', 5_000], ['urgent_surcharge', 2_500], ['tax', 975]],
      subtotal: 7_500,
      tax: 975,
      total: 8_475,
    },
    {
      name: 'a 10 % discount on the subtotal, VAT on the discounted amount',
      input: input({ visits: [visit(95, { partsUsed: [CAMERA] })], discount: { kind: 'percent', basisPoints: 1_000, reason: '老客户', approvedBy: 'staff-manager-wang' } }),
      lines: [['labour', 24_000], ['call_out', 10_000], ['part', 68_000], ['discount', -10_200], ['tax', 11_934]],
      subtotal: 102_000,
      tax: 11_934,
      total: 103_734,
    },
    {
      name: 'a fixed discount',
      input: input({ visits: [visit(95, { partsUsed: [CAMERA] })], discount: { kind: 'amount', amountFen: 5_000, reason: '等待时间过长', approvedBy: 'staff-manager-wang' } }),
      lines: [['labour', 24_000], ['call_out', 10_000], ['part', 68_000], ['discount', -5_000], ['tax', 12_610]],
      subtotal: 102_000,
      tax: 12_610,
      total: 109_610,
    },
    {
      name: 'a percentage discount that rounds: 33.33 % of 18 000 = 5 999.4 -> 5 999',
      input: input({ visits: [visit(60, { skillLevel: 'junior' })], discount: { kind: 'percent', basisPoints: 3_333, reason: '投诉补偿', approvedBy: 'staff-manager-wang' } }),
      lines: [['labour', 8_000], ['call_out', 10_000], ['discount', -5_999], ['tax', 1_560]],
      subtotal: 18_000,
      tax: 1_560, // 12 001 x 13 % = 1 560.13
      total: 13_561,
    },
    {
      name: 'two visits: junior 40 min, expert 130 min (billed 150), each with a call-out',
      input: input({ visits: [visit(40, { jobId: 'a', skillLevel: 'junior' }), visit(130, { jobId: 'b', skillLevel: 'expert' })] }),
      lines: [['labour', 8_000], ['call_out', 10_000], ['labour', 45_000], ['call_out', 10_000], ['tax', 9_490]],
      subtotal: 73_000,
      tax: 9_490,
      total: 82_490,
    },
    {
      name: 'corrected on-site minutes (a revision): 35 min bill the 60-min minimum',
      input: input({ visits: [visit(200)], minutesOverride: { 'job-1': 35 } }),
      lines: [['labour', 12_000], ['call_out', 10_000], ['tax', 2_860]],
      subtotal: 22_000,
      tax: 2_860,
      total: 24_860,
    },
  ];

  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    const result = computeFees(c.input);
    expect(result.lines.map((line) => [line.kind, line.amountFen])).toEqual(c.lines);
    expect(result.subtotalFen).toBe(c.subtotal);
    expect(result.taxFen).toBe(c.tax);
    expect(result.totalFen).toBe(c.total);
    // Totals are exact sums of the (rounded) lines; no amount is ever a fraction of a fen.
    expect(result.lines.reduce((sum, line) => sum + line.amountFen, 0)).toBe(result.totalFen);
    for (const line of result.lines) expect(Number.isInteger(line.amountFen) && Number.isInteger(line.grossFen)).toBe(true);
  });

  it('marks waived lines with the reason and keeps their value before the waiver', () => {
    const rework = computeFees(input({ rework: true, visits: [visit(95, { partsUsed: [CAMERA] })] }));
    expect(rework.lines.filter((l) => l.kind !== 'tax').every((l) => l.waived === 'rework' && l.grossFen > 0)).toBe(true);
    const contract = computeFees(input({ coverage: { kind: 'maintenance_contract', labour: true, parts: false, callOut: false }, visits: [visit(95, { partsUsed: [CAMERA] })] }));
    expect(contract.lines.find((l) => l.kind === 'labour')).toMatchObject({ waived: 'maintenance_contract', grossFen: 24_000, amountFen: 0 });
    expect(contract.lines.find((l) => l.kind === 'call_out')).toMatchObject({ amountFen: 10_000 });
    expect(contract.lines.find((l) => l.kind === 'call_out')!.waived).toBeUndefined();
  });

  it('keeps each part with its serials and its price at the time of use', () => {
    const result = computeFees(input({ visits: [visit(60, { partsUsed: [{ ...CAMERA, quantity: 2 }] })] }));
    expect(result.lines.find((l) => l.kind === 'part')).toMatchObject({ sku: 'CAM-IR-4MP', quantity: 2, unitFen: 68_000, amountFen: 136_000, installedSerial: 'NEW-1', removedSerial: 'OLD-1' });
  });

  it('never lets a fixed discount make the total negative', () => {
    const result = computeFees(input({ visits: [visit(60, { skillLevel: 'junior' })], discount: { kind: 'amount', amountFen: 999_999, reason: 'x', approvedBy: 'm' } }));
    expect(result.discountFen).toBe(-18_000);
    expect(result.totalFen).toBe(0);
  });

  it('holds for random inputs: integer lines, total = net + tax, tax = half-up 13 % of net', () => {
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    for (let i = 0; i < 500; i += 1) {
      const visits = Array.from({ length: 1 + random(3) }, (_, v) =>
        visit(random(600), {
          jobId: `j${v}`,
          skillLevel: (['junior', 'senior', 'expert'] as const)[random(3)]!,
          partsUsed: Array.from({ length: random(3) }, () => ({ sku: 'P', name: 'P', quantity: 1 + random(5), unitPriceFen: random(100_000) })),
        }),
      );
      const result = computeFees(input({ urgent: random(2) === 1, visits, discount: random(3) === 0 ? { kind: 'percent', basisPoints: 1 + random(5_000), reason: 'r', approvedBy: 'm' } : undefined }));
      expect(result.lines.every((l) => Number.isSafeInteger(l.amountFen))).toBe(true);
      expect(result.netFen + result.taxFen).toBe(result.totalFen);
      expect(result.taxFen).toBe(Math.floor((result.netFen * 1_300 + 5_000) / 10_000));
    }
  });
});
