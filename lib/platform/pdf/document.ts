/**
 * Printable documents (the repair report, the statement): A4 pages drawn with pdf-lib in the embedded
 * Chinese font, subset to the glyphs used (a two-page document stays far below 300 KB). A small
 * flowing layout: headings, paragraphs, label/value rows, tables whose header repeats on a new page,
 * a PNG image, a QR code; every page carries the document's title and "page n of m" at the foot.
 */
import type { PDFDocument, PDFFont, PDFPage, RGB } from 'pdf-lib';
import { documentFont } from './font.ts';

type PdfLib = typeof import('pdf-lib');
type Kit = Parameters<PDFDocument['registerFontkit']>[0];

/**
 * pdf-lib and fontkit (about 1.3 MB of the bundle) are loaded with the first document, so a function
 * whose other routes never make one does not evaluate them at its cold start.
 */
let libraries: Promise<{ pdf: PdfLib; fontkit: Kit }> | undefined;
const loadLibraries = () => (libraries ??= Promise.all([import('pdf-lib'), import('@pdf-lib/fontkit')]).then(([pdf, kit]) => ({ pdf, fontkit: ((kit as { default?: Kit }).default ?? kit) as Kit })));

/** A4 in points. */
const PAGE = { width: 595.28, height: 841.89 } as const;
const MARGIN = { left: 50, right: 50, top: 56, bottom: 60 } as const;
const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;
const grey = (level: number): RGB => ({ type: 'RGB', red: level, green: level, blue: level }) as RGB;
const GREY = grey(0.45);
const LINE = grey(0.7);
const BLACK = grey(0);
const SHADE = grey(0.94);

/** A finished document and the name it is offered under. */
export interface PdfFile {
  bytes: Uint8Array;
  filename: string;
}

export interface TableColumn {
  header: string;
  /** Share of the content width (the shares of a table add up to 1). */
  width: number;
  align?: 'left' | 'right';
}

export interface DocumentMeta {
  title: string;
  /** The document's number, shown in the foot of every page. */
  reference: string;
  author: string;
  /** When it was made (the caller's clock; PDF metadata). */
  createdAt: Date;
  language: string;
}

type SubsetPrototype = { _addGlyph(this: SubsetState, gid: number): number };
type SubsetState = { glyf: Uint8Array[]; offset: number };

let subsetPadded = false;

/**
 * @pdf-lib/fontkit's TrueType subset writes each glyph as long as it is and picks the short `loca`
 * format when the table is small; short offsets count 2-byte words, so after the first glyph of odd
 * length every offset is wrong and viewers draw the following glyphs empty (the text still extracts).
 * Glyphs padded to 4 bytes (what the OpenType spec recommends) keep every offset exact.
 */
function paddedSubsets(kit: Kit): Kit {
  return {
    ...kit,
    create: (data: Uint8Array, postscriptName?: string) => {
      const font = kit.create(data, postscriptName);
      if (!subsetPadded) {
        const prototype = Object.getPrototypeOf(font.createSubset()) as SubsetPrototype;
        const addGlyph = prototype._addGlyph;
        prototype._addGlyph = function (this: SubsetState, gid: number) {
          const index = addGlyph.call(this, gid);
          const glyph = this.glyf[index]!;
          const pad = (4 - (glyph.length % 4)) % 4;
          if (pad) {
            // The same buffer class as the glyph's (fontkit bundles its own Buffer), zero-filled.
            const Same = glyph.constructor as new (size: number) => Uint8Array;
            const padded = new Same(glyph.length + pad).fill(0);
            padded.set(glyph);
            this.glyf[index] = padded;
            this.offset += pad;
          }
          return index;
        };
        subsetPadded = true;
      }
      return font;
    },
  };
}

