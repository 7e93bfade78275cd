import { parseListMarker } from "@lianzheng/normalize";

// The numbering of the plan's parts: sections 壹、 / IV., strategies 一、 / 9., measures (一) / (1).
// Markers are read by @lianzheng/normalize; this only says which level each style numbers.

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

/** The numbering marker a text starts with and its number (≥ 1), or null. */
export function readMarker(text: string): Marker | null {
  const head = text.trimStart();
  const marker = parseListMarker(head);
  const kind = marker ? KINDS[marker.style] : undefined;
  if (!marker || !kind || marker.number === null || marker.number < 1) return null;
  return { kind, number: marker.number, rest: head.slice(marker.raw.length).trim() };
}
