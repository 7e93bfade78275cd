import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { printable } from "./printable.js";

describe("printable", () => {
  it("writes a name that would forge a line as one visible line", () => {
    expect(printable("a.pdf\nfailed  b.pdf")).toBe("a.pdf\\nfailed  b.pdf");
    expect(printable("x\r\u001b[2Ky\u202etxt.exe")).toBe("x\\r\\x1b[2Ky\\u202etxt.exe");
    expect(printable("政治獻金 report (2023).pdf")).toBe("政治獻金 report (2023).pdf");
  });

  it("never leaves a control character, whatever the text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary" }), (text) => {
        // biome-ignore lint/suspicious/noControlCharactersInRegex: looking for them is the test
        expect(printable(text)).not.toMatch(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/u);
      }),
    );
  });
});
