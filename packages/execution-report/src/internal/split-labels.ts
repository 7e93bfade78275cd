import { createWarning, type Warning } from "@lianzheng/model";
import type { Entry } from "./entries.js";
import { classifyLabel } from "./labels.js";

/**
 * Rejoins a row label that a page break split into two rows, each read as a label of its own
 * (`107年度(1月` on one page, `至12月)績效目標達成情形` on the next, where the producer draws a
 * border at the break): two labels, neither known, that make a known label together, the second
 * on a later page than the first (or with no pages known, as in text), are one entry.
 */
export function rejoinSplitLabels(entries: readonly Entry[], warnings: Warning[]): Entry[] {
  const out: Entry[] = [];
  for (const entry of entries) {
    const previous = out.at(-1);
    if (previous && isSplitLabel(previous, entry)) {
      out[out.length - 1] = joined(previous, entry);
      warnings.push(
        createWarning(
          "label_rejoined",
          `the row label "${previous.label}" / "${entry.label}" that a page break split was read as one: "${previous.label}${entry.label}"`,
          { at: entry.pageStart === undefined ? {} : { page: entry.pageStart } },
        ),
      );
    } else out.push(entry);
  }
  return out;
}

function isSplitLabel(first: Entry, second: Entry): boolean {
  if (classifyLabel(first.label).kind !== "other" || classifyLabel(second.label).kind !== "other")
    return false;
  if (classifyLabel(first.label + second.label).kind === "other") return false;
  const firstPage = first.pageEnd ?? first.pageStart;
  return firstPage === undefined || second.pageStart === undefined || second.pageStart > firstPage;
}

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
