// A header line a browser's PDF (Chromium's) sets too tight: pdftotext joins two English labels one
// space apart when the first nearly fills its column (`Specific Strategy Enforcement Measure` on a
// landscape page). Such a space is a column's start where the lines below start a column's text at
// or near it (the header is a block of its own: its columns may sit a column or two off the body's).
// A space inside a label (`Performance Goal`) has no column below it.

// How far the body's column may sit from the header's label: left by one, right by two.
const LEFT = 1;
const RIGHT = 2;
// Lines below that must start a column there (a column holds many lines).
const SUPPORT = 3;
// The lines below that are looked at.
const BELOW = 40;
// A single space between English words, the next a label's capitalised first word.
const LABEL_SPACE = /(?<=[A-Za-z.,)]) (?=[A-Z(])/gu;

/** Where the text set off by two spaces or more starts on a line (code-point columns). */
function pieceStarts(line: string): number[] {
  const chars = [...line];
  const starts: number[] = [];
  chars.forEach((char, at) => {
    if (char !== " " && (at === 0 || (chars[at - 1] === " " && (at === 1 || chars[at - 2] === " "))))
      starts.push(at);
  });
  return starts;
}

/**
 * How many more columns a header line names than its pieces show: its single spaces between
 * English labels under which the lines below start a column (`below`: the lines after the header,
 * from `from` on: the text's lines are passed as they are, not copied for every header line).
 */
export function joinedHeaderLabels(header: string, below: readonly string[], from = 0): number {
  if (!/^[\x20-\x7e]*$/u.test(header)) return 0;
  const lines = below.slice(from, from + BELOW).map(pieceStarts);
  let joined = 0;
  for (const match of header.matchAll(LABEL_SPACE)) {
    const at = (match.index ?? 0) + 1;
    // (Two spaces or more apart, the header's own pieces: counted already.)
    if (header[at - 2] === " ") continue;
    const support = lines.filter((starts) => starts.some((x) => x >= at - LEFT && x <= at + RIGHT)).length;
    if (support >= SUPPORT) joined++;
  }
  return joined;
}
