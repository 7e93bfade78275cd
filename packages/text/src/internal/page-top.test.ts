import { describe, expect, it } from "vitest";
import { lineAfterPageFoot, lineBeforePageTop } from "./page-top.js";

describe("lineBeforePageTop", () => {
  const foot = {
    lines: [
      ["a", "b"],
      ["c", "d"],
    ],
    pageBreak: false,
  };
  it("gives the last line of the band before, across a page end", () => {
    expect(lineBeforePageTop([foot, { lines: [["e", ""]], pageBreak: true }], 1)).toEqual(["c", "d"]);
  });

  it("looks past a repeated header left empty, the page end before or at it", () => {
    const header = { lines: [], pageBreak: true };
    expect(lineBeforePageTop([foot, header, { lines: [["e", ""]], pageBreak: false }], 2)).toEqual([
      "c",
      "d",
    ]);
  });

  it("gives nothing within a page (a blank line ends a row) or for the first band", () => {
    expect(lineBeforePageTop([foot, { lines: [["e", ""]], pageBreak: false }], 1)).toBeUndefined();
    expect(lineBeforePageTop([{ ...foot, pageBreak: true }], 0)).toBeUndefined();
  });
});

describe("lineAfterPageFoot", () => {
  const top = { lines: [["e", "f"]], pageBreak: true };
  const foot = { lines: [["c", "d"]], pageBreak: false };
  it("gives the first line of the band after, across a page end (a repeated header left empty)", () => {
    expect(lineAfterPageFoot([foot, top], 0)).toEqual(["e", "f"]);
    expect(
      lineAfterPageFoot([foot, { lines: [], pageBreak: true }, { ...top, pageBreak: false }], 0),
    ).toEqual(["e", "f"]);
  });

  it("gives nothing within a page or for the last band", () => {
    expect(lineAfterPageFoot([foot, { ...top, pageBreak: false }], 0)).toBeUndefined();
    expect(lineAfterPageFoot([foot], 0)).toBeUndefined();
  });
});
