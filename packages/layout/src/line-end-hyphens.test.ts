import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  LINE_END_CUT,
  LINE_END_HYPHEN,
  markBrokenWords,
  markCutWords,
  resolveLineEndHyphens,
} from "./line-end-hyphens.js";
import type { RawDocument, RawTable } from "./types.js";

const M = LINE_END_HYPHEN;
const C = LINE_END_CUT;
const docOf = (cells: string[], paragraphs: string[] = []): RawDocument => ({
  format: "pdf",
  blocks: [
    ...paragraphs.map((text) => ({ kind: "paragraph" as const, text })),
    {
      kind: "table",
      header: ["Specific Strategy", "Executing Agency"],
      rows: [{ cells: cells.map((text) => ({ text })) }],
    },
  ],
  warnings: [],
});
const cellsOf = (doc: RawDocument): string[] =>
  doc.blocks.flatMap((block) =>
    block.kind === "table" ? block.rows.flatMap((row) => row.cells.map((c) => c.text)) : [],
  );
const codes = (doc: RawDocument): string[] => doc.warnings.map((w) => w.code);

describe("resolveLineEndHyphens", () => {
  test("a word the document spells whole elsewhere loses the typesetter's hyphen", () => {
    const doc = resolveLineEndHyphens(docOf([`the Min${M}istry of Justice`, "the Ministry"]));
    expect(cellsOf(doc)).toEqual(["the Ministry of Justice", "the Ministry"]);
    expect(codes(doc)).toEqual(["line_end_hyphens_removed"]);
  });

  test("a word the document spells with its hyphen keeps it", () => {
    const doc = resolveLineEndHyphens(docOf([`anti${M}corruption training`, "anti-corruption conferences"]));
    expect(cellsOf(doc)[0]).toBe("anti-corruption training");
    expect(codes(doc)).toEqual([]);
  });

  test("elsewhere unknown: kept, silently, in a document that hyphenates no word", () => {
    const doc = resolveLineEndHyphens(docOf([`non${M}governmental organizations`, "Cross-Strait"]));
    expect(cellsOf(doc)[0]).toBe("non-governmental organizations");
    expect(codes(doc)).toEqual([]);
  });

  test("elsewhere unknown: joined in a document that hyphenates words, and warned by name", () => {
    const doc = resolveLineEndHyphens(
      docOf([`Strat${M}egy and coun${M}tries`, `a mecha${M}nism`], ["Strategy, countries"]),
    );
    expect(cellsOf(doc)).toEqual(["Strategy and countries", "a mechanism"]);
    expect(codes(doc)).toEqual(["line_end_hyphens_removed", "line_end_hyphen_uncertain"]);
    expect(doc.warnings[1]?.message).toContain("mecha-nism");
  });

  test("a word broken at two line ends in a row is decided at each break (anti- / corruption- / related)", () => {
    // A narrow column breaks a compound at both its hyphens; the second break was left to the
    // mark's removal, silently joining `corruptionrelated`.
    const doc = resolveLineEndHyphens(
      docOf([`anti${M}corruption${M}related conferences`, "anti-corruption"]),
    );
    expect(cellsOf(doc)[0]).toBe("anti-corruption-related conferences");
    expect(codes(doc)).toEqual([]);
    const hyphenating = resolveLineEndHyphens(
      docOf([`in${M}ter${M}national and Strat${M}egy`], ["international Strategy"]),
    );
    expect(cellsOf(hyphenating)[0]).toBe("international and Strategy");
  });

  test("a word cut at a line end with no hyphen is joined where the document spells it whole, else two words", () => {
    const doc = resolveLineEndHyphens(
      docOf([`treaties/agreeme${C}nts`, `international${C}cooperation`, "agreements with our nation"]),
    );
    expect(cellsOf(doc)).toEqual([
      "treaties/agreements",
      "international cooperation",
      "agreements with our nation",
    ]);
    expect(codes(doc)).toEqual(["line_end_cuts_joined"]);
    expect(codes(resolveLineEndHyphens(docOf([`international${C}cooperation`])))).toEqual([]);
  });

  test("a Latin word cut inside CJK text is looked up among the document's Latin words", () => {
    // A PDF's text layer sets no space between ideographs and a Latin word: 參加FATF/AP | G評鑑員.
    const doc = resolveLineEndHyphens(docOf([`參加FATF/AP${C}G評鑑員訓練。`, "已獲選任之APG評鑑員"]));
    expect(cellsOf(doc)[0]).toBe("參加FATF/APG評鑑員訓練。");
    expect(cellsOf(resolveLineEndHyphens(docOf([`參加FATF/AP${C}G評鑑員訓練。`])))[0]).toBe(
      "參加FATF/AP G評鑑員訓練。",
    );
  });

  test("headers and headings are read and mended too; a document without breaks is given back as it is", () => {
    const plain = docOf(["Ministry"]);
    expect(resolveLineEndHyphens(plain)).toBe(plain);
    const doc: RawDocument = {
      format: "pdf",
      blocks: [
        { kind: "heading", level: 0, text: `Spe${M}cific Actions` },
        { kind: "table", header: [`Specific Strat${M}egy`], rows: [{ cells: [{ text: "Strategy" }] }] },
      ],
      warnings: [],
    };
    const mended = resolveLineEndHyphens(doc);
    expect(mended.blocks[0]).toMatchObject({ text: "Specific Actions" });
    expect(mended.blocks[1]).toMatchObject({ header: ["Specific Strategy"] });
  });

  test("no mark is left and no other text changes, whatever the document (property)", () => {
    const word = fc.constantFrom(
      "Strat",
      "egy",
      "Strategy",
      "anti",
      "corruption",
      "anti-corruption",
      "部",
      "UN",
      "CAC",
      "x",
    );
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(" ", "-", M, C, "")), { maxLength: 8 })
      .map((parts) => parts.map(([w, glue]) => w + glue).join(""));
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 5 }), (cells) => {
        const out = cellsOf(resolveLineEndHyphens(docOf(cells)));
        for (const [i, cell] of out.entries()) {
          expect(cell).not.toContain(M);
          expect(cell).not.toContain(C);
          // Each hyphen mark became a hyphen or nothing, each cut mark a space or nothing;
          // everything else is as it was.
          const source = cells[i] as string;
          // (The texts hold letters, spaces and hyphens only: none is special in a pattern.)
          const escaped = [...source].map((c) => (c === M ? "-?" : c === C ? " ?" : c));
          const pattern = new RegExp(`^${escaped.join("")}$`, "u");
          expect(cell).toMatch(pattern);
        }
      }),
    );
  });

  test("a broken word is resolved wherever it stands: paragraph, header, header row or cell", () => {
    const broken = `non${M}governmental`;
    const plain = (): RawDocument => docOf(["x"], ["p"]);
    const places: Array<[string, (doc: RawDocument) => void, (doc: RawDocument) => string]> = [
      [
        "paragraph",
        (doc) => Object.assign(doc.blocks[0] as object, { text: broken }),
        (doc) => textOf(doc, 0),
      ],
      [
        "header",
        (doc) => Object.assign(tableOf(doc), { header: [broken, "y"] }),
        (doc) => tableOf(doc).header?.[0] ?? "",
      ],
      [
        "header row",
        (doc) => Object.assign(tableOf(doc), { headerRows: [{ cells: [{ text: broken }] }] }),
        (doc) => tableOf(doc).headerRows?.[0]?.cells[0]?.text ?? "",
      ],
      [
        "cell",
        (doc) => Object.assign(tableOf(doc), { rows: [{ cells: [{ text: broken }] }] }),
        (doc) => cellsOf(doc)[0] ?? "",
      ],
    ];
    for (const [, put, read] of places) {
      const doc = plain();
      put(doc);
      expect(read(resolveLineEndHyphens(doc))).toBe("non-governmental");
    }
    // None anywhere: the document is given back as it is.
    const none = plain();
    expect(resolveLineEndHyphens(none)).toBe(none);
  });
});

