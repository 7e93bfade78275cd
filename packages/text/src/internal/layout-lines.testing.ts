// A helper of the -layout reader's tests (never imported by the package's code): pdftotext -layout
// output in miniature, each line's cells set at given code-point columns, as pdftotext sets them
// (one column per character, CJK too).

/** A line with `cells[i]` starting at column `starts[i]` (empty cells leave their columns blank). */
export const at = (starts: readonly number[], cells: readonly string[]): string =>
  cells
    .reduce((line, text, i) => {
      const start = starts[i] ?? 0;
      return text ? `${line.padEnd(start)}${text}` : line;
    }, "")
    .trimEnd();
