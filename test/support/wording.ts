/**
 * What a person must never read (test/unit/wording.test.ts, and the emails of a full lifecycle in
 * test/e2e/lifecycle-events.test.ts): a raw code, a policy requirement id, a stray space between
 * Chinese characters, a doubled space, `undefined`/`null`/`NaN`, full-width punctuation in English.
 */
import type { Locale } from '../../lib/platform/locale.ts';
import { LABELS } from '../../lib/platform/labels.ts';

const CJK = '\\u3400-\\u9fff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef';
/**
 * Every code of the label catalogue (but the value types, words like `number` that a data export's
 * field paths use); in Chinese text any of them is a raw code.
 */
const CODES = new Set(Object.entries(LABELS).flatMap(([group, codes]) => (group === 'valueType' ? [] : Object.keys(codes))));

/** Text as a person reads it: HTML without tags (nor embedded images), entities decoded. */
export function readable(html: string): string {
  return html
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, '\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

export function problemsIn(text: string, locale: Locale): string[] {
  const problems: string[] = [];
  const withoutLinks = text.replace(/https?:\/\/\S+/g, ' ').replace(/[\w.+-]+@[\w.-]+/g, ' ');
  const found = (what: string, match: RegExpMatchArray | null) => {
    if (match) problems.push(`${what}: "${match[0]}" in "${text.slice(Math.max(0, (match.index ?? 0) - 20), (match.index ?? 0) + 30)}"`);
  };
  found('snake_case code', /\b[a-z][a-z0-9]*(?:_[a-z0-9]+)+\b/.exec(withoutLinks));
  found('requirement id', /(?<!服务标准 )\b(?:SAFE|FLOW|ORG|TRAIN|PARTS|CONF|STD)-\d+[a-z]?\b/.exec(withoutLinks));
  found('stray value', /\bundefined\b|\bnull\b|\bNaN\b|\[object Object\]/.exec(withoutLinks));
  found('space between Chinese', new RegExp(`[${CJK}] +[${CJK}${CJK_PUNCT}]|[${CJK_PUNCT}] +[${CJK}]`).exec(withoutLinks));
  found('doubled space', / {2,}/.exec(withoutLinks.split('\n').map((line) => line.trim()).join('\n')));
  if (locale === 'en') {
    found('full-width punctuation in English', new RegExp(`[${CJK_PUNCT}]`).exec(withoutLinks));
    found('raw code', /\bcctv\b/.exec(withoutLinks));
  } else {
    for (const word of withoutLinks.match(/\b[a-z][a-z_]+\b/g) ?? []) {
      if (CODES.has(word)) problems.push(`raw code "${word}" in "${text.slice(0, 120)}"`);
    }
  }
  return problems;
}

