/**
 * Stocktake (PARTS-3): a count session of one location, its count sheet (the book quantity of each
 * part when the session opened), the counted quantities and serials, variances with reasons, the
 * manager's approval, then one correction entry per variance.
 */
export interface CountLine {
  sku: string;
  name: string;
  bin?: string;
  /** On hand in the books when the sheet was drawn. */
  expected: number;
  counted?: number;
  serials?: string[];
  reason?: string;
}

export interface Stocktake {
  id: string;
  location: string;
  /** `approving`: approved, corrections being written (in chunks); `approved` once all are. */
  status: 'counting' | 'submitted' | 'approving' | 'approved';
  lines: CountLine[];
  openedAt: string;
  openedBy: string;
  submittedAt?: string;
  submittedBy?: string;
  approvedAt?: string;
  approvedBy?: string;
  version: number;
}

/** Opening a stocktake for `all` opens one session per location. */
export const ALL_LOCATIONS = 'all';

export const variance = (line: CountLine) => (line.counted ?? line.expected) - line.expected;

export interface CountInput {
  sku: string;
  counted: number;
  serials?: string[];
  reason?: string;
}

/**
 * Problems of a count against its sheet: every line counted, a reason for every variance. A part
 * found on the shelf but not on the sheet is counted too (its book quantity is 0).
 */
export function countProblems(session: Stocktake, counts: CountInput[]): Array<{ path: string; key: string }> {
  const problems: Array<{ path: string; key: string }> = [];
  counts.forEach((count, index) => {
    const expected = session.lines.find((l) => l.sku === count.sku)?.expected ?? 0;
    if (count.counted !== expected && !count.reason) problems.push({ path: `lines.${index}.reason`, key: 'required' });
    if (counts.findIndex((c) => c.sku === count.sku) !== index) problems.push({ path: `lines.${index}.sku`, key: 'duplicate_line' });
  });
  session.lines.forEach((line) => {
    if (!counts.some((count) => count.sku === line.sku)) problems.push({ path: 'lines', key: 'count_missing' });
  });
  return problems.filter((p, i, all) => all.findIndex((q) => q.path === p.path && q.key === p.key) === i);
}

/** The sheet with the counts; parts found that were not on it join it (`name` from the catalog). */
export function applyCounts(session: Stocktake, counts: CountInput[], nameOf: (sku: string) => string): CountLine[] {
  const found = counts.filter((c) => !session.lines.some((line) => line.sku === c.sku)).map((c) => ({ sku: c.sku, name: nameOf(c.sku), expected: 0 }));
  return [...session.lines, ...found].map((line) => {
    const count = counts.find((c) => c.sku === line.sku)!;
    return { ...line, counted: count.counted, ...(count.serials?.length ? { serials: count.serials } : {}), ...(count.reason ? { reason: count.reason } : {}) };
  });
}
