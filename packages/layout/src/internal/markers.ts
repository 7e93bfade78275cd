// Generic list-item markers, for layout decisions only (does a cell start a new item? do two
// columns number their items the same way?). Reading the numbers is @lianzheng/normalize's job.

/** The ways a list item can be numbered in these documents. */
export type MarkerStyle =
  | "capital-comma" // 壹、
  | "cjk-comma" // 一、
  | "paren-cjk" // (一) （十二）
  | "paren-arabic" // (1) （12）
  | "arabic-dot" // 1. 1．
  | "circled" // ① … ⑳
  | "roman-dot" // IV.
  | "bullet"; // ● ・ • ■

const CJK_DIGITS = "〇零一二三四五六七八九十百兩";
const MARKERS: ReadonlyArray<readonly [MarkerStyle, RegExp]> = [
  ["capital-comma", /^[壹貳贰參叁参肆伍陸陆柒捌玖拾]{1,3}[、､]/u],
  ["cjk-comma", new RegExp(`^[${CJK_DIGITS}]{1,4}[、､]`, "u")],
  ["paren-cjk", new RegExp(`^[(（][${CJK_DIGITS}]{1,4}[)）]`, "u")],
  ["paren-arabic", /^[(（]\d{1,3}[)）]/u],
  ["arabic-dot", /^\d{1,3}[.．](?![\d.．])/u],
  ["circled", /^[①-⑳]/u],
  ["roman-dot", /^[IVX]{1,5}\.\s/u],
  ["bullet", /^[●•・■◆▪]/u],
];

/** The style of the list marker the text starts with, or null when it starts no list item. */
export function markerStyleOf(text: string): MarkerStyle | null {
  const head = text.trimStart();
  for (const [style, pattern] of MARKERS) if (pattern.test(head)) return style;
  return null;
}

/** True when the text starts with a list-item marker. */
export function startsListItem(text: string): boolean {
  return markerStyleOf(text) !== null;
}

/** The style most cells of a column start with (ties: the first met), or null for none. */
export function dominantStyle(texts: readonly string[]): MarkerStyle | null {
  const counts = new Map<MarkerStyle, number>();
  for (const text of texts) {
    const style = markerStyleOf(text);
    if (style) counts.set(style, (counts.get(style) ?? 0) + 1);
  }
  let best: MarkerStyle | null = null;
  let bestCount = 0;
  for (const [style, count] of counts) {
    if (count > bestCount) {
      best = style;
      bestCount = count;
    }
  }
  return best;
}
