import { describe, expect, it } from "vitest";
import { place } from "./grid-lines.js";
import { headerLabelStarts, snappedStarts } from "./header-starts.js";

const lines = (...texts: string[]) => texts.map((text, index) => place(text, index));

describe("headerLabelStarts", () => {
  // Chromium's six-column edition on Letter at 10 pt (pdftotext -layout): the first two labels one
  // space apart, a three-character first column.
  const tight = "具體策 執行措施           績效目標           辦理機關       績效衡量指     112年績效目";

  it("gives every label's start where two labels stand one space apart", () => {
    expect(headerLabelStarts(lines(tight, "略     標   標值"), "code-point", 6)).toEqual([
      0, 4, 19, 34, 45, 55,
    ]);
  });

  it("counts display columns in the display metric (a CJK character two wide)", () => {
    expect(headerLabelStarts(lines(tight), "display", 6)?.slice(0, 3)).toEqual([0, 7, 26]);
  });

  it("gives nothing where the labels stand apart by two spaces or more, or name other columns", () => {
    const apart = "具體策略  執行措施  績效目標  辦理機關";
    expect(headerLabelStarts(lines(apart), "code-point", 4)).toBeNull();
    expect(headerLabelStarts(lines(tight), "code-point", 4)).toBeNull();
    expect(headerLabelStarts(lines("一、強 (一) 建構整體  1. 各機關"), "code-point", 3)).toBeNull();
  });
});

describe("snappedStarts", () => {
  it("moves a label to the body's nearest peak within the tolerance, else keeps it", () => {
    expect(snappedStarts([0, 4, 19, 34], [0, 17, 30, 45], 3)).toEqual([0, 4, 17, 34]);
  });

  it("never moves a label onto a peak another label stands nearer (two columns at one start)", () => {
    // (Chromium, Letter at 11 pt: `具體 執行措施`, the measures never a piece of their own.)
    expect(snappedStarts([0, 3, 18, 32], [0, 16, 32], 3)).toEqual([0, 3, 16, 32]);
    expect(snappedStarts([0, 6, 18], [3], 3)).toEqual([0, 6, 18]);
  });
});
