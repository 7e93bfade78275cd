import { comparable } from "@lianzheng/mentions";
import { foldToSimplified } from "@lianzheng/normalize";

/**
 * Text as labels and markers are compared (mentions' `comparable`): width-normalized and folded
 * to Simplified, so a Simplified copy (服务机关, 议程一) meets the Traditional label (服務機關,
 * 議程一). Same length as the input, so spans found in it slice the original.
 */
export function fold(text: string): string {
  return comparable(text);
}

/** A pattern written in Traditional characters, matched against folded text. */
export function foldedPattern(source: string, flags = "u"): RegExp {
  return new RegExp(foldToSimplified(source), flags);
}

// Simplified forms of the financial numerals 貳 and 陸 are not among the markers normalize knows.
const FINANCIAL_SIMPLIFIED: Readonly<Record<string, string>> = { 贰: "貳", 陆: "陸", 参: "參" };

/** The marker characters of a Simplified text written back in Traditional, for parseListMarker. */
export function traditionalMarkers(text: string): string {
  return text.replace(/[贰陆参]/gu, (char) => FINANCIAL_SIMPLIFIED[char] ?? char);
}
