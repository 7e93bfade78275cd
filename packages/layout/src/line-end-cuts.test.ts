import { describe, expect, test } from "vitest";
import { LINE_END_CUT, LINE_END_CUT_DOUBTFUL, markCutWords } from "./line-end-cuts.js";
import { resolveLineEndHyphens } from "./line-end-hyphens.js";
import type { RawDocument } from "./types.js";

const C = LINE_END_CUT;
const D = LINE_END_CUT_DOUBTFUL;
const docOf = (cells: Array<{ text: string; lineStart?: number; lineEnd?: number }>): RawDocument => ({
  format: "text",
  blocks: [{ kind: "table", header: null, rows: [{ cells }] }],
  warnings: [],
});
const cellsOf = (doc: RawDocument): string[] =>
  doc.blocks.flatMap((block) =>
    block.kind === "table" ? block.rows.flatMap((row) => row.cells.map((cell) => cell.text)) : [],
  );

describe("a doubtful cut (a cut as likely there as a wrap)", () => {
  test("is one word where the document spells it whole, two where it spells both parts as words", () => {
    const doc = resolveLineEndHyphens(
      docOf([
        { text: `(Mutual Evaluat${D}ion)會前會` },
        { text: `(APEC${D}Best Fit)` },
        { text: "Evaluation of APEC best practice" },
      ]),
    );
    expect(cellsOf(doc).slice(0, 2)).toEqual(["(Mutual Evaluation)會前會", "(APEC Best Fit)"]);
    expect(doc.warnings.map((w) => w.code)).toEqual(["line_end_cuts_joined"]);
  });

  test("proven neither way: one word where neither part is a word of the document, warned at its line", () => {
    // pandoc cut `(IACC)」` inside CJK text; the document has IACC nowhere else.
    const lines = ["│甲│國際反貪腐研討會(IA│", "│  │CC)」，另拜會丹麥國│"];
    const doc = resolveLineEndHyphens(
      docOf([{ text: `研討會(IA${D}CC)」，另拜會`, lineStart: 1, lineEnd: 2 }]),
      lines,
    );
    expect(cellsOf(doc)).toEqual(["研討會(IACC)」，另拜會"]);
    expect(doc.warnings).toHaveLength(1);
    expect(doc.warnings[0]).toMatchObject({ code: "line_end_cut_uncertain", at: { line: 1 } });
    expect(doc.warnings[0]?.message).toContain('"IACC"');
  });

  test("proven neither way: two words where one part is a word of the document (a letter alone is none), warned", () => {
    const doc = resolveLineEndHyphens(
      docOf([
        { text: `Practices${D}and Experience` },
        { text: `(Customs A${D}dministration)` },
        { text: "and so on, a" },
      ]),
    );
    expect(cellsOf(doc).slice(0, 2)).toEqual(["Practices and Experience", "(Customs Administration)"]);
    expect(doc.warnings.map((w) => w.code)).toEqual(["line_end_cut_uncertain", "line_end_cut_uncertain"]);
  });

  test("a plain mark stays a wrap unless the document spells the word whole, and is never warned", () => {
    const doc = resolveLineEndHyphens(docOf([{ text: `Practices${C}and Experience` }]));
    expect(cellsOf(doc)).toEqual(["Practices and Experience"]);
    expect(doc.warnings).toEqual([]);
  });

  test("a line of one short word between two breaks: each break decided on its own", () => {
    // `multilateral or` / `n` / `on-governmental`: a wrap, then pandoc's cut.
    const doc = resolveLineEndHyphens(
      docOf([{ text: `multilateral or${C}n${D}on-governmental` }, { text: "non" }]),
    );
    expect(cellsOf(doc)[0]).toBe("multilateral or non-governmental");
  });

  test("markCutWords marks a place doubtful where the reader says so, and asks only of places it marks", () => {
    const asked: string[] = [];
    const marked = markCutWords(
      ["組織(TI)研討會(IA", "CC)」，另拜會", "short", "line"],
      (line) => line.length >= 12,
      (line, _lines, next) => {
        asked.push(`${line}|${next}`);
        return true;
      },
    );
    expect(marked).toEqual([`組織(TI)研討會(IA${D}CC)」，另拜會`, "short", "line"]);
    expect(asked).toEqual(["組織(TI)研討會(IA|CC)」，另拜會"]);
  });
});
