/**
 * 大写金额: an amount in integer fen written in Chinese capital numerals, as on a statement, cheque or
 * invoice (the writing rules of the 支付结算办法 appendix): 壹仟零陆拾柒元捌角伍分.
 * - Digits 零壹贰叁肆伍陆柒捌玖, units 拾佰仟 within a group of four, groups 万, 亿, 万亿; 壹拾 is written out.
 * - One 零 stands for any run of zeros between two non-zero digits (also across a group boundary:
 *   壹拾万零伍元); zeros at the end of the yuan are not written (壹仟陆佰元).
 * - 整 after the last unit when there are no fen (壹佰元整, 壹佰元伍角整); none after 分.
 * - 角 zero with fen: 零 between 元 and the fen (壹元零伍分); below one yuan no 元 (捌角伍分, 伍分).
 * - Zero is 零元整; a negative amount starts with 负.
 */
const DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'] as const;
const UNITS = ['', '拾', '佰', '仟'] as const;
const GROUPS = ['', '万', '亿', '万亿'] as const;

/** 1..9999 without leading zeros, one 零 per run of inner zeros, none at the end. */
function group(value: number): string {
  let text = '';
  let zero = false;
  for (let position = 3; position >= 0; position -= 1) {
    const digit = Math.floor(value / 10 ** position) % 10;
    if (digit === 0) {
      if (text) zero = true;
      continue;
    }
    if (zero) text += '零';
    zero = false;
    text += DIGITS[digit]! + UNITS[position]!;
  }
  return text;
}

function yuanWords(yuan: number): string {
  const groups: number[] = [];
  for (let rest = yuan; rest > 0; rest = Math.floor(rest / 10_000)) groups.push(rest % 10_000);
  if (groups.length > GROUPS.length) throw new RangeError(`Amount too large for 大写金额: ${yuan} yuan`);
  let text = '';
  let zero = false;
  for (let index = groups.length - 1; index >= 0; index -= 1) {
    const value = groups[index]!;
    if (value === 0) {
      if (text) zero = true;
      continue;
    }
    if (text && (zero || value < 1000)) text += '零';
    zero = false;
    text += group(value) + GROUPS[index]!;
  }
  return text;
}

export function amountInChineseCapitals(fen: number): string {
  if (!Number.isSafeInteger(fen)) throw new RangeError(`大写金额 takes integer fen, got ${fen}`);
  if (fen < 0) return `负${amountInChineseCapitals(-fen)}`;
  if (fen === 0) return '零元整';
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const fenDigit = fen % 10;
  let text = yuan > 0 ? `${yuanWords(yuan)}元` : '';
  if (jiao > 0) text += `${DIGITS[jiao]}角`;
  else if (fenDigit > 0 && yuan > 0) text += '零';
  if (fenDigit > 0) text += `${DIGITS[fenDigit]}分`;
  else text += '整';
  return text;
}
