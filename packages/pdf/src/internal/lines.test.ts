import { LINE_END_CUT, LINE_END_HYPHEN } from "@lianzheng/layout";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { TextRun } from "../types.js";
import {
  classifyLineJoin,
  cleanLine,
  groupLines,
  joinLine,
  joinLineInto,
  joinLines,
  type TextLine,
} from "./lines.js";

const run = (text: string, x: number, y = 100, fontSize = 10, width = text.length * fontSize): TextRun => ({
  text,
  x,
  y,
  width,
  fontSize,
  fontName: "Test",
  bold: false,
});

/** Runs of one line, one after the other, `gap` points apart. */
function lineOf(parts: Array<[string, number]>, gap: number, y = 100): TextRun[] {
  let x = 0;
  return parts.map(([text, width]) => {
    const r = run(text, x, y, 10, width);
    x += width + gap;
    return r;
  });
}

/** One run per glyph (Chromium/Skia), no space glyphs: words `space` pt apart, letters `kern` pt. */
function glyphRuns(words: string[], space: number, kern: number): TextRun[] {
  const runs: TextRun[] = [];
  let x = 0;
  for (const word of words) {
    for (const char of word) {
      runs.push(run(char, x, 100, 10, 5));
      x += 5 + kern;
    }
    x += space - kern;
  }
  return runs;
}

describe("groupLines", () => {
  test("glyph-per-run Latin text: the font's space advance (0.22 em) is a space, kerning is none", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[A-Za-z]{1,9}$/), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 2, max: 3, noNaN: true }),
        fc.double({ min: -0.5, max: 0.8, noNaN: true }),
        (words, space, kern) => {
          expect(groupLines(glyphRuns(words, space, kern)).map((l) => l.text)).toEqual([words.join(" ")]);
        },
      ),
    );
  });

  test("the automatic 0.2 em between CJK and Latin text is still no space", () => {
    const runs = [run("推", 0, 100, 10, 10), run("動", 10, 100, 10, 10), run("APEC", 22, 100, 10, 20)];
    expect(groupLines(runs).map((l) => l.text)).toEqual(["推動APEC"]);
  });

  test("letter-spaced CJK (one run per character) joins up", () => {
    const runs = lineOf(
      [..."研議強化"].map((c) => [c, 10] as [string, number]),
      6,
    );
    expect(groupLines(runs).map((l) => l.text)).toEqual(["研議強化"]);
  });

  test("English words in separate runs keep their spaces", () => {
    const runs = lineOf(
      [
        ["the", 14],
        ["Ministry", 38],
        ["of", 9],
        ["Justice", 32],
      ],
      2.6,
    );
    expect(groupLines(runs)[0]?.text).toBe("the Ministry of Justice");
  });

  test("no space where a run merely changes font, nor for CJK–Latin autospacing", () => {
    expect(
      groupLines(
        lineOf(
          [
            ["Procure", 40],
            ["ment", 22],
          ],
          0,
        ),
      )[0]?.text,
    ).toBe("Procurement");
    expect(
      groupLines(
        lineOf(
          [
            ["之", 10],
            ["FATF", 26],
            ["建議", 20],
          ],
          2,
        ),
      )[0]?.text,
    ).toBe("之FATF建議");
  });

  test("lines are ordered top to bottom and split at wide gaps when asked", () => {
    const runs = [run("下", 0, 130), run("上", 0, 100), run("左", 0, 115), run("右", 200, 115)];
    expect(groupLines(runs).map((l) => l.text)).toEqual(["上", "左右", "下"]);
    expect(groupLines(runs, 1).map((l) => l.text)).toEqual(["上", "左", "右", "下"]);
  });

  test("property: any CJK text cut into runs at any gaps reads back unchanged", () => {
    const han = fc.constantFrom(..."國家廉政建設行動方案具體策略執行措施績效目標辦理機關");
    fc.assert(
      fc.property(
        fc.array(
          fc.tuple(fc.array(han, { minLength: 1, maxLength: 4 }), fc.double({ min: 0, max: 8, noNaN: true })),
          { minLength: 1, maxLength: 12 },
        ),
        (pieces) => {
          let x = 0;
          const runs = pieces.map(([chars, gap]) => {
            const r = run(chars.join(""), x, 100, 10, chars.length * 10);
            x += chars.length * 10 + gap;
            return r;
          });
          expect(groupLines(runs).map((l) => l.text)).toEqual([
            pieces.map(([chars]) => chars.join("")).join(""),
          ]);
        },
      ),
    );
  });
});

const line = (text: string, x1: number, y: number): TextLine => ({
  text,
  x0: 0,
  x1,
  y,
  fontSize: 10,
  bold: false,
});

