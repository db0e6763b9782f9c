/**
 * CSV for finance: RFC 4180 (fields with a comma, quote, CR or LF are quoted, quotes doubled, CRLF
 * between records), UTF-8 with a byte-order mark so Excel opens Chinese text correctly. Text that a
 * spreadsheet would run as a formula (=, +, -, @ first) gets a leading apostrophe; plain numbers
 * (amounts like -12.50) are left as numbers.
 */
export type CsvCell = string | number | undefined | null;

const BOM = '\uFEFF';
const NUMBER = /^-?\d+(\.\d+)?$/;
const FORMULA = /^[=+\-@\t\r]/;

function field(cell: CsvCell): string {
  if (cell === undefined || cell === null) return '';
  let text = String(cell);
  if (typeof cell === 'string' && !NUMBER.test(text) && FORMULA.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(rows: CsvCell[][]): string {
  return rows.map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

/** The file's bytes: BOM + UTF-8. */
export function csvBuffer(rows: CsvCell[][]): Buffer {
  return Buffer.from(BOM + toCsv(rows), 'utf8');
}

/** Reads RFC 4180 text back (a leading BOM is dropped): used by tests and tools that check a file. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let current = '';
  let quoted = false;
  for (let i = 0; i < input.length; i += 1) {
    const c = input[i]!;
    if (quoted) {
      if (c === '"' && input[i + 1] === '"') {
        current += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else current += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(current);
      current = '';
    } else if (c === '\r' && input[i + 1] === '\n') {
      row.push(current);
      rows.push(row);
      row = [];
      current = '';
      i += 1;
    } else if (c === '\n') {
      row.push(current);
      rows.push(row);
      row = [];
      current = '';
    } else current += c;
  }
  if (current !== '' || row.length > 0) {
    row.push(current);
    rows.push(row);
  }
  return rows;
}
