import * as OpenCC from "opencc-js/t2cn";
import { describe, expect, it } from "vitest";
import { extractQuantities, foldToSimplified } from "../src/index.js";
import { readSeed003Texts } from "./seed-003.js";

// The same texts in Simplified Chinese (as opencc-js writes them) give the same quantities: the
// units, approximation words and numerals are read in both scripts.
const toSimplified = OpenCC.Converter({ from: "tw", to: "cn" });
const texts = readSeed003Texts();

describe("extractQuantities on Simplified Chinese", () => {
  it("finds in every Simplified target and achievement of seed 003 what it finds in the original", () => {
    let compared = 0;
    for (const { text } of texts) {
      const simplified = toSimplified(text);
      const read = (t: string) =>
        extractQuantities(t).map((q) => [
          q.value,
          q.kind,
          q.unit === null ? null : foldToSimplified(q.unit),
          q.currency,
          q.approximate,
          q.itemNumber,
        ]);
      expect(read(simplified), simplified.slice(0, 60)).toEqual(read(text));
      compared += extractQuantities(text).length;
    }
    expect(compared).toBeGreaterThan(300);
  });

  it("reads Simplified units, currencies and approximations", () => {
    const [count, money, people] = extractQuantities("举办宣导 30 场次，追缴约 69 万余美金，训练 748 万人次");
    expect(count).toMatchObject({ value: 30, unit: "场次", kind: "count" });
    expect(money).toMatchObject({ value: 690000, kind: "money", currency: "USD", approximate: true });
    expect(people).toMatchObject({ value: 7480000, kind: "people" });
  });
});