const tableOf = (doc: RawDocument): RawTable =>
  doc.blocks.find((block) => block.kind === "table") as RawTable;
const textOf = (doc: RawDocument, at: number): string => {
  const block = doc.blocks[at];
  return block && block.kind !== "table" ? block.text : "";
};

describe("markBrokenWords", () => {
  test("joins a word broken after a hyphen across two lines into one, the place marked", () => {
    expect(markBrokenWords(["asset recovery and dis-", "posal. Actively", "the rel-", "evant"])).toEqual([
      `asset recovery and dis${M}posal. Actively`,
      `the rel${M}evant`,
    ]);
    // An acronym broken (UN-|CAC); a run of broken lines folds into one.
    expect(markBrokenWords(["(UN-", "CAC) and mu-", "tually"])).toEqual([`(UN${M}CAC) and mu${M}tually`]);
  });

  test("leaves a compound of words, a dash and a line with no break as they are (the very array)", () => {
    const lines = ["Cross-", "Strait Legal", "2017 -", "and 2019", "pre- and", "post-"];
    expect(markBrokenWords(lines)).toBe(lines);
  });

  test("every line's text is kept: only the hyphens at broken words' ends become the mark", () => {
    const line = fc.stringMatching(/^[A-Za-z() -]{1,12}$/u).map((text) => text.trim() || "x");
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), (lines) => {
        const marked = markBrokenWords(lines);
        expect(marked.join("").replaceAll(M, "-")).toBe(lines.join(""));
        expect(marked.length).toBe(lines.length - marked.join("").split(M).length + 1);
      }),
    );
  });
});

