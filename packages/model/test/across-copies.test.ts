import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

// The built CommonJS and ESM files are two copies of the module, as a consumer that both requires
// and imports the package gets them (turbo builds before `test`).
const require = createRequire(import.meta.url);
const cjs = require("../dist/index.cjs") as typeof import("../src/index.js");
const esm = (await import(
  new URL("../dist/index.js", import.meta.url).href
)) as typeof import("../src/index.js");

describe("ParseError across the CommonJS and ESM copies", () => {
  it("the two builds are distinct copies (else this test proves nothing)", () => {
    expect(cjs.ParseError).not.toBe(esm.ParseError);
  });

  it("isParseError and instanceof hold for a ParseError made by the other copy", () => {
    const fromEsm = new esm.ParseError("not_a_pdf", "no PDF header", { file: "a.pdf" });
    const fromCjs = new cjs.ParseError("encrypted_pdf", "encrypted", { file: "b.pdf" });
    expect(cjs.isParseError(fromEsm)).toBe(true);
    expect(esm.isParseError(fromCjs)).toBe(true);
    expect(fromEsm instanceof cjs.ParseError).toBe(true);
    expect(fromCjs instanceof esm.ParseError).toBe(true);
    expect(cjs.isParseError(fromEsm) && fromEsm.toLine()).toBe("a.pdf: no PDF header [not_a_pdf]");
  });

  it("is false for other errors and look-alikes without the brand", () => {
    for (const isParseError of [cjs.isParseError, esm.isParseError]) {
      expect(isParseError(new Error("x"))).toBe(false);
      expect(isParseError({ name: "ParseError", code: "not_a_pdf", message: "x" })).toBe(false);
      expect(isParseError(null)).toBe(false);
      expect(isParseError("ParseError")).toBe(false);
    }
    expect({ name: "ParseError" } instanceof esm.ParseError).toBe(false);
  });

  it("keeps the brand out of JSON and of the error's own keys", () => {
    const error = new esm.ParseError("timeout", "too slow");
    expect(Object.keys(error)).not.toContain(Symbol.for("@lianzheng/model:ParseError").toString());
    expect(JSON.stringify(error)).not.toContain("lianzheng/model");
  });
});
