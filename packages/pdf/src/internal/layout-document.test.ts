import { isParseError } from "@lianzheng/model";
import { describe, expect, it } from "vitest";
import type { PdfPage, TextRun } from "../types.js";
import { layoutDocument } from "./layout-document.js";

// A PostScript round trip (pdftops, then ps2pdf) leaves fonts with custom encodings and no
// ToUnicode: each glyph's "text" is its code, numbered from 1, so a page reads as control
// characters, Latin-1 and shifted letters ("\u0001\u0002\u0003\u0004", "/BUJPOBM *OUFHSJUZ").

const run = (text: string, y: number): TextRun => ({
  text,
  x: 50,
  y,
  width: 10 * text.length,
  fontSize: 10,
  fontName: "F",
  bold: false,
});
const pageOf = (page: number, lines: string[]): PdfPage => ({
  page,
  width: 595,
  height: 842,
  runs: lines.map((text, i) => run(text, 80 + 14 * i)),
  rulings: [],
});
async function* each(pages: PdfPage[]): AsyncGenerator<PdfPage> {
  yield* pages;
}
const read = (pages: PdfPage[]) => layoutDocument(each(pages), () => {}, "round-trip.pdf");

const GARBLED = [
  '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\b \u000e\u000fD5\u0007ß\u0017àáâ©ã^!"\u001d\u0002æ',
  '/BUJPOBM *OUFHSJUZ #VJMEJOH\u0001"DUJPO 1MBO',
];
const PROSE = ["國家廉政建設行動方案", "壹、依據：聯合國反貪腐公約施行法第四條。"];

describe("layoutDocument: text that maps to no characters", () => {
  it("fails the document as no_text_layer, saying why and what to do, where every page is such text", async () => {
    const error = await read([pageOf(1, GARBLED), pageOf(2, GARBLED)]).catch((caught: unknown) => caught);
    expect(isParseError(error) && error.code).toBe("no_text_layer");
    expect(String((error as Error).message)).toMatch(/maps to no characters .*pages 1, 2.*ToUnicode.*OCR/);
  });

  it("leaves such a page out with a warning naming it, and reads the others", async () => {
    const doc = await read([pageOf(1, PROSE), pageOf(2, GARBLED)]);
    expect(doc.blocks.map((block) => ("text" in block ? block.text : block.kind))).toEqual([
      "國家廉政建設行動方案",
      "壹、依據：聯合國反貪腐公約施行法第四條。",
    ]);
    expect(doc.warnings.map((warning) => [warning.code, warning.message])).toEqual([
      ["page_without_text", expect.stringMatching(/page\(s\) 2 .*maps to no characters \(page\(s\) 2\)/)],
    ]);
  });

  it("fails a page whose codes landed among the private-use characters and rare ideographs", async () => {
    // Chromium's CJK plan through pdftops and ps2pdf: a few control characters, many more private-use.
    const codes =
      "㎜㳄䉸䷓䋧錄车Ⳃ亡勇劭㲋儗\u000e\u0001\u0013\u0001\u000e냉瓁樋㓵车䫣亩端\ue012\ue0a4\ue033\ue101泘嘆鰾杼嚂꟯";
    const error = await read([pageOf(1, [codes, codes])]).catch((caught: unknown) => caught);
    expect(isParseError(error) && error.code).toBe("no_text_layer");
  });

  it("keeps a page with a stray control character, or a list's symbol-font bullets, among its text", async () => {
    const bullets = Array.from({ length: 12 }, () => "\uf0b7 推動廉政法制，強化法規之研修與執行。");
    const lines = [...PROSE, ...bullets, "二、推動廉政法制，強化法規之研修與執行。".repeat(3), "\u0003"];
    const doc = await read([pageOf(1, lines)]);
    expect(doc.warnings).toEqual([]);
    expect(doc.blocks.length).toBeGreaterThan(0);
  });
});
