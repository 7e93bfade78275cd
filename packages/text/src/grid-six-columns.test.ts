import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readLayoutText } from "./grid.js";

// The six-column edition as pdftotext -layout sets its PDF (fixtures/editions): six narrow CJK
// columns, a full line of one standing one space before the next column's text, a row's cells
// set some grid columns left or right of the page's columns. The cells that once read wrong,
// each with its cause, against the fixture (fixtures/editions/2023-six-columns.txt).

const text = readFileSync(
  new URL("../../../fixtures/editions/2023-six-columns.layout.txt", import.meta.url),
  "utf8",
);
const doc = readLayoutText(text);
const table = doc.blocks.find((block) => block.kind === "table");
const rows = table?.kind === "table" ? table.rows.map((row) => row.cells.map((c) => c.text)) : [];
const compact = (cell: string | undefined) => (cell ?? "").replace(/\s+/gu, "");
/** Agency and indicator cells of the row whose measure starts so. */
const cellsOf = (measure: string) => {
  const row = rows.find((cells) => compact(cells[1]).startsWith(measure));
  return { agencies: compact(row?.[3]), indicators: compact(row?.[4]) };
};

describe("readLayoutText: six narrow CJK columns one space apart", () => {
  it("warns nothing: every line is told", () => {
    expect(doc.warnings.filter((w) => w.code === "column_gap_ambiguous")).toEqual([]);
  });

  it("cuts a line wider than its column holds (律事務司) 次。, 政署）。 協 數。 2. …)", () => {
    expect(cellsOf("(六)研議創立獨立機構")).toEqual({
      agencies:
        "主辦機關：法務部(法律事務司)協辦機關：司法院、考試院、行政院人事行政總處、行政院主計總處、數位發展部",
      indicators: "1.辦理宣導活動場次。2.參與人次。",
    });
    expect(cellsOf("(三)針對各類業務分析")).toEqual({
      agencies: "主辦機關：法務部（廉政署）。協辦機關：各機關",
      indicators: "1.每年完成研議或修正之法規數。2.召開研商會議次數。",
    });
  });

  it("keeps a cell's own space where the whole fits its column (律司） 協辦)", () => {
    expect(cellsOf("(一)推動外國與我國").agencies).toBe(
      "主辦機關：法務部（國際及兩岸法律司）協辦機關：外交部",
    );
    expect(cellsOf("(二)加速我國「引渡法」").agencies).toBe(
      "主辦機關：法務部（國際及兩岸法律司）。協辦機關：外交部",
    );
  });

  it("sets a piece where the row's lines start that column, not where the page's do", () => {
    expect(cellsOf("(十六)推動「刑事案件")).toEqual({
      agencies: "司法院、法務部(檢察司)",
      indicators: "每年提報辦理情形及成果件數（執行措施8.16）。",
    });
    expect(cellsOf("(十八)研議修正刑事").agencies).toBe("法務部(檢察司)、司法院");
  });
});
