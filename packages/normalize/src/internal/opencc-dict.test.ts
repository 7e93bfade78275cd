import { describe, expect, it } from "vitest";
import { readOpenccDictionary } from "./opencc-dict.js";

describe("readOpenccDictionary", () => {
  // The CJS build once got the module object instead of the dictionary string and crashed.
  it("finds the dictionary string however deep the interop wrapped it", () => {
    expect(readOpenccDictionary("a b|c d")).toBe("a b|c d");
    expect(readOpenccDictionary({ default: "a b" })).toBe("a b");
    expect(readOpenccDictionary({ __esModule: true, default: { default: "a b" } })).toBe("a b");
    expect(readOpenccDictionary({})).toBe("");
  });
});
