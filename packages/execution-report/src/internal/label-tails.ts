import { createWarning, type Warning } from "@lianzheng/model";
import type { Entry } from "./entries.js";
import { classifyLabel, looksLikeLabel } from "./labels.js";

// A label wrapped in a narrow label column whose last line stands one space before the value's
// line (`pdftotext -layout` of a browser's print: `107年度(1月至12月)績效目標達` beside the value,
// then `成情形 2. 經濟部：…`): the reader saw one piece there and gave the whole line to the value.
// The label is then no label the report uses, and one line of its value opens with the text that
// makes it one.

/** A label's last line is a few characters: longer, the text is the value's own. */
const TAIL = /^(\S{1,8}) (?=\S)/u;

/**
 * Entries whose label is incomplete and whose value has a line opening with the label's rest and
 * a space: the rest moved back to the label (`label_tail_in_value`, info, at the entry's line).
 */
export function reclaimLabelTails(entries: readonly Entry[], warnings: Warning[]): Entry[] {
  return entries.map((entry) => {
    if (classifyLabel(entry.label).kind !== "other" || !looksLikeLabel(entry.label)) return entry;
    const found = withTail(entry);
    if (!found) return entry;
    warnings.push(
      createWarning(
        "label_tail_in_value",
        `the row label "${entry.label}" went on in its value ("${found.label.slice(entry.label.length)} …"): read as "${found.label}"`,
        { at: entry.lineStart === undefined ? {} : { line: entry.lineStart } },
      ),
    );
    return found;
  });
}

/** The entry with its label's rest taken from the first value line that opens with it, or null. */
function withTail(entry: Entry): Entry | null {
  for (const [index, part] of entry.parts.entries()) {
    const lines = part.split("\n");
    for (const [at, line] of lines.entries()) {
      const tail = TAIL.exec(line)?.[1];
      if (!tail || classifyLabel(entry.label + tail).kind === "other") continue;
      lines[at] = line.slice(tail.length + 1);
      const parts = [...entry.parts];
      parts[index] = lines.join("\n");
      return { ...entry, label: entry.label + tail, parts };
    }
  }
  return null;
}
