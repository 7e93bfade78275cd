import { describe, expect, it } from "vitest";
import { endsWithOpeningMarker } from "./cut-marker.js";

describe("endsWithOpeningMarker", () => {
  it("a marker after a sentence ends a cell line; after other text it opens the next cell", () => {
    expect(endsWithOpeningMarker("提報修法進度。 2.")).toBe(false);
    expect(endsWithOpeningMarker("主辦機關： 1.")).toBe(true);
    expect(endsWithOpeningMarker("網絡 (ACT-NET) 會 3.")).toBe(true);
    expect(endsWithOpeningMarker("2.")).toBe(true);
    expect(endsWithOpeningMarker("(三)")).toBe(true);
  });

  it("text with no marker at its end is no concern", () => {
    expect(endsWithOpeningMarker("法務部(檢察司)")).toBe(false);
    expect(endsWithOpeningMarker("達 80%。")).toBe(false);
  });
});
