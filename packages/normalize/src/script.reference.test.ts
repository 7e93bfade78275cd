import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { countScriptCharacters, hasSimplifiedCharacters } from "./script.js";

// The plain version, as it was before it was made fast (a pattern test per character): the oracle.
function plainCounts(
  text: string,
  simplified: (char: string) => number,
  traditional: (char: string) => number,
) {
  const counts = { han: 0, latin: 0, simplifiedOnly: 0, traditionalOnly: 0 };
  for (const char of text) {
    if (/\p{Script=Han}/u.test(char)) {
      counts.han++;
      if (simplified(char)) counts.simplifiedOnly++;
      else if (traditional(char)) counts.traditionalOnly++;
    } else if (/\p{Script=Latin}/u.test(char)) counts.latin++;
  }
  return counts;
}

const piece = fc.oneof(
  fc.constantFrom("国家", "國家", "廉政", "台", "𠀀", "𪚥", "\ud840", "\udc00", "APEC", "é", "１", "⼀", " "),
  fc.string({ unit: "binary", maxLength: 4 }),
);

describe("countScriptCharacters, made fast, counts as its plain version", () => {
  it("by code point, lone surrogates included", () => {
    // Which characters are Simplified-only or Traditional-only is not what changed: told one by
    // one; what is tested is the walk by code point and each character's script.
    const one = (char: string) => countScriptCharacters(char);
    const simplified = (char: string) => one(char).simplifiedOnly;
    const traditional = (char: string) => one(char).traditionalOnly;
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join("");
        expect(countScriptCharacters(text)).toEqual(plainCounts(text, simplified, traditional));
      }),
      { numRuns: 3000 },
    );
    for (let unit = 0; unit <= 0xffff; unit += 7) {
      const text = `a${String.fromCharCode(unit)}国`;
      expect(countScriptCharacters(text)).toEqual(plainCounts(text, simplified, traditional));
    }
  });

  it("counts a BMP character as Simplified-only where the Simplified set has it, and Han only", () => {
    // (Each unit's kind is kept once found: its first answer must be the set's.)
    // (Units that differ gathered, one assertion: an assertion per unit is slow on a loaded machine.)
    const differ: number[] = [];
    for (let unit = 0; unit <= 0xffff; unit++) {
      const char = String.fromCharCode(unit);
      const han = /\p{Script=Han}/u.test(char);
      const counts = countScriptCharacters(`${char}${char}`);
      if (
        counts.simplifiedOnly !== (han && hasSimplifiedCharacters(char) ? 2 : 0) ||
        counts.han !== (han ? 2 : 0) ||
        counts.latin !== (/\p{Script=Latin}/u.test(char) ? 2 : 0)
      )
        differ.push(unit);
    }
    expect(differ).toEqual([]);
  });
});
