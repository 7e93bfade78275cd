import { describe, expect, test } from "vitest";
import { cutFromTheRight, cutInCjkText } from "./cut-doubt.js";
import { displayWidth } from "./width.js";

// Lines as pandoc set them in a cell 33 columns wide (the report through reStructuredText).
const W = 33;

describe("cutFromTheRight: pandoc's cut of a run wider than its column", () => {
  test("a line with no space, the next opening with a piece exactly as wide as the cell", () => {
    expect(displayWidth("CC)」，另拜會丹麥國會監察使公署。")).toBe(W);
    expect(cutFromTheRight("組織(TI)第18屆國際反貪腐研討會(IA", "CC)」，另拜會丹麥國會監察使公署。", W)).toBe(
      true,
    );
    expect(cutFromTheRight("Evaluat", "ion)會前會(Pre-ME)，以及11月5日至", W)).toBe(true);
  });

  test("a wrap at a space: the line before holds a space, or the piece after is narrower than the cell", () => {
    // `a FIU Course)…`: pandoc set the run `Course)…` on a line of its own, its rest first.
    expect(cutFromTheRight("a FIU", "Course)經費新臺幣10萬元，有助深化", W)).toBe(false);
    expect(cutFromTheRight("「確保金融情報中心課程」(Securing", "a FIU", W)).toBe(false);
    // `the` / `implementation` in a cell 15 wide: a Latin piece one column short would have taken a letter more.
    expect(cutFromTheRight("the", "implementation", 15)).toBe(false);
  });
});

describe("cutInCjkText: a hard wrap may cut a Latin word anywhere in CJK text", () => {
  const fills = (text: string) => displayWidth(text) >= 20;
  test("a full line beside CJK text", () => {
    expect(cutInCjkText("機關派員參加 FATF/AP", "G 評鑑員訓練", fills)).toBe(true);
  });
  test("a short line, or Latin text only (a word that fits is moved whole)", () => {
    expect(cutInCjkText("參加 FATF/AP", "G 評鑑員訓練", fills)).toBe(false);
    expect(cutInCjkText("Establish a comprehensive", "domestic system", fills)).toBe(false);
  });
});
