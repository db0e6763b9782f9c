/**
 * The fee schedule and the fee computation of a settlement statement (FLOW-5), pure and in integer
 * fen (分) throughout: no floating-point number ever carries money.
 *
 * Rounding rule (the one place it lives; table-tested in test/unit/fees.test.ts):
 * - Inputs are integers: fen, minutes, basis points (1 % = 100 bp).
 * - A derived amount (labour = billed minutes x hourly rate / 60; a percentage = base x bp / 10000)
 *   is computed exactly with BigInt and rounded ONCE to the fen, half up (0.5 fen -> 1 fen). All
 *   such amounts are non-negative before their sign is applied, so half up = half away from zero.
 * - Quantities x unit prices, sums, subtotals and totals are exact integer arithmetic, never rounded.
 * - Labour time: on-site minutes (a started minute counts) are rounded UP to the billing increment,
 *   then raised to the minimum; the rate of the technician's skill level applies.
 * - The urgent surcharge is a percentage of the chargeable labour, call-out and remote fee (not parts).
 * - A discount applies to the subtotal; VAT is computed once on the discounted subtotal (not per line)
 *   and shown as its own line. Prices in the schedule exclude VAT.
 */
import * as z from 'zod/mini';
import { SKILL_LEVELS, type SkillLevel } from '../../staff/index.ts';

// An exported schema that calls more than zod's constructors (a check, `.apply(meta())`, a helper) is
// built inside a /* @__PURE__ */ arrow, so that a function's bundle keeps only the schemas it uses
// (lib/platform/schema-meta.ts says why).

export const STATEMENT_TRIGGERS = ['followed_up', 'completion'] as const;
export type StatementTrigger = (typeof STATEMENT_TRIGGERS)[number];

const fen = z.number().check(z.int(), z.minimum(0), z.maximum(100_000_000));
const basisPoints = z.number().check(z.int(), z.minimum(0), z.maximum(10_000));

export const feeScheduleSchema = /* @__PURE__ */ (() =>
  z.strictObject({
    labour: z.strictObject({
      /** Rate per hour by the technician's skill level, in fen, excluding VAT. */
      hourlyRateFen: z.strictObject(Object.fromEntries(SKILL_LEVELS.map((level) => [level, fen])) as Record<SkillLevel, typeof fen>),
      /** On-site time is billed in these increments, rounded up. */
      incrementMinutes: z.number().check(z.int(), z.minimum(1), z.maximum(240)),
      /** Billed time per visit is at least this. */
      minimumMinutes: z.number().check(z.int(), z.minimum(0), z.maximum(1440)),
    }),
    /** Per visit (check-in), excluding VAT. */
    callOutFeeFen: fen,
    /** Urgent tickets: this share of labour, call-out and remote fee is added (5000 = 50 %). */
    urgentSurchargeBasisPoints: basisPoints,
    /** A ticket resolved remotely (no visit). */
    remoteResolutionFeeFen: fen,
    /** VAT rate shown as its own line (1300 = 13 %). */
    vatBasisPoints: basisPoints,
    /** When the statement is computed: after the follow-up (FLOW-5) or already at completion. */
    statementAt: z.enum(STATEMENT_TRIGGERS),
    /** Receives a copy of every statement (CSV attached), invoice requests and the monthly digest. */
    financeEmail: z.email(),
    /** How long the customer's signed statement link stays valid. */
    statementLinkValidDays: z.number().check(z.int(), z.minimum(1), z.maximum(365)),
    /** Where customers pay (printed on the statement PDF); absent: the statement tells them to ask customer service. */
    payee: z.optional(
      z.strictObject({
        name: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
        bankName: z.string().check(z.trim(), z.minLength(1), z.maxLength(200)),
        bankAccount: z.string().check(z.trim(), z.regex(/^[0-9 ]{8,40}$/)),
        note: z.optional(z.string().check(z.trim(), z.maxLength(500))),
      }),
    ),
  }))();
export type FeeSchedule = z.output<typeof feeScheduleSchema>;

/**
 * Defaults. VAT 13 %: repair and maintenance of equipment (修理修配劳务) and the parts sold with it
 * are both taxed at 13 % for a general taxpayer, so one configured rate covers every line.
 */
export const DEFAULT_FEE_SCHEDULE: FeeSchedule = {
  labour: { hourlyRateFen: { junior: 8_000, senior: 12_000, expert: 18_000 }, incrementMinutes: 30, minimumMinutes: 60 },
  callOutFeeFen: 10_000,
  urgentSurchargeBasisPoints: 5_000,
  remoteResolutionFeeFen: 0,
  vatBasisPoints: 1_300,
  statementAt: 'followed_up',
  financeEmail: 'finance@elv-demo.cn',
  statementLinkValidDays: 60,
};