describe("joinLines", () => {
  test("a line whose next character did not fit is wrapped: CJK rejoins without a space", () => {
    expect(joinLines([line("政治獻金會", 98, 100), line("計報告書", 40, 115)], 100)).toBe(
      "政治獻金會計報告書",
    );
  });

  test("a short line ends its paragraph", () => {
    expect(joinLines([line("第一段。", 40, 100), line("第二段", 30, 115)], 100)).toBe("第一段。\n第二段");
  });

  test("English words rejoin with one space; a hyphen keeps the word whole", () => {
    expect(joinLines([line("The Ministry of", 90, 100), line("Justice", 35, 115)], 100)).toBe(
      "The Ministry of Justice",
    );
    expect(joinLines([line("Cross-", 96, 100), line("Strait Legal Affairs", 90, 115)], 100)).toBe(
      "Cross-Strait Legal Affairs",
    );
  });

  test("kinsoku: a line pushed down with its closing punctuation is still a wrap", () => {
    // 90 + 10 fits one character but not 率 with its 。
    expect(classifyLineJoin(line("甲乙丙", 89, 100), line("率。", 20, 115), 100)).toBe("wrap");
    expect(classifyLineJoin(line("甲乙丙", 60, 100), line("率。", 20, 115), 100)).toBe("break");
  });

  test("one word alone on its line up to the right edge, a lower-case letter below: marked, for the document to decide", () => {
    // LibreOffice cut agreements, wider than its column, with no hyphen; the document spells it whole.
    const cut = [line("treaties/agreeme", 99, 100), line("nts or memorandums", 90, 115)];
    expect(classifyLineJoin(cut[0] as TextLine, cut[1] as TextLine, 100)).toBe("split");
    expect(joinLines(cut, 100)).toBe(`treaties/agreeme${LINE_END_CUT}nts or memorandums`);
    const parts = ["treaties/agreeme"];
    joinLineInto(parts, "nts", "split");
    expect(parts.join("")).toBe(`treaties/agreeme${LINE_END_CUT}nts`);
    // Short of the edge, or two words on the line, or a capital below: an ordinary wrap.
    expect(classifyLineJoin(line("international", 80, 100), line("cooperation", 60, 115), 100)).toBe("wrap");
    expect(classifyLineJoin(line("the relevant", 99, 100), line("international", 70, 115), 100)).toBe("wrap");
    expect(classifyLineJoin(line("Ministry", 99, 100), line("Justice", 40, 115), 100)).toBe("wrap");
  });

  test("a CJK line ending in a Latin word up to the right edge, a letter below: marked too", () => {
    // LibreOffice cut APG inside CJK text (B5): `參加 FATF/AP` / `G 評鑑員訓練`.
    const cut = [line("機關派員參加 FATF/AP", 99, 100), line("G 評鑑員訓練。", 60, 115)];
    expect(classifyLineJoin(cut[0] as TextLine, cut[1] as TextLine, 100)).toBe("split");
    expect(joinLines(cut, 100)).toBe(`機關派員參加 FATF/AP${LINE_END_CUT}G 評鑑員訓練。`);
    // Short of the edge, a capital after a small letter, or CJK below: not.
    expect(classifyLineJoin(line("參加 FATF/AP", 80, 100), line("G 評鑑員", 60, 115), 100)).not.toBe("split");
    expect(classifyLineJoin(line("參加 Taipei", 99, 100), line("Taiwan 評鑑員", 60, 115), 100)).not.toBe(
      "split",
    );
    expect(classifyLineJoin(line("參加 FATF/AP", 99, 100), line("評鑑員", 60, 115), 100)).not.toBe("split");
  });

  test("look-alike radicals are mapped back to ideographs", () => {
    expect(joinLines([line("⾏政院⼈事⾏政總處", 50, 100)], 100)).toBe("行政院人事行政總處");
    expect(joinLines([line("⻑官", 20, 100)], 100)).toBe("長官");
    expect(joinLines([line("ﬁnancial", 40, 100)], 100)).toBe("financial");
  });
});

describe("a word broken at a line end after a hyphen", () => {
  test("is marked where the hyphen may be the typesetter's; a compound of capitalised words is not", () => {
    for (const [left, right, joined] of [
      ["the Min-", "istry", `the Min${LINE_END_HYPHEN}istry`],
      ["(UN-", "CAC)", `(UN${LINE_END_HYPHEN}CAC)`],
      ["Cross-", "Strait", "Cross-Strait"],
      ["2017-", "2019", "2017-2019"],
    ] as const) {
      const parts = [left];
      joinLineInto(parts, right, "wrap");
      expect(parts.join("")).toBe(joined);
      expect(joinLine(left, right, "wrap")).toBe(joined);
    }
  });
});

describe("joinLineInto", () => {
  // Blank lines may come out differently; cleanLine, which every text goes through, drops them.
  test("builds the same text as joinLine, line after line, once cleaned", () => {
    const piece = fc.constantFrom(
      "政治獻金",
      "計報告書。",
      "Cross-",
      "Strait",
      "/APG",
      "the Ministry",
      " ",
      "",
      "(一) 甲",
      "FATF/",
      "  a  ",
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(piece, fc.constantFrom("wrap" as const, "break" as const)), {
          minLength: 1,
          maxLength: 12,
        }),
        (lines) => {
          const [[first]] = lines as [[string, "wrap" | "break"]];
          let text = first;
          const parts = [first];
          for (const [line, join] of lines.slice(1)) {
            text = joinLine(text, line, join);
            joinLineInto(parts, line, join);
          }
          expect(cleanLine(parts.join(""))).toBe(cleanLine(text));
        },
      ),
    );
  });

  test("joins a paragraph of a hundred thousand lines in linear time", () => {
    const parts = ["Line 0"];
    for (let i = 1; i < 100_000; i++) joinLineInto(parts, `line ${i} of a long paragraph`, "wrap");
    expect(parts.join("")).toMatch(/^Line 0 line 1 of a long paragraph line 2/);
  });
});

describe("cleanLine", () => {
  test("gives text as the raw-document contract wants it: widths, look-alikes, ligatures, spaces", () => {
    // A full-width hyphen and digits (seen in a 2018 report PDF) become ASCII; CJK punctuation stays.
    expect(cleanLine("龜毛家族－企業誠信，１２３件")).toBe("龜毛家族-企業誠信，123件");
    expect(cleanLine("⼀般  ﬁle\n\n  next ")).toBe("一般 file\nnext");
  });
});
