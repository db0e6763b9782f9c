/**
 * Phone numbers are stored in E.164. Accepted: a mainland China mobile number with or without +86 /
 * 0086 (spaces, dashes and brackets ignored), or any E.164 number.
 */
const CN_MOBILE = /^1[3-9]\d{9}$/;
const E164 = /^\+[1-9]\d{6,14}$/;

export function normalisePhone(raw: string): string | undefined {
  const compact = raw.replace(/[\s\-()]/g, '');
  const withoutCountry = compact.replace(/^(?:\+86|0086|86(?=1\d{10}$))/, '');
  if (CN_MOBILE.test(withoutCountry)) return `+86${withoutCountry}`;
  const international = compact.startsWith('00') ? `+${compact.slice(2)}` : compact;
  if (E164.test(international)) return international;
  return undefined;
}
