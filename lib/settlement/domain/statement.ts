/**
 * The settlement statement (FLOW-5) as pure data and rules: an itemised statement per ticket, with
 * revisions (a dispute goes back to customer service, who revises; every revision stays), the
 * customer's confirmation, payments, the invoice request (发票) and the issued invoice.
 *
 *   issued --confirm--> confirmed --payments cover the total--> settled
 *   issued --dispute--> disputed --revise--> issued (revision + 1)
 *   issued --revise--> issued (revision + 1)        a total of 0 settles at confirmation
 */
import { DomainError } from '../../platform/errors.ts';
import { formatYuan, type Discount, type StatementLine, type WaiverReason } from './fees.ts';
import { localDate } from '../../platform/local-date.ts';
import type { Device, Locale } from '../../tickets/index.ts';

export const STATEMENT_STATUSES = ['issued', 'disputed', 'confirmed', 'settled'] as const;
export type StatementStatus = (typeof STATEMENT_STATUSES)[number];

export const PAYMENT_METHODS = ['bank_transfer', 'wechat', 'alipay', 'cash', 'card', 'cheque'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

export const INVOICE_TYPES = ['normal', 'special'] as const;
export type InvoiceType = (typeof INVOICE_TYPES)[number];

export interface StatementRevision {
  statementId: string;
  revision: number;
  /** The fee schedule version the amounts were computed with. */
  feeScheduleVersion: number;
  issuedAt: string;
  /** `system` for the first computation, the staff id for a revision. */
  issuedBy: string;
  /** Why customer service revised it (absent on the first revision). */
  reason?: string;
  lines: StatementLine[];
  subtotalFen: number;
  discountFen: number;
  netFen: number;
  taxFen: number;
  totalFen: number;
  vatBasisPoints: number;
  /** Inputs a revision may change; kept so the next revision starts from them. */
  minutesOverride?: Record<string, number>;
  discount?: Discount;
  waivers: WaiverReason[];
  coverageReference?: string;
}

export interface Payment {
  paymentId: string;
  amountFen: number;
  /** Local date the money was received. */
  paidOn: string;
  method: PaymentMethod;
  reference?: string;
  recordedAt: string;
  recordedBy: string;
}

export interface InvoiceRequest {
  type: InvoiceType;
  titleType: 'organisation' | 'personal';
  /** 发票抬头 */
  title: string;
  /** 纳税人识别号 (unified social credit code) */
  taxpayerId?: string;
  /** 专用发票: registered address, phone, bank and account. */
  address?: string;
  phone?: string;
  bankName?: string;
  bankAccount?: string;
  /** Where the electronic invoice goes (the customer's email when absent). */
  email?: string;
  requestedAt: string;
  /** `customer` or a staff id. */
  requestedBy: string;
}

export interface Invoice {
  invoiceNumber: string;
  issuedOn: string;
  recordedAt: string;
  recordedBy: string;
}

export interface Statement {
  statementId: string;
  /** `ST2026-000123`: sequential per year (Asia/Shanghai), no gaps. */
  number: string;
  ticketId: string;
  ticketNumber: string;
  locale: Locale;
  customer: { name: string; organisation?: string };
  site: { address: string; name?: string };
  device: Device;
  status: StatementStatus;
  /** The revision in force (1, 2, ...). */
  revision: number;
  feeScheduleVersion: number;
  subtotalFen: number;
  discountFen: number;
  taxFen: number;
  totalFen: number;
  issuedAt: string;
  revisedAt?: string;
  confirmation?: { revision: number; at: string; by: string; note?: string };
  /** The open dispute (cleared by a revision; every dispute stays in the facts). */
  dispute?: { revision: number; at: string; reason: string };
  payments: Payment[];
  paidFen: number;
  settledAt?: string;
  invoiceRequest?: InvoiceRequest;
  invoice?: Invoice;
  createdAt: string;
  updatedAt: string;
  /** Optimistic-lock counter, incremented by every write. */
  version: number;
}

/** What happened to a statement, one item per fact, read per month by the finance digest. */
export const FACT_KINDS = ['issued', 'revised', 'confirmed', 'disputed', 'payment', 'settled', 'invoice_requested', 'invoice_issued'] as const;
export type FactKind = (typeof FACT_KINDS)[number];

export interface StatementFact {
  statementId: string;
  factId: string;
  kind: FactKind;
  at: string;
  by: string;
  statementNumber: string;
  ticketNumber: string;
  customerName: string;
  revision: number;
  totalFen: number;
  data?: Record<string, unknown>;
}

// ---- numbers and months ----------------------------------------------------------------------

export function formatStatementNumber(year: string, sequence: number): string {
  if (!/^\d{4}$/.test(year)) throw new RangeError(`year must be YYYY, got ${year}`);
  if (!Number.isInteger(sequence) || sequence < 1) throw new RangeError(`sequence must be a positive integer, got ${sequence}`);
  return `ST${year}-${String(sequence).padStart(6, '0')}`;
}

/** `2026-05` for any instant of May 2026 in Asia/Shanghai. */
export const localMonth = (at: Date) => localDate(at).slice(0, 7);
export const localYear = (at: Date) => localDate(at).slice(0, 4);

export function previousMonth(month: string): string {
  const [year, monthNumber] = month.split('-').map(Number) as [number, number];
  return monthNumber === 1 ? `${year - 1}-12` : `${year}-${String(monthNumber - 1).padStart(2, '0')}`;
}

export const outstandingFen = (statement: Pick<Statement, 'totalFen' | 'paidFen'>) => statement.totalFen - statement.paidFen;

// ---- taxpayer id ------------------------------------------------------------------------------

const USCC_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const USCC_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/**
 * 纳税人识别号 as the 18-character unified social credit code (统一社会信用代码, GB 32100-2015):
 * registration authority and type, the 6-digit administrative division, the 9-character organisation
 * code, and a mod-31 check character over the first 17.
 */
export function isValidTaxpayerId(value: string): boolean {
  const code = value.trim().toUpperCase();
  if (!/^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(code)) return false;
  let total = 0;
  for (let i = 0; i < 17; i += 1) total += USCC_CHARS.indexOf(code[i]!) * USCC_WEIGHTS[i]!;
  const check = (31 - (total % 31)) % 31;
  return USCC_CHARS[check] === code[17];
}

// ---- errors -----------------------------------------------------------------------------------

/** The statement is not in a state that allows the action (409 with its status). */
export class StatementStateError extends DomainError {
  override name = 'StatementStateError';
  readonly code = 'statement_state';
  constructor(readonly status: StatementStatus, action: string) {
    super(`Statement is ${status}; cannot ${action}`);
  }

  override messageParams() {
    return { status: this.status };
  }

  override publicDetails() {
    return { statementStatus: this.status };
  }
}

/** The customer answered a revision that was replaced meanwhile (409 with the one in force). */
export class StaleRevisionError extends DomainError {
  override name = 'StaleRevisionError';
  readonly code = 'statement_revision_stale';
  constructor(readonly currentRevision: number, readonly sentRevision: number) {
    super(`The statement is at revision ${currentRevision}, not ${sentRevision}`);
  }

  override messageParams() {
    return { revision: this.currentRevision, sent: this.sentRevision };
  }

  override publicDetails() {
    return { currentRevision: this.currentRevision, sentRevision: this.sentRevision };
  }
}

export class InvoiceStateError extends DomainError {
  override name = 'InvoiceStateError';
  readonly code: 'invoice_already_requested' | 'invoice_not_requested' | 'invoice_already_issued' | 'nothing_to_invoice';
  constructor(code: InvoiceStateError['code']) {
    super(`Invoice: ${code}`);
    this.code = code;
  }
}

export class DiscountNeedsManagerError extends DomainError {
  override name = 'DiscountNeedsManagerError';
  readonly code = 'discount_needs_manager';
}

export class PaymentExceedsOutstandingError extends DomainError {
  override name = 'PaymentExceedsOutstandingError';
  readonly code = 'payment_exceeds_outstanding';
  constructor(readonly outstanding: number) {
    super(`Only ${outstanding} fen are outstanding`);
  }

  override messageParams() {
    return { outstanding: `¥${formatYuan(this.outstanding)}` };
  }

  override publicDetails() {
    return { outstandingFen: this.outstanding };
  }
}

// ---- rules ------------------------------------------------------------------------------------

export function assertStatus(statement: Statement, allowed: readonly StatementStatus[], action: string): void {
  if (!allowed.includes(statement.status)) throw new StatementStateError(statement.status, action);
}

/** A customer's answer must be about the revision in force. */
export function assertRevision(statement: Statement, revision: number): void {
  if (statement.revision !== revision) throw new StaleRevisionError(statement.revision, revision);
}

/** The charge lines of a revision; its discount and VAT lines belong to the summary below them (PDF, CSV). */
export const chargeLines = (revision: Pick<StatementRevision, 'lines'>) => revision.lines.filter((line) => line.kind !== 'discount' && line.kind !== 'tax');
