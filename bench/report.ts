/** Formatting of the benchmark table: one row per measured quantity, target and verdict beside it. */

export type Verdict = 'PASS' | 'MISS' | 'OK' | 'DIFF' | '';

export interface Row {
  section: string;
  metric: string;
  measured: string;
  floor: string;
  ratio: string;
  target: string;
  verdict: Verdict;
}

export interface Target {
  id: string;
  description: string;
  /** The compared value (a ratio, or a count for the zero-errors target). */
  value: number;
  limit: number;
  comparison: '<=' | '>=' | '==';
  pass: boolean;
}

export function target(id: string, description: string, value: number, comparison: Target['comparison'], limit: number): Target {
  const pass =
    Number.isFinite(value) && (comparison === '<=' ? value <= limit : comparison === '>=' ? value >= limit : value === limit);
  return { id, description, value, limit, comparison, pass };
}

export const verdict = (t: Target): Verdict => (t.pass ? 'PASS' : 'MISS');

export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (value: number) => `${value.toFixed(value >= 100 ? 0 : 1)} ms`;
export const num = (value: number, digits = 2) => value.toFixed(digits);
export const ratio = (value: number) => (Number.isFinite(value) ? `${value.toFixed(2)}x` : 'n/a');

const HEADER: Row = { section: 'section', metric: 'metric', measured: 'measured', floor: 'floor', ratio: 'ratio', target: 'target', verdict: '' };
const COLUMNS: Array<keyof Row> = ['section', 'metric', 'measured', 'floor', 'ratio', 'target', 'verdict'];
const RIGHT = new Set<keyof Row>(['measured', 'floor', 'ratio']);

/** Width in terminal columns: CJK and full-width characters count twice. */
function width(text: string): number {
  let w = 0;
  for (const ch of text) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

const pad = (text: string, size: number, right: boolean) => {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return right ? fill + text : text + fill;
};

/** Splits `text` at ', ' or spaces into lines of at most `max` columns; continuation lines are indented. */
function wrap(text: string, max: number): string[] {
  if (width(text) <= max) return [text];
  const indent = ' '.repeat(Math.min(6, (/^ */.exec(text)?.[0].length ?? 0) + 4));
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/(?<=,) | (?=\()/)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > max) {
      lines.push(line);
      line = indent + word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

const METRIC_MAX = 64;

export function renderTable(input: Row[]): string {
  const blank = { measured: '', floor: '', ratio: '', target: '', verdict: '' as Verdict };
  const rows = input.flatMap((row) => wrap(row.metric, METRIC_MAX).map((metric, i) => (i === 0 ? { ...row, metric } : { ...blank, section: row.section, metric })));
  const all = [HEADER, ...rows];
  const widths = COLUMNS.map((column) => Math.max(...all.map((row) => width(row[column]))));
  const line = (row: Row) =>
    COLUMNS.map((column, i) => pad(row[column], widths[i]!, RIGHT.has(column)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((w) => '-'.repeat(w)).join('  ');
  const out = [line(HEADER), rule];
  let previous = '';
  for (const row of rows) {
    if (previous && row.section !== previous) out.push('');
    out.push(line(row.section === previous ? { ...row, section: '' } : row));
    previous = row.section;
  }
  return out.join('\n');
}
