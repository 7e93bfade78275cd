import { parseListMarker, parseNumber } from "@lianzheng/normalize";
import { fold, foldedPattern, traditionalMarkers } from "./fold.js";

/** How a heading is numbered: the marker style decides nesting (壹 > 議程一 / 一 > (一)). */
export interface HeadingMarker {
  style: string;
  /** The marker as written, without its punctuation: 壹, 議程一, 一, (一), IV. */
  marker: string;
  number: number | null;
  /** The heading's text after the marker. */
  rest: string;
}

const AGENDA = foldedPattern(
  "^(議程|Session|Agenda Item|Item)\\s*([一二三四五六七八九十]+|\\d{1,2})\\s*[：:、.]\\s*",
  "iu",
);
const STYLES = new Set(["financial", "chinese", "chinese-parenthesized", "roman"]);

/**
 * The marker a heading starts with, when it is one that numbers sections: 壹、 一、 (一) IV. or
 * 議程一： / 議程 1： / Item 1: (Traditional or Simplified).
 */
export function readHeadingMarker(text: string): HeadingMarker | null {
  const trimmed = text.trim();
  const agenda = AGENDA.exec(fold(trimmed.slice(0, 24)));
  if (agenda?.[1] && agenda[2]) {
    const length = agenda[0].length;
    const marker = trimmed.slice(0, length).replace(/\s*[：:、.]\s*$/u, "");
    return { style: "agenda", marker, number: parseNumber(agenda[2]), rest: trimmed.slice(length).trim() };
  }
  const list = parseListMarker(traditionalMarkers(trimmed));
  if (!list || !STYLES.has(list.style)) return null;
  const marker = trimmed
    .slice(0, list.raw.length)
    .trim()
    .replace(/[、.]$/u, "");
  return { style: list.style, marker, number: list.number, rest: trimmed.slice(list.raw.length).trim() };
}

const FINAL_PUNCTUATION = /[。；;：:！？!?，,]$/u;

/** A paragraph that is a numbered heading: numbered, short, without final punctuation. */
export function isHeadingLine(text: string): HeadingMarker | null {
  if (text.length > 80) return null;
  const marker = readHeadingMarker(text);
  if (!marker?.rest) return null;
  if (text.trim().length > 60 || FINAL_PUNCTUATION.test(text.trim())) return null;
  return marker;
}
