/** 大写金额 (lib/settlement/domain/amount-in-words.ts): the writing rules' examples, and read back for any amount. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { amountInChineseCapitals } from '../../lib/settlement/domain/amount-in-words.ts';

const DIGIT: Record<string, number> = { 零: 0, 壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9 };
const UNIT: Record<string, number> = { 拾: 10, 佰: 100, 仟: 1000 };

/** An independent reader: the words back to fen (positional, so a misplaced unit or a lost digit shows). */
function readBack(words: string): number {
  let text = words;
  let sign = 1;
  if (text.startsWith('负')) {
    sign = -1;
    text = text.slice(1);
  }
  text = text.replace(/整$/, '');
  let yuanText = '';
  let rest = text;
  const yuanAt = text.indexOf('元');
  if (yuanAt >= 0) {
    yuanText = text.slice(0, yuanAt);
    rest = text.slice(yuanAt + 1);
  }
  const group = (part: string) => {
    let value = 0;
    let digit = 0;
    for (const c of part) {
      if (c in DIGIT) digit = DIGIT[c]!;
      else if (c in UNIT) {
        value += digit * UNIT[c]!;
        digit = 0;
      } else throw new Error(`unexpected ${c} in ${words}`);
    }
    return value + digit;
  };
  let yuan = 0;
  let remaining = yuanText;
  for (const [marker, factor] of [['万亿', 1e12], ['亿', 1e8], ['万', 1e4]] as const) {
    const at = remaining.indexOf(marker);
    if (at >= 0) {
      yuan += group(remaining.slice(0, at)) * factor;
      remaining = remaining.slice(at + marker.length);
    }
  }
  yuan += group(remaining);
  const jiao = /(.)角/.exec(rest);
  const fen = /(.)分/.exec(rest);
  return sign * (yuan * 100 + (jiao ? DIGIT[jiao[1]!]! * 10 : 0) + (fen ? DIGIT[fen[1]!]! : 0));
}

describe('amountInChineseCapitals', () => {
  it.each([
    [106_785, '壹仟零陆拾柒元捌角伍分'],
    [0, '零元整'],
    [10_000, '壹佰元整'],
    [10_050, '壹佰元伍角整'],
    [10_005, '壹佰元零伍分'],
    [85, '捌角伍分'],
    [5, '伍分'],
    [100, '壹元整'],
    [1_000, '壹拾元整'],
    [168_032, '壹仟陆佰捌拾元叁角贰分'],
    [10_000_500, '壹拾万零伍元整'],
    [100_000_000, '壹佰万元整'],
    [1_001_000, '壹万零壹拾元整'],
    [10_100_000_000, '壹亿零壹佰万元整'],
    [100_000_100, '壹佰万零壹元整'],
    [7_006_005_00, '柒佰万陆仟零伍元整'],
    [7_000_605_00, '柒佰万零陆佰零伍元整'],
    [120_556_00, '壹拾贰万零伍佰伍拾陆元整'],
    [-12_345, '负壹佰贰拾叁元肆角伍分'],
  ])('%i fen is %s', (fen, words) => {
    expect(amountInChineseCapitals(fen)).toBe(words);
  });

  it('reads back to the same amount, for any amount up to a hundred billion yuan', () => {
    fc.assert(
      fc.property(fc.integer({ min: -10_000_000_000_000, max: 10_000_000_000_000 }), (fen) => {
        expect(readBack(amountInChineseCapitals(fen))).toBe(fen);
      }),
      { numRuns: 3000 },
    );
  });

  it('follows the writing rules: no double 零, no 零 before a unit or at the end, 整 exactly when there are no fen', () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer({ min: 1, max: 100_000_000_000 }), fc.integer({ min: 1, max: 99_999 }).map((n) => n * 10_000)), (fen) => {
        const words = amountInChineseCapitals(fen);
        expect(words).not.toMatch(/零零|零[元万亿角分拾佰仟整]|^零|零$/);
        expect(words.endsWith('整')).toBe(fen % 10 === 0);
        expect(words.includes('元')).toBe(fen >= 100);
        expect(words).toMatch(/^[零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整]+$/);
      }),
      { numRuns: 3000 },
    );
  });
});
