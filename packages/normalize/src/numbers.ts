import { normalizeWidth } from "./clean.js";
import { readNumeralValue } from "./internal/numeral.js";

/**
 * The value of one numeral, or null when the text is not exactly one number. Reads Arabic digits
 * (half or full width, thousands commas, decimals), Chinese numerals (一百零五, 兩, 〇/零, 廿/卅,
 * financial 壹貳參…拾佰仟), mixed magnitudes (`1 億 1,129 萬 5,690`, `4.52萬`, exact), positional
 * digits (一〇七 = 107) and English scale words (`6.162 million`). Values above 2^53 lose precision.
 *
 * @example parseNumber("1,235 億 3,761 萬 7,954") // 123537617954
 */
export function parseNumber(text: string): number | null {
  const trimmed = normalizeWidth(text).trim();
  const negative = /^[-−負负]/.test(trimmed);
  const number = readNumeralValue(negative ? trimmed.slice(1) : trimmed);
  if (number === null) return null;
  return negative ? -number : number;
}

const ORDINAL =
  /^第\s*(.+?)\s*(?:[^\d\s零〇○一二兩两三四五六七八九十百千萬万億亿壹貳參叁肆伍陸柒捌玖拾佰仟].*)?$/su;

/**
 * The number of an ordinal (第十職等 → 10, 第三次 → 3, 第 35 次 → 35), or null when the text does
 * not start with 第 and a numeral.
 */
export function parseOrdinal(text: string): number | null {
  const match = ORDINAL.exec(normalizeWidth(text).trim());
  return match?.[1] === undefined ? null : parseNumber(match[1]);
}