// ---- integer money arithmetic ----------------------------------------------------------------

function assertInteger(name: string, value: number): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be a safe integer, got ${value}`);
}

/** round_half_up(a x b / d) for non-negative integers, exact (BigInt), the only rounding there is. */
export function mulDivHalfUp(a: number, b: number, d: number): number {
  assertInteger('a', a);
  assertInteger('b', b);
  assertInteger('d', d);
  if (a < 0 || b < 0 || d <= 0) throw new RangeError('mulDivHalfUp takes non-negative factors and a positive divisor');
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(d);
  const result = (product * 2n + divisor) / (divisor * 2n);
  const asNumber = Number(result);
  assertInteger('result', asNumber);
  return asNumber;
}

/** `basisPoints` of `amountFen`, rounded half up to the fen. */
export const percentOf = (amountFen: number, basisPointsValue: number) => mulDivHalfUp(amountFen, basisPointsValue, 10_000);

/** `123456` -> `1234.56`, `-5` -> `-0.05`: yuan text without ever dividing a float. */
export function formatYuan(amountFen: number): string {
  assertInteger('amountFen', amountFen);
  const sign = amountFen < 0 ? '-' : '';
  const abs = Math.abs(amountFen);
  return `${sign}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** Minutes from check-in to completion, a started minute counting as a whole one. */
export function onSiteMinutes(checkInAt: string, completedAt: string | undefined): number {
  if (!completedAt) return 0;
  const ms = Date.parse(completedAt) - Date.parse(checkInAt);
  return ms > 0 ? Math.ceil(ms / 60_000) : 0;
}

/** On-site minutes rounded up to the increment, then at least the minimum. */
export function billedMinutes(minutes: number, incrementMinutes: number, minimumMinutes: number): number {
  assertInteger('minutes', minutes);
  const rounded = Math.ceil(Math.max(0, minutes) / incrementMinutes) * incrementMinutes;
  return Math.max(rounded, minimumMinutes);
}

export const labourFen = (billed: number, hourlyRateFen: number) => mulDivHalfUp(billed, hourlyRateFen, 60);

// ---- the statement computation ---------------------------------------------------------------

export const WAIVER_REASONS = ['rework', 'installation_warranty', 'maintenance_contract'] as const;
export type WaiverReason = (typeof WAIVER_REASONS)[number];

export const LINE_KINDS = ['remote_fee', 'labour', 'call_out', 'urgent_surcharge', 'part', 'discount', 'tax'] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export interface StatementLine {
  kind: LineKind;
  /** The visit a labour, call-out or part line belongs to. */
  jobId?: string;
  technicianName?: string;
  skillLevel?: SkillLevel;
  /** Labour: minutes on site (or as corrected by customer service) and billed. */
  onSiteMinutes?: number;
  billedMinutes?: number;
  sku?: string;
  name?: string;
  quantity?: number;
  /** Unit price (parts), hourly rate (labour), or fee (call-out, remote). */
  unitFen?: number;
  installedSerial?: string;
  removedSerial?: string;
  /** Surcharge, discount and tax: the rate and the base it applies to. */
  basisPoints?: number;
  baseFen?: number;
  /** Before any waiver. */
  grossFen: number;
  /** What the customer pays for this line (0 when waived, negative for a discount). */
  amountFen: number;
  waived?: WaiverReason;
  reason?: string;
}

export interface PartUsed {
  sku: string;
  name: string;
  quantity: number;
  unitPriceFen: number;
  installedSerial?: string;
  removedSerial?: string;
}

export interface Visit {
  jobId: string;
  technicianName?: string;
  skillLevel: SkillLevel;
  checkInAt: string;
  completedAt?: string;
  partsUsed: PartUsed[];
}

/** What a device's installation warranty or maintenance contract covers ("per their contract flag"). */
export interface CoverageFlags {
  kind: 'installation_warranty' | 'maintenance_contract';
  labour: boolean;
  parts: boolean;
  callOut: boolean;
}

export type Discount =
  | { kind: 'percent'; basisPoints: number; reason: string; approvedBy: string }
  | { kind: 'amount'; amountFen: number; reason: string; approvedBy: string };

export interface FeeInput {
  schedule: Pick<FeeSchedule, 'labour' | 'callOutFeeFen' | 'urgentSurchargeBasisPoints' | 'remoteResolutionFeeFen' | 'vatBasisPoints'>;
  urgent: boolean;
  /** Resolved remotely: no visit, the remote resolution fee instead of labour and call-out. */
  remote: boolean;
  /** A rework within the repair warranty (STD-4b): everything is free. */
  rework: boolean;
  coverage?: CoverageFlags;
  visits: Visit[];
  /** Corrected on-site minutes per job (a revision); the increment and minimum still apply. */
  minutesOverride?: Record<string, number>;
  discount?: Discount;
}

