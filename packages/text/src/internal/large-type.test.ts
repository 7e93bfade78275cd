import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { largeTypeText } from "./large-type.js";

/** A line with each text at its column. */
const at = (...texts: Array<[column: number, text: string]>): string =>
  texts.reduce((line, [column, text]) => line.padEnd(column) + text, "");

// Lines of fixtures/text/plan-2023-en-strategy9.layout-fixed3.txt (pdftotext -layout -fixed 3 of
// the English plan PDF, its left margin of 19 columns dropped): the title and the section heading
// set large, then the table's header and first row.
const title = at([21, "National"], [49, "Integrity"], [77, "Building"], [105, "Action"], [126, "Plan"]);
const heading = at([0, "IV."], [7, "Specific"], [27, "Actions"]);
const header = [
  at([1, "Specific"], [29, "Enforcement Measure"], [81, "Performance Goal"], [133, "Executing"]),
  at([1, "Strategy"], [133, "Agency"]),
  "",
  at(
    [1, "9. Promote"],
    [29, "(1) Encourage foreign"],
    [81, "The Ministry of Justice"],
    [133, "Authority in"],
  ),
];

describe("largeTypeText: a line set large on a fine grid", () => {
  it("gives the title's and the heading's words one space apart, the indent kept", () => {
    expect(largeTypeText(title, ["", heading, ...header])).toBe(
      "                     National Integrity Building Action Plan",
    );
    expect(largeTypeText(heading, header)).toBe("IV. Specific Actions");
  });

  it("leaves a table's lines alone: pieces of several words, two pieces, or words on the columns below", () => {
    expect(largeTypeText(header[0] ?? "", header.slice(1))).toBeNull();
    expect(largeTypeText(header[1] ?? "", header.slice(2))).toBeNull();
    // Single words whose starts are spread like large type's, but on the columns of the rows below.
    const singleWords = at([1, "Specific"], [29, "Enforcement"], [63, "Performance"], [97, "Executing"]);
    const row = at([1, "9. Promote"], [29, "(1) Encourage"], [63, "The Ministry"], [97, "Authority"]);
    expect(largeTypeText(singleWords, [row, row])).toBeNull();
  });

  // A heading of 3–7 words (above running text) set at any scale a font has over the grid, at any indent, with the
  // letters' proportional widths making each gap a little longer or shorter: read as its words.
  it("reads a heading at any scale, indent and letter widths", () => {
    const word = fc.stringMatching(/^[A-Z][a-z]{1,11}\.?$/u);
    const line = fc.record({
      words: fc.array(word, { minLength: 3, maxLength: 7 }),
      scale: fc.double({ min: 1.7, max: 4, noNaN: true }),
      jitter: fc.array(fc.double({ min: 0.88, max: 1.12, noNaN: true }), { minLength: 7, maxLength: 7 }),
      indent: fc.nat(40),
    });
    fc.assert(
      fc.property(line, ({ words, scale, jitter, indent }) => {
        let text = " ".repeat(indent);
        words.forEach((w, i) => {
          if (i > 0) {
            const advance = ((words[i - 1]?.length ?? 0) + 1) * scale * (jitter[i] ?? 1);
            const gap = Math.max(2, Math.round(advance) - (words[i - 1]?.length ?? 0));
            text += " ".repeat(gap);
          }
          text += w;
        });
        expect(largeTypeText(text, ["", "Running text at the margin of the page."])).toBe(
          " ".repeat(indent) + words.join(" "),
        );
      }),
    );
  });
});