describe("markCutWords", () => {
  const full = (width: number) => (line: string) => line.length >= width;

  test("joins a full line ending in a letter to the next where the word may go on, the place marked", () => {
    // Latin (`treaties/agreeme` / `nts`) and a Latin word cut inside CJK text (`FATF/AP` / `G`).
    expect(markCutWords(["mutual legal", "treaties/agreeme", "nts or"], full(16))).toEqual([
      "mutual legal",
      `treaties/agreeme${C}nts or`,
    ]);
    expect(markCutWords(["機關派員參加 FATF/AP", "G 評鑑員訓練"], full(14))).toEqual([
      `機關派員參加 FATF/AP${C}G 評鑑員訓練`,
    ]);
  });

  test("leaves a short line, a line ending otherwise and a capital after a small letter (the very array)", () => {
    const lines = ["to sign", "assistance.", "mutual legal", "Treaties and", "Agreements", "(AP", "G)"];
    expect(markCutWords(lines, full(12))).toBe(lines);
    expect(markCutWords(lines, () => false)).toBe(lines);
  });

  test("each line is measured as set, not as joined so far", () => {
    const asked: string[] = [];
    const marked = markCutWords(["internationa", "l cooperatio", "n and", "asset"], (line) => {
      asked.push(line);
      return line.length >= 12;
    });
    expect(marked).toEqual([`internationa${C}l cooperatio${C}n and`, "asset"]);
    expect(asked).toEqual(["internationa", "l cooperatio", "n and"]);
  });

  test("every line's text is kept: only marks are added, each after a letter, between lines", () => {
    const line = fc.stringMatching(/^[A-Za-zé. ]{1,10}$/u).map((text) => text.trim() || "x");
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.nat(10), (lines, width) => {
        const marked = markCutWords(lines, full(width));
        expect(marked.join("").replaceAll(C, "")).toBe(lines.join(""));
        expect(marked.length).toBe(lines.length - marked.join("").split(C).length + 1);
        for (const text of marked)
          expect(text).not.toMatch(new RegExp(`(?<![\\p{L}])${C}|${C}(?!\\p{L})`, "u"));
      }),
    );
  });
});
