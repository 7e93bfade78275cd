import { foldToSimplified } from "@lianzheng/normalize";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalizeAgencyKey } from "./key.js";

describe("normalizeAgencyKey", () => {
  it("ignores width, case, spaces inside Chinese, a leading 'the' and edge punctuation", () => {
    expect(normalizeAgencyKey("法 務 部（廉政署）。")).toBe(normalizeAgencyKey("法務部(廉政署)"));
    expect(normalizeAgencyKey("  The  MINISTRY of Justice ")).toBe("ministry of justice");
    expect(normalizeAgencyKey("ＭＯＪ")).toBe("moj");
    expect(normalizeAgencyKey("Anti–Money - Laundering Office")).toBe("anti-money-laundering office");
  });

  it("folds Traditional, Simplified and 臺/台 spellings together", () => {
    expect(normalizeAgencyKey("法務部")).toBe(normalizeAgencyKey("法务部"));
    expect(normalizeAgencyKey("臺灣高等檢察署")).toBe(normalizeAgencyKey("台湾高等检察署"));
    expect(foldToSimplified("調查局")).toBe("调查局");
  });

  it("keeps different names apart", () => {
    expect(normalizeAgencyKey("法務部調查局")).not.toBe(normalizeAgencyKey("法務部檢察司"));
    expect(normalizeAgencyKey("Ministry of the Interior")).not.toBe(
      normalizeAgencyKey("Ministry of Interior"),
    );
  });

  it("is idempotent", () => {
    const alphabet = fc.constantFrom(..."法務部廉政署臺台 ()（）、，,.;:theTHE-–Ministry".split(""));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 30 }), (chars) => {
        const key = normalizeAgencyKey(chars.join(""));
        expect(normalizeAgencyKey(key)).toBe(key);
      }),
    );
  });
});
