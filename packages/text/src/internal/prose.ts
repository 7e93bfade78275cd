import { joinParagraph } from "@lianzheng/layout";
import { listMarkerStyleOf } from "@lianzheng/normalize";
import { isBareHeading, type LogicalLine } from "./assemble.js";
import { cleanFragment } from "./clean.js";
import { displayWidth } from "./width.js";

// Running text of a paged rendering: lines wrapped at the right margin belong to one paragraph.

// A line this wide (share of the widest) reached the margin: it may have been wrapped.
const WRAP_SHARE = 0.6;
const PARAGRAPH_END = /[。！？；：:;!?]$/u;

/**
 * Running text outside tables (`index` 0-based line numbers; `margin` the widest line's display
 * width): lines wrapped at the margin are joined into their paragraph. */
export function* proseLines(
  lines: ReadonlyArray<{ text: string; index: number }>,
  margin: number,
): Generator<LogicalLine> {
  let text = "";
  let first = 0;
  let lastWidth = 0;
  for (const line of lines) {
    const trimmed = line.text.trim();
    const clean = cleanFragment(trimmed);
    const continues =
      text !== "" &&
      lastWidth >= margin * WRAP_SHARE &&
      !PARAGRAPH_END.test(text) &&
      !isBareHeading(clean) &&
      listMarkerStyleOf(trimmed) === null;
    if (continues) text = joinParagraph(text, trimmed).replace(/\n/gu, " ");
    else {
      if (text) yield { kind: "text", text, line: first };
      text = trimmed;
      first = line.index + 1;
    }
    lastWidth = displayWidth(line.text.trimEnd());
  }
  if (text) yield { kind: "text", text, line: first };
}
