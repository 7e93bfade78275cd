// Character classes and marker patterns shared by the numeral, list and clean-up modules.

/** Chinese digits, including 兩, 〇/○/零 and the financial (大寫) forms. */
export const CN_DIGITS = "零〇○一二兩两三四五六七八九壹貳贰參叁叄参肆伍陸陆柒捌玖";
/** Chinese units below 萬 (十 百 千 and their financial forms, 廿 卅 卌). */
export const CN_SMALL_UNITS = "十拾什百佰陌千仟阡廿卅卌";
/** Chinese magnitudes. */
export const CN_BIG_UNITS = "萬万億亿兆";

/** Financial numerals used as top-level section markers (壹、貳、…). */
export const FINANCIAL_MARKER_DIGITS = "壹貳參叁肆伍陸柒捌玖拾";
export const CIRCLED_NUMBERS =
  "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿";
export const PARENTHESIZED_NUMBERS = "⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽⑾⑿⒀⒁⒂⒃⒄⒅⒆⒇";
export const PARENTHESIZED_IDEOGRAPHS = "㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩";

/**
 * A list marker at the start of a line, as far as line rejoining needs to know: 壹、 一、 (一)
 * （十二） 1. 1、 (1) ① IV. and Markdown bullets/headings. `1.5` and `107年` are not markers.
 */
export const LINE_START_MARKER = new RegExp(
  [
    `^[${FINANCIAL_MARKER_DIGITS}]+、`,
    "^[一二三四五六七八九十百]+、",
    "^[(（] ?[一二三四五六七八九十百]+ ?[)）]",
    "^[(（] ?\\d{1,3} ?[)）]",
    "^\\d{1,3}[.．、](?!\\d)",
    `^[${CIRCLED_NUMBERS}${PARENTHESIZED_NUMBERS}${PARENTHESIZED_IDEOGRAPHS}]`,
    "^(?:[IVX]{1,6}|[ivx]{1,6})\\.\\s",
    "^[-*•●○■□◆◇▪‧・] ",
    "^#{1,6} ",
  ].join("|"),
  "u",
);
