import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sentenceAt } from "./text.js";

// The rule as first written: every sentence end from the start of the text. Right, but quadratic
// over a text with many mentions; sentenceAt must give the same sentence, looking near the index.
function sentenceFromStart(text: string, index: number, length: number): string {
  let start = 0;
  let end = text.length;
  for (const match of text.matchAll(/[。！？；!?;]|\.(?=\s|$)|\n/gu)) {
    const at = match.index ?? 0;
    if (at < index) start = at + 1;
    else if (at >= index + length) {
      end = at + (match[0] === "\n" ? 0 : 1);
      break;
    }
  }
  const sentence = text.slice(start, end).trim();
  return sentence.length > 160 ? "(long)" : sentence.replace(/\s+/g, " ");
}

describe("sentenceAt", () => {
  it("is the sentence around the index", () => {
    const text = "前言。法務部廉政署派員出席 APEC 會議。Next one. Last";
    expect(sentenceAt(text, 3, 5)).toBe("法務部廉政署派員出席 APEC 會議。");
    expect(sentenceAt(text, text.indexOf("one"), 3)).toBe("Next one.");
    expect(sentenceAt(text, text.indexOf("Last"), 4)).toBe("Last");
  });

  it("gives what the scan from the start gives, for sentences of any marks", () => {
    const piece = fc.constantFrom(
      "法務部",
      "廉政署",
      "APEC",
      " ",
      "e.g",
      ".",
      "。",
      "；",
      "\n",
      "!",
      "3.5",
      "會議",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), fc.nat(), fc.nat({ max: 6 }), (pieces, at, length) => {
        const text = pieces.join("");
        const index = text.length === 0 ? 0 : at % text.length;
        const span = Math.min(length, text.length - index);
        const expected = sentenceFromStart(text, index, span);
        if (expected !== "(long)") expect(sentenceAt(text, index, span)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it("takes time proportional to the sentence, not to the text before it", () => {
    // 5 MB before the index: a scan from the start would read it all for each of 2,000 calls.
    const text = `${"前文。".repeat(1_700_000)}法務部出席會議。`;
    const index = text.lastIndexOf("法務部");
    for (let i = 0; i < 2000; i++) expect(sentenceAt(text, index, 3)).toBe("法務部出席會議。");
  });
});
