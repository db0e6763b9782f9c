/**
 * Reading the PDFs back as a person's viewer would: `pdftotext` and `pdfimages` (Debian
 * poppler-utils; .ci/run installs it when missing) on a temporary copy of the bytes.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function withFile<T>(bytes: Uint8Array, run: (path: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-'));
  try {
    const path = join(dir, 'document.pdf');
    writeFileSync(path, bytes);
    return run(path);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of every page, in reading order (`pdftotext -layout`). */
export const pdfText = (bytes: Uint8Array): string => withFile(bytes, (path) => execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' }));

/** Page count and size as `pdfinfo` reports them. */
export function pdfInfo(bytes: Uint8Array): { pages: number; pageSize: string; title: string } {
  const text = withFile(bytes, (path) => execFileSync('pdfinfo', ['-enc', 'UTF-8', path], { encoding: 'utf8' }));
  const field = (name: string) => new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(text)?.[1] ?? '';
  return { pages: Number(field('Pages')), pageSize: field('Page size'), title: field('Title') };
}

/** The images drawn on the pages (`pdfimages -list`: one row each, soft masks included). */
export const pdfImages = (bytes: Uint8Array): Array<{ width: number; height: number; type: string }> =>
  withFile(bytes, (path) =>
    execFileSync('pdfimages', ['-list', path], { encoding: 'utf8' })
      .split('\n')
      .slice(2)
      .filter((line) => line.trim())
      .map((line) => line.trim().split(/\s+/))
      .map((cols) => ({ width: Number(cols[3]), height: Number(cols[4]), type: cols[2]! })),
  );

/** Text with the layout's spacing removed: labels and values compare whatever the column widths. */
export const squeezed = (text: string) => text.replace(/[ \t]+/g, '');
