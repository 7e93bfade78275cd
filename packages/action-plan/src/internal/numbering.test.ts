import { describe, expect, it } from "vitest";
import { readMarker } from "./numbering.js";

describe("readMarker", () => {
  it("reads the plan's numbering in both scripts and in English", () => {
    expect(readMarker("肆、具體作為")).toEqual({ kind: "capital", number: 4, rest: "具體作為" });
    expect(readMarker("贰、目标")).toEqual({ kind: "capital", number: 2, rest: "目标" });
    expect(readMarker("陆、分工及绩效考核")).toEqual({ kind: "capital", number: 6, rest: "分工及绩效考核" });
    expect(readMarker("九、推動國際合作")).toEqual({ kind: "cjk-comma", number: 9, rest: "推動國際合作" });
    expect(readMarker("(二十) 強化")).toEqual({ kind: "paren", number: 20, rest: "強化" });
    expect(readMarker("（十二）研議")).toEqual({ kind: "paren", number: 12, rest: "研議" });
    expect(readMarker("(9) Assess")).toEqual({ kind: "paren", number: 9, rest: "Assess" });
    expect(readMarker("9. Promote")).toEqual({ kind: "dot", number: 9, rest: "Promote" });
    expect(readMarker("IV. Specific Actions")).toEqual({
      kind: "roman",
      number: 4,
      rest: "Specific Actions",
    });
  });

  it("reads no marker in ordinary text", () => {
    for (const text of ["107年", "3.5%", "法務部", "(PEPs)審查", ""])
      expect(readMarker(text), text).toBeNull();
  });
});
