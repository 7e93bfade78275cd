import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { spaceAfterOpening, spaceBeforeClosing } from "./gap-context.js";

// The patterns on a copy of the text before the space, as the grid reader asked them: the oracles.
const plainAfterOpening = (text: string, offset: number): boolean =>
  /[^ ][(（「『]$/u.test(text.slice(0, offset - 1));
const plainBeforeClosing = (text: string, offset: number): boolean =>
  /(?:^| )(?:[^ ]{2,}|[^ ]{2,} [^ ]) [。，、；：)）」』]$/u.test(text.slice(0, offset + 1));

const unit = fc.constantFrom(..."甲乙a (（「『。，、；：)）」』\n", "𠀀", "\ud840", "\udc00");
const text = fc.array(unit, { maxLength: 14 }).map((units) => units.join(""));

describe("the context of a space in a piece, read off its code units", () => {
  it("answers as the patterns on the text before the space, at every offset", () => {
    fc.assert(
      fc.property(text, (value) => {
        for (let offset = -3; offset <= value.length + 3; offset++) {
          expect(spaceAfterOpening(value, offset)).toBe(plainAfterOpening(value, offset));
          expect(spaceBeforeClosing(value, offset)).toBe(plainBeforeClosing(value, offset));
        }
      }),
      { numRuns: 5000 },
    );
  });

  it("reads a letter-spaced closing as the cell's own, a word's as a gap", () => {
    expect(spaceBeforeClosing("機構網絡 (ARIN-AP)、 。", 16)).toBe(true);
    expect(spaceBeforeClosing("法務部 。", 4)).toBe(true);
    expect(spaceBeforeClosing("護 。", 2)).toBe(false);
    expect(spaceBeforeClosing("岸法律司） 協 。", 8)).toBe(true);
    expect(spaceBeforeClosing("岸 協 。", 4)).toBe(false);
    expect(spaceAfterOpening("法務部( 部", 5)).toBe(true);
    expect(spaceAfterOpening("( 部", 2)).toBe(false);
  });
});
