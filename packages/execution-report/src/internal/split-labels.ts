import { createWarning, type Warning } from "@lianzheng/model";
import type { Entry } from "./entries.js";
import { classifyLabel, looksLikeLabel } from "./labels.js";
import { joinValue } from "./value-text.js";

/**
 * Rejoins a row label that a page break split into two rows, each read as a label of its own
 * (`107年度(1月` on one page, `至12月)績效目標達成情形` on the next, where the producer draws a
 * border at the break, or draws inner borders only, so no line tells a cut row from a whole one).
 * Two labels, neither known, the second on a later page than the first (or with no pages known,
 * as in text), are one entry when
 * - together they make a known label, or
 * - the first leaves a bracket open that the second closes (`…目標「達成` / `率」及執行成果比較`).
 * Both are `label_rejoined` (info). A label of its own kind that stands alone right after the
 * break, its value empty, beside a value that ended above the break, is most likely the rest of
 * the label above (its last line, the row's value done): joined, but warned
 * (`label_rejoined_unproven`), since a row whose value is empty reads the same.
 */
export function rejoinSplitLabels(entries: readonly Entry[], warnings: Warning[]): Entry[] {
  const out: Entry[] = [];
  let seq: string | undefined;
  for (let index = 0; index < entries.length; index++) {
    let entry = entries[index] as Entry;
    const previous = out.at(-1);
    const after = entries[index + 1];
    if (classifyLabel(entry.label).kind === "seq") {
      // The record's own head, repeated atop the page between a label's two parts (WeasyPrint
      // lays each page's part of a record out anew, so the reader keeps it as a row): dropped.
      const own = previous && after && joinValue(entry.parts) === seq && splitLabel(previous, after) !== "no";
      seq = joinValue(entry.parts);
      if (!own) {
        out.push(entry);
        continue;
      }
      warnings.push(
        createWarning(
          "record_head_repeated",
          `序次 ${seq} came again atop page ${entry.pageStart}, inside the row label "${previous.label}" / "${after.label}" the page break split: read as one record`,
          { at: at(entry) },
        ),
      );
      entry = after;
      index++;
    }
    const split = previous ? splitLabel(previous, entry) : "no";
    if (previous && split !== "no") {
      const label = previous.label + entry.label;
      out[out.length - 1] = joined(previous, entry);
      warnings.push(
        split === "proven"
          ? createWarning(
              "label_rejoined",
              `the row label "${previous.label}" / "${entry.label}" that a page break split was read as one: "${label}"`,
              { at: at(entry) },
            )
          : createWarning(
              "label_rejoined_unproven",
              `the row label "${entry.label}" stood alone, its value empty, right after a page break, under the row "${previous.label}": read as the rest of that label, "${label}"`,
              { at: at(entry) },
            ),
      );
    } else out.push(entry);
  }
  return out;
}

const at = (entry: Entry) => (entry.pageStart === undefined ? {} : { page: entry.pageStart });

/** Whether two entries are one label that a page break split: proven, likely, or not. */
function splitLabel(first: Entry, second: Entry): "proven" | "likely" | "no" {
  if (classifyLabel(first.label).kind !== "other" || classifyLabel(second.label).kind !== "other")
    return "no";
  const firstPage = first.pageEnd ?? first.pageStart;
  const pagesKnown = firstPage !== undefined && second.pageStart !== undefined;
  if (pagesKnown && (second.pageStart as number) <= firstPage) return "no";
  if (classifyLabel(first.label + second.label).kind !== "other") return "proven";
  if (!looksLikeLabel(first.label + second.label)) return "no";
  if (bracketDepth(first.label) > 0 && bracketDepth(second.label) < 0) return "proven";
  // Only where a page break is seen (text has none) and the label went on with nothing beside it.
  return pagesKnown && isBlank(second) && !isBlank(first) ? "likely" : "no";
}

const OPENING = "「『(（【〔《〈";
const CLOSING = "」』)）】〕》〉";

/** Brackets a text opens and does not close (negative: closes more than it opens). */
function bracketDepth(text: string): number {
  let depth = 0;
  for (const char of text) {
    if (OPENING.includes(char)) depth++;
    else if (CLOSING.includes(char)) depth--;
  }
  return depth;
}

const isBlank = (entry: Entry): boolean => entry.parts.every((part) => !part.trim());

function joined(first: Entry, second: Entry): Entry {
  const entry: Entry = {
    ...first,
    label: first.label + second.label,
    parts: [...first.parts, ...second.parts],
  };
  if (second.lineEnd !== undefined) entry.lineEnd = second.lineEnd;
  if (second.pageEnd !== undefined) entry.pageEnd = second.pageEnd;
  return entry;
}
