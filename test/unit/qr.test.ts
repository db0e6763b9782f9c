/** The bin labels' QR encoder (lib/platform/qr.ts) against the standard's worked values, and read back module by module. */
import { describe, expect, it } from 'vitest';
import { codewords, formatBits, qrMatrix, rsDivisor, rsRemainder } from '../../lib/platform/qr.ts';

/** Reads the format bits next to the top-left finder, unmasks and collects the codewords in placement order. */
function readBack(dark: boolean[][], version: number): { mask: number; codewords: number[] } {
  const size = dark.length;
  let format = 0;
  for (let i = 0; i <= 5; i += 1) format |= Number(dark[i]![8]) << i;
  format |= Number(dark[7]![8]) << 6;
  format |= Number(dark[8]![8]) << 7;
  format |= Number(dark[8]![7]) << 8;
  for (let i = 9; i < 15; i += 1) format |= Number(dark[8]![14 - i]) << i;
  const mask = [0, 1, 2, 3, 4, 5, 6, 7].find((m) => formatBits(m) === format);
  expect(mask).toBeDefined();
  // Function modules: the same layout with no data (every module a pattern draws is fixed).
  const reference = qrReference(version);
  const masks = [(x: number, y: number) => (x + y) % 2 === 0, (_x: number, y: number) => y % 2 === 0, (x: number) => x % 3 === 0, (x: number, y: number) => (x + y) % 3 === 0, (x: number, y: number) => (Math.floor(x / 3) + Math.floor(y / 2)) % 2 === 0, (x: number, y: number) => ((x * y) % 2) + ((x * y) % 3) === 0, (x: number, y: number) => (((x * y) % 2) + ((x * y) % 3)) % 2 === 0, (x: number, y: number) => (((x + y) % 2) + ((x * y) % 3)) % 2 === 0];
  const bits: number[] = [];
  for (let right = size - 1; right >= 1; right -= 2) {
    if (right === 6) right = 5;
    for (let vertical = 0; vertical < size; vertical += 1) {
      for (let j = 0; j < 2; j += 1) {
        const x = right - j;
        const y = ((right + 1) & 2) === 0 ? size - 1 - vertical : vertical;
        if (!reference(x, y)) bits.push(Number(dark[y]![x] !== masks[mask!]!(x, y)));
      }
    }
  }
  const read: number[] = [];
  for (let i = 0; i + 8 <= bits.length; i += 8) read.push(bits.slice(i, i + 8).reduce((b, v) => (b << 1) | v, 0));
  return { mask: mask!, codewords: read };
}

/** Whether a module belongs to a function pattern (finders with separators and format areas, timing, alignment) in versions 1-6. */
function qrReference(version: number) {
  const size = version * 4 + 17;
  const align = version === 1 ? [] : [6, size - 7];
  return (x: number, y: number) =>
    (x <= 8 && y <= 8) || (x >= size - 8 && y <= 8) || (x <= 8 && y >= size - 8) || x === 6 || y === 6 ||
    align.some((ax) => align.some((ay) => !(ax === 6 && ay === 6) && !(ax === 6 && ay === size - 7) && !(ax === size - 7 && ay === 6) && Math.abs(x - ax) <= 2 && Math.abs(y - ay) <= 2));
}

describe('QR codes of the bin labels', () => {
  it('computes the error correction of the standard worked example (HELLO WORLD, 1-M)', () => {
    const data = [32, 91, 11, 120, 209, 114, 220, 77, 67, 64, 236, 17, 236, 17, 236, 17];
    expect(rsRemainder(data, rsDivisor(10))).toEqual([196, 35, 39, 119, 235, 215, 231, 226, 93, 23]);
  });

  it('has the standard format bits of level M', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map((mask) => formatBits(mask).toString(2).padStart(15, '0'))).toEqual([
      '101010000010010',
      '101000100100101',
      '101111001111100',
      '101101101001011',
      '100010111111001',
      '100000011001110',
      '100111110010111',
      '100101010100000',
    ]);
  });

  it('places every codeword where a reader looks for it, finders in three corners', () => {
    for (const text of ['PSU-12V-2A', 'http://127.0.0.1:3000/staff/#/parts/part/CAM-IR-4MP', 'https://service.example.cn/staff/#/parts/part/RJ45-CAT6-超五类']) {
      const dark = qrMatrix(text);
      const size = dark.length;
      const version = (size - 17) / 4;
      expect(version).toBeLessThanOrEqual(6);
      for (const [x, y] of [[0, 0], [size - 7, 0], [0, size - 7]] as const) {
        expect(dark[y]!.slice(x, x + 7)).toEqual([true, true, true, true, true, true, true]);
        expect(dark[y + 1]!.slice(x, x + 7)).toEqual([true, false, false, false, false, false, true]);
      }
      const bytes = new TextEncoder().encode(text);
      expect(readBack(dark, version).codewords).toEqual(codewords(bytes, version));
    }
  });

  it('says when a text is too long for a label', () => {
    expect(() => qrMatrix('x'.repeat(300))).toThrow(/Too long/);
  });
});
