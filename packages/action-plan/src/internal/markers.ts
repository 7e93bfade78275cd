import { parseListMarker } from "@lianzheng/normalize";

// The numbering of the plan's parts: sections 壹、 / IV., strategies 一、 / 9., measures (一) / (1).

export type MarkerKind = "capital" | "cjk-comma" | "paren" | "dot" | "roman";

export interface Marker {
  kind: MarkerKind;
  number: number;
  /** The text after the marker, trimmed. */
  rest: string;
}

const KINDS: Readonly<Record<string, MarkerKind>> = {
  financial: "capital",
  chinese: "cjk-comma",
  "chinese-parenthesized": "paren",
  "arabic-parenthesized": "paren",
  arabic: "dot",
  roman: "roman",
};

// Simplified forms of the section numerals (贰、目标 in a Simplified copy), read as Traditional.
const SIMPLIFIED_FINANCIAL: Readonly<Record<string, string>> = { 贰: "貳", 参: "參", 陆: "陸" };

/** The numbering marker a text starts with and its number (≥ 1), or null. */
export function readMarker(text: string): Marker | null {
  const head = text.trimStart();
  const probe = head.replace(/^[贰参陆]+/u, (digits) =>
    [...digits].map((digit) => SIMPLIFIED_FINANCIAL[digit] ?? digit).join(""),
  );
  const marker = parseListMarker(probe);
  const kind = marker ? KINDS[marker.style] : undefined;
  if (!marker || !kind || marker.number === null || marker.number < 1) return null;
  return { kind, number: marker.number, rest: head.slice(marker.raw.length).trim() };
}