export interface FeeResult {
  lines: StatementLine[];
  /** Sum of every line before discount and tax. */
  subtotalFen: number;
  /** Zero or negative. */
  discountFen: number;
  /** Subtotal after discount: what VAT is computed on. */
  netFen: number;
  taxFen: number;
  totalFen: number;
}

function waiver(input: FeeInput, covered: boolean | undefined): WaiverReason | undefined {
  if (input.rework) return 'rework';
  if (covered && input.coverage) return input.coverage.kind;
  return undefined;
}

function charged(line: Omit<StatementLine, 'amountFen' | 'waived'>, waived: WaiverReason | undefined): StatementLine {
  return { ...line, amountFen: waived ? 0 : line.grossFen, ...(waived && line.grossFen > 0 ? { waived } : {}) };
}

const sum = (lines: StatementLine[]) => lines.reduce((total, line) => total + line.amountFen, 0);

/** The discount in fen for a subtotal (positive), before checking it against the subtotal. */
export function discountAmount(discount: Discount, subtotalFen: number): number {
  return discount.kind === 'percent' ? percentOf(subtotalFen, discount.basisPoints) : discount.amountFen;
}

export function computeFees(input: FeeInput): FeeResult {
  const { schedule } = input;
  const service: StatementLine[] = [];
  const parts: StatementLine[] = [];
  if (input.remote && input.visits.length === 0) {
    service.push(charged({ kind: 'remote_fee', unitFen: schedule.remoteResolutionFeeFen, grossFen: schedule.remoteResolutionFeeFen }, waiver(input, input.coverage?.labour)));
  }
  for (const visit of input.visits) {
    const minutes = input.minutesOverride?.[visit.jobId] ?? onSiteMinutes(visit.checkInAt, visit.completedAt);
    const billed = billedMinutes(minutes, schedule.labour.incrementMinutes, schedule.labour.minimumMinutes);
    const rate = schedule.labour.hourlyRateFen[visit.skillLevel];
    const who = { jobId: visit.jobId, ...(visit.technicianName ? { technicianName: visit.technicianName } : {}) };
    service.push(
      charged({ kind: 'labour', ...who, skillLevel: visit.skillLevel, onSiteMinutes: minutes, billedMinutes: billed, unitFen: rate, grossFen: labourFen(billed, rate) }, waiver(input, input.coverage?.labour)),
      charged({ kind: 'call_out', jobId: visit.jobId, unitFen: schedule.callOutFeeFen, grossFen: schedule.callOutFeeFen }, waiver(input, input.coverage?.callOut)),
    );
    for (const part of visit.partsUsed) {
      parts.push(
        charged(
          {
            kind: 'part',
            jobId: visit.jobId,
            sku: part.sku,
            name: part.name,
            quantity: part.quantity,
            unitFen: part.unitPriceFen,
            ...(part.installedSerial ? { installedSerial: part.installedSerial } : {}),
            ...(part.removedSerial ? { removedSerial: part.removedSerial } : {}),
            grossFen: part.quantity * part.unitPriceFen,
          },
          waiver(input, input.coverage?.parts),
        ),
      );
    }
  }
  const lines = [...service];
  if (input.urgent && schedule.urgentSurchargeBasisPoints > 0) {
    const grossBase = service.reduce((total, line) => total + line.grossFen, 0);
    const chargedBase = sum(service);
    const bp = schedule.urgentSurchargeBasisPoints;
    const amountFen = percentOf(chargedBase, bp);
    const grossFen = percentOf(grossBase, bp);
    const waived = amountFen === 0 && grossFen > 0 ? (input.rework ? 'rework' : input.coverage?.kind) : undefined;
    lines.push({ kind: 'urgent_surcharge', basisPoints: bp, baseFen: chargedBase, grossFen, amountFen, ...(waived ? { waived } : {}) });
  }
  lines.push(...parts);
  const subtotalFen = sum(lines);
  let discountFen = 0;
  if (input.discount) {
    discountFen = -Math.min(discountAmount(input.discount, subtotalFen), subtotalFen);
    lines.push({
      kind: 'discount',
      ...(input.discount.kind === 'percent' ? { basisPoints: input.discount.basisPoints } : {}),
      baseFen: subtotalFen,
      grossFen: discountFen,
      amountFen: discountFen,
      reason: input.discount.reason,
    });
  }
  const netFen = subtotalFen + discountFen;
  const taxFen = percentOf(netFen, schedule.vatBasisPoints);
  lines.push({ kind: 'tax', basisPoints: schedule.vatBasisPoints, baseFen: netFen, grossFen: taxFen, amountFen: taxFen });
  return { lines, subtotalFen, discountFen, netFen, taxFen, totalFen: netFen + taxFen };
}
