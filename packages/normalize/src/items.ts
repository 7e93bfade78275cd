import type { Item } from "@lianzheng/model";
import { type ListMarkerStyle, parseListMarker } from "./markers.js";

/** Where an item is in its text: `[start, end)` with the marker in `[start, textStart)`. */
export interface ItemSpan {
  number: number | null;
  start: number;
  textStart: number;
  end: number;
}

// A marker can start an item only at the start, after white space, or after punctuation that
// ends a clause or opens a block; `版本2.` or `統一、` are inside words.
const ITEM_POSITION = /[\s。；;：:，,」』)）>]$/u;

interface Candidate {
  at: number;
  style: ListMarkerStyle;
  number: number;
  length: number;
}

// Characters a marker can start with; a cheap filter before the full marker patterns run.
const MARKER_START = /[\d０-９(（一二三四五六七八九十百壹貳參叁肆伍陸柒捌玖拾①-⑳㉑-㉟㊱-㊿⑴-⒇㈠-㈩IVX]/gu;

function findCandidates(text: string): Candidate[] {
  const candidates: Candidate[] = [];
  for (const start of text.matchAll(MARKER_START)) {
    const at = start.index ?? 0;
    if (at > 0 && !ITEM_POSITION.test(text[at - 1] ?? "")) continue;
    const marker = parseListMarker(text.slice(at, at + 16));
    if (marker === null || marker.number === null) continue;
    candidates.push({ at, style: marker.style, number: marker.number, length: marker.raw.length });
  }
  return candidates;
}

/**
 * The spans of {@link splitItems}: they cover the text from the first non-space character to the
 * end, in order, without gaps or overlaps.
 */
export function splitItemSpans(text: string): ItemSpan[] {
  const candidates = findCandidates(text);
  const first = candidates[0];
  const spans: ItemSpan[] = [];
  const contentStart = text.length - text.trimStart().length;
  if (first === undefined) {
    return text.trim() === ""
      ? []
      : [{ number: null, start: contentStart, textStart: contentStart, end: text.length }];
  }
  // The first marker's style is the top level; its items must count up by one (1, 2, 3 …), so a
  // number inside a sentence or a nested list of another style never splits.
  const top: Candidate[] = [first];
  for (const candidate of candidates) {
    const last = top.at(-1);
    if (
      last !== undefined &&
      candidate.style === first.style &&
      candidate.number === last.number + 1 &&
      candidate.at >= last.at + last.length
    ) {
      top.push(candidate);
    }
  }
  if (text.slice(contentStart, first.at).trim() !== "") {
    spans.push({ number: null, start: contentStart, textStart: contentStart, end: first.at });
  }
  top.forEach((candidate, index) => {
    spans.push({
      number: candidate.number,
      start: candidate.at,
      textStart: candidate.at + candidate.length,
      end: top[index + 1]?.at ?? text.length,
    });
  });
  return spans;
}

/**
 * Splits a cell into its top-level numbered items: the first marker's style (1. / (1) / ① / 一、
 * / (一) / 壹、 / IV.) is the top level, and later markers of that style split only when they count
 * up by one. Nested items of other styles stay inside their parent's text; text before the first
 * marker is an item with `number: null`. Item text has the marker removed and is trimmed. Never
 * splits on decimals (1.5), dates (107年1月), law articles (第四條) or numbers inside sentences.
 *
 * @example splitItems("1. 宣導 530 場。 2. 案件審核 580 件。")
 * // [{ number: 1, text: "宣導 530 場。" }, { number: 2, text: "案件審核 580 件。" }]
 */
export function splitItems(text: string): Item[] {
  return splitItemSpans(text).map((span) => ({
    number: span.number,
    text: text.slice(span.textStart, span.end).trim(),
  }));
}
