import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { pieces, place } from "./grid-lines.js";
import { pulledGridSlack, pulledGridSplits } from "./pulled-grid.js";

// Lines of fixtures/text/producers/plan-2023-en-chromium.layout.txt (Chromium's English plan
// through pdftotext -layout, page 1: columns at 0, 16, 49 and 79); where each cell ends is read
// off the PDF's word boxes (pdftotext -bbox-layout).

const PAGE_1 = [0, 16, 49, 79];
const noItem = (): boolean => false;
const piece = (line: string) => {
  const found = pieces(place(line, 0), "code-point")[0];
  if (!found) throw new Error("no piece");
  return found;
};
/** The texts a piece falls into when cut at `at`, a candidate's grid column. */
const cut = (line: string, at: number): string[] => {
  const rest = piece(line);
  const space = rest.spaces.find((s) => s.at === at);
  if (!space) throw new Error(`no space at ${at}`);
  return [rest.text.slice(0, space.offset - 1), rest.text.slice(space.offset)];
};
const splitsAt = (line: string, column: number, starts = PAGE_1, slack = 0): number[] | undefined =>
  pulledGridSplits(piece(line), column, { starts, slack }, noItem)?.map((space) => space.at);

describe("pulledGridSplits: where the next cell starts in a line pdftotext joined", () => {
  it("offers only spaces up to the next column's start, after a line half its column or more", () => {
    // `with countries.` fills the strategy column (15 of 15): `various` sits on the next column.
    expect(splitsAt("with countries. various countries and", 0)).toEqual([16]);
    // `recovery` or `recovery and`: both long enough, both left of 16; the nearest first.
    expect(splitsAt("recovery and facilitate successful requests negotiates with other", 0)).toEqual([13, 9]);
  });

  it("follows a pull left along the line: the cell after a pulled cell is pulled as far or more", () => {
    // The measure's text starts at 13 (pulled 3), the goal's at 44 (pulled 5): read off the PDF.
    const line = `${" ".repeat(13)}facilitate successful requests negotiates with other`;
    expect(splitsAt(line, 1)).toEqual([44, 35]);
    expect(cut(line, 44)).toEqual(["facilitate successful requests", "negotiates with other"]);
    // The agency's text at 70, nine columns left of 79, after a goal pulled one column: offered
    // with the cut at 79 (`Affairs)` could end the goal's line); the wrap test chooses.
    const third = `${" ".repeat(48)}amendment and reports Affairs) Assisting`;
    expect(splitsAt(third, 2)).toEqual([79, 70]);
  });

  it("says nothing of CJK text, of a piece short of the next column, or of the last column", () => {
    expect(splitsAt("法務部國際及兩岸 法律司", 0)).toBeUndefined();
    expect(splitsAt("(1) Encourage foreign", 0, [0, 30, 60])).toBeUndefined();
    expect(splitsAt(`${" ".repeat(79)}Authority in charge: the`, 3)).toBeUndefined();
  });

  it("lets the next column start a column or two right on a page of a few blocks (its slack)", () => {
    const line = "abcdefghijklmn opq rstuvwx";
    expect(splitsAt(line, 0, [0, 16, 40], 0)).toEqual([15]);
    expect(splitsAt(line, 0, [0, 16, 40], 2)).toEqual([15]);
    expect(splitsAt(line, 0, [0, 17, 40], 2)).toEqual([19, 15]);
  });

  // A line as poppler sets a joined row: each cell's text one space after the one before, every
  // cell but the last at least half its column long and starting at or left of its column, the
  // line reaching each column it holds text of. (A last cell pulled wholly left of its column
  // looks like a line of the column before alone: not offered, see pulled-grid.ts.)
  it("always offers the true cut of a joined line, at every column", () => {
    const word = fc.stringMatching(/^[a-z]{1,9}$/u);
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 10, max: 35 }), { minLength: 3, maxLength: 5 }),
        fc.array(fc.array(word, { minLength: 1, maxLength: 12 }), { minLength: 5, maxLength: 5 }),
        (widths, texts) => {
          const starts = columnStarts(widths);
          // Each cell's text: words taken while the line fits its column (greedy, as producers wrap).
          const cells = starts.map((_, i) => fill(texts[i] ?? [], widths[i] ?? 0));
          let line = "";
          const cuts: number[] = [];
          for (const [i, text] of cells.entries()) {
            if (i > 0) cuts.push(line.length + 1);
            line = i === 0 ? text : `${line} ${text}`;
            const next = starts[i + 1];
            // A joined line: the next cell no further right than its column, this one half full.
            if (next !== undefined && (line.length + 1 > next || text.length < (widths[i] ?? 0) / 2)) return;
          }
          if (cuts.some((_, i) => line.length < (starts[i + 1] ?? 0))) return;
          let rest = piece(line);
          for (const [column, at] of cuts.entries()) {
            const offered = pulledGridSplits(rest, column, { starts, slack: 0 }, noItem) ?? [];
            const truth = offered.find((space) => space.at === at);
            expect(truth, `${line} | column ${column}`).toBeDefined();
            if (!truth) return;
            rest = {
              ...rest,
              text: rest.text.slice(truth.offset),
              start: at,
              spaces: rest.spaces
                .filter((s) => s.offset > truth.offset)
                .map((s) => ({ ...s, offset: s.offset - truth.offset })),
            };
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Where columns of these widths start, one blank column between them. */
function columnStarts(widths: readonly number[]): number[] {
  const starts = [0];
  for (const width of widths.slice(0, -1)) starts.push((starts.at(-1) ?? 0) + width + 1);
  return starts;
}

/** Words as one line up to `width` characters (one word at least). */
function fill(words: readonly string[], width: number): string {
  let line = words[0] ?? "x";
  for (const word of words.slice(1)) {
    if (line.length + 1 + word.length > width) break;
    line = `${line} ${word}`;
  }
  return line.slice(0, width);
}

describe("pulledGridSlack: is the page pdftotext's one-block grid", () => {
  const at = (...pairs: Array<[number, string]>) => pairs.map(([start, text]) => ({ start, text }));
  it("is 0 where text starts on the columns or left of them", () => {
    expect(pulledGridSlack(PAGE_1, at([0, "a"], [16, "b"], [45, "c"], [49, "d"], [79, "e"]))).toBe(0);
  });
  it("is how far right a piece starts, a column or two (a page of a few blocks)", () => {
    expect(pulledGridSlack(PAGE_1, at([0, "a"], [16, "b"], [51, "c"]))).toBe(2);
  });
  it("is null for another grid (text well right of a column), CJK text, or two columns", () => {
    expect(pulledGridSlack(PAGE_1, at([0, "a"], [19, "b"]))).toBeNull();
    expect(pulledGridSlack(PAGE_1, at([0, "a"], [16, "法務部"]))).toBeNull();
    expect(pulledGridSlack([0, 20], at([0, "a"], [20, "b"]))).toBeNull();
  });
});