/** Latin words and numbers stay together; CJK text breaks between any two characters. */
const TOKENS = /[A-Za-z0-9@#%&+_.,:;!?'"()[\]/\\¥$*=<>-]+|\s+|./gsu;

export class PdfDocumentBuilder {
  private page!: PDFPage;
  private y = 0;

  private constructor(
    private readonly doc: PDFDocument,
    private readonly font: PDFFont,
    private readonly meta: DocumentMeta,
  ) {
    this.newPage();
  }

  static async create(meta: DocumentMeta): Promise<PdfDocumentBuilder> {
    const { pdf, fontkit } = await loadLibraries();
    const doc = await pdf.PDFDocument.create();
    doc.registerFontkit(paddedSubsets(fontkit));
    const font = await doc.embedFont(await documentFont(), { subset: true });
    doc.setTitle(meta.title, { showInWindowTitleBar: true });
    doc.setAuthor(meta.author);
    doc.setCreator(meta.author);
    doc.setProducer('pdf-lib');
    doc.setLanguage(meta.language);
    doc.setCreationDate(meta.createdAt);
    doc.setModificationDate(meta.createdAt);
    return new PdfDocumentBuilder(doc, font, meta);
  }

  private newPage(): void {
    this.page = this.doc.addPage([PAGE.width, PAGE.height]);
    this.y = PAGE.height - MARGIN.top;
  }

  /** Starts a new page unless `height` more points fit on this one. */
  private ensure(height: number): void {
    if (this.y - height < MARGIN.bottom) this.newPage();
  }

  width(text: string, size: number): number {
    return this.font.widthOfTextAtSize(text, size);
  }

  /** `text` broken into lines no wider than `maxWidth` (explicit newlines kept). */
  wrap(text: string, size: number, maxWidth: number): string[] {
    const lines: string[] = [];
    for (const paragraph of text.replace(/\r\n?/g, '\n').split('\n')) {
      let line = '';
      for (const token of paragraph.match(TOKENS) ?? []) {
        const candidate = line + token;
        if (this.width(candidate, size) <= maxWidth) {
          line = candidate;
          continue;
        }
        if (line.trim()) lines.push(line.trimEnd());
        line = /^\s+$/.test(token) ? '' : token;
        // A single token wider than the line (a long serial or URL) is cut where it has to be.
        while (this.width(line, size) > maxWidth && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && this.width(line.slice(0, cut), size) > maxWidth) cut -= 1;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      }
      lines.push(line.trimEnd());
    }
    return lines;
  }

  private drawText(text: string, x: number, y: number, size: number, color = BLACK): void {
    if (text) this.page.drawText(text, { x, y, size, font: this.font, color });
  }

  title(text: string, subtitle?: string): this {
    const size = 20;
    this.ensure(size + 30);
    this.drawText(text, (PAGE.width - this.width(text, size)) / 2, this.y - size, size);
    this.y -= size + 10;
    if (subtitle) {
      this.drawText(subtitle, (PAGE.width - this.width(subtitle, 10)) / 2, this.y - 10, 10, GREY);
      this.y -= 18;
    }
    this.rule();
    return this;
  }

  heading(text: string): this {
    const size = 13;
    this.ensure(size + 40);
    this.y -= 10;
    this.drawText(text, MARGIN.left, this.y - size, size);
    this.y -= size + 6;
    return this;
  }

  paragraph(text: string, size = 10, color = BLACK): this {
    for (const line of this.wrap(text, size, CONTENT_WIDTH)) {
      this.ensure(size + 5);
      this.drawText(line, MARGIN.left, this.y - size, size, color);
      this.y -= size + 5;
    }
    return this;
  }

  space(points: number): this {
    this.y -= points;
    return this;
  }

  rule(): this {
    this.page.drawLine({ start: { x: MARGIN.left, y: this.y }, end: { x: PAGE.width - MARGIN.right, y: this.y }, thickness: 0.6, color: LINE });
    this.y -= 8;
    return this;
  }

  /** Label / value rows, the values wrapped in the right-hand column. */
  fields(rows: Array<[string, string]>, labelWidth = 100, size = 10): this {
    for (const [label, value] of rows) {
      const lines = this.wrap(value || '—', size, CONTENT_WIDTH - labelWidth);
      lines.forEach((line, index) => {
        this.ensure(size + 6);
        if (index === 0) this.drawText(label, MARGIN.left, this.y - size, size, GREY);
        this.drawText(line, MARGIN.left + labelWidth, this.y - size, size);
        this.y -= size + 6;
      });
    }
    return this;
  }

  /** A ruled table; cells wrap, the header row repeats on each page the table runs onto. */
  table(columns: TableColumn[], rows: string[][], size = 9): this {
    const widths = columns.map((column) => column.width * CONTENT_WIDTH);
    const pad = 4;
    const lineHeight = size + 4;
    const drawRow = (cells: string[], header: boolean) => {
      const wrapped = cells.map((cell, i) => this.wrap(cell, size, widths[i]! - 2 * pad));
      const height = Math.max(...wrapped.map((lines) => lines.length)) * lineHeight + 2 * pad;
      if (this.y - height < MARGIN.bottom) {
        this.newPage();
        if (!header) drawRow(columns.map((c) => c.header), true);
      }
      let x = MARGIN.left;
      const top = this.y;
      if (header) this.page.drawRectangle({ x, y: top - height, width: CONTENT_WIDTH, height, color: SHADE });
      wrapped.forEach((lines, i) => {
        const width = widths[i]!;
        lines.forEach((line, n) => {
          const textWidth = this.width(line, size);
          const tx = columns[i]!.align === 'right' ? x + width - pad - textWidth : x + pad;
          this.drawText(line, tx, top - pad - size - n * lineHeight + 1, size);
        });
        this.page.drawRectangle({ x, y: top - height, width, height, borderColor: LINE, borderWidth: 0.6 });
        x += width;
      });
      this.y -= height;
    };
    this.ensure(3 * lineHeight);
    drawRow(columns.map((c) => c.header), true);
    for (const row of rows) drawRow(row, false);
    this.y -= 6;
    return this;
  }

  /** A PNG (the customer's signature) scaled to fit the box, on the left. */
  async png(bytes: Uint8Array, maxWidth: number, maxHeight: number, caption?: string): Promise<this> {
    const image = await this.doc.embedPng(bytes);
    const scale = Math.min(maxWidth / image.width, maxHeight / image.height, 1);
    const width = image.width * scale;
    const height = image.height * scale;
    this.ensure(height + 20);
    this.page.drawRectangle({ x: MARGIN.left, y: this.y - height - 4, width: width + 8, height: height + 8, borderColor: LINE, borderWidth: 0.6 });
    this.page.drawImage(image, { x: MARGIN.left + 4, y: this.y - height, width, height });
    this.y -= height + 10;
    if (caption) this.paragraph(caption, 9, GREY);
    return this;
  }

  /** A QR code (rows of dark modules, quiet zone added) of `size` points, with text beside it. */
  qr(dark: boolean[][], size: number, beside: string[]): this {
    const modules = dark.length + 8;
    const unit = size / modules;
    this.ensure(size + 10);
    const top = this.y;
    const left = MARGIN.left;
    dark.forEach((row, y) =>
      row.forEach((on, x) => {
        if (on) this.page.drawRectangle({ x: left + (x + 4) * unit, y: top - (y + 5) * unit, width: unit, height: unit, color: BLACK });
      }),
    );
    let textY = top - 14;
    for (const text of beside) {
      for (const line of this.wrap(text, 9, CONTENT_WIDTH - size - 16)) {
        this.drawText(line, left + size + 16, textY, 9);
        textY -= 13;
      }
    }
    this.y = Math.min(top - size, textY) - 6;
    return this;
  }

  /** The finished file: page foots drawn now that the page count is known. */
  async save(): Promise<Uint8Array> {
    const pages = this.doc.getPages();
    pages.forEach((page, index) => {
      const foot = `${this.meta.title} ${this.meta.reference}    第 ${index + 1} 页 / 共 ${pages.length} 页`;
      page.drawText(foot, { x: MARGIN.left, y: 30, size: 8, font: this.font, color: GREY });
    });
    return this.doc.save({ useObjectStreams: true });
  }
}

/** What an API route answers with a PDF: API Gateway (HTTP API) passes base64 bodies through as bytes. */
export function pdfResponse(bytes: Uint8Array, filename: string, disposition: 'inline' | 'attachment' = 'inline') {
  const ascii = filename.replace(/[^A-Za-z0-9._-]/g, '_');
  return {
    statusCode: 200,
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`,
      'cache-control': 'private, no-store',
    },
    body: Buffer.from(bytes).toString('base64'),
    isBase64Encoded: true,
  };
}
