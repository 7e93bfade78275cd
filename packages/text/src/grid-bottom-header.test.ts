import { describe, expect, it } from "vitest";
import { readLayoutText } from "./grid.js";

const words = (cell: string | undefined): string => (cell ?? "").replace(/\s+/gu, " ").trim();
function tableOf(text: string): { header: string[] | null; rows: string[][] } {
  const table = readLayoutText(text).blocks.find((block) => block.kind === "table");
  if (table?.kind !== "table") return { header: null, rows: [] };
  return {
    header: table.header?.map(words) ?? null,
    rows: table.rows.map((row) => row.cells.map((cell) => words(cell.text))),
  };
}

// A Word-style table (no rulings, the header row repeated on each page) whose header labels wrap
// and sit at the bottom of their cells: the header's first line starts at the second column, the
// first column's label only on its second line. pdftotext -layout of the English plan put through
// pandoc (HTML → docx) and LibreOffice, the table's first page and the next page's top, verbatim.
const BOTTOM_ALIGNED_HEADER = [
  "IV. Specific Actions",
  "                    Enforcement         Performance         Executing",
  "Specific Strategy   Measure             Goal                Agency",
  "9. Promote          (1) Encourage       The Ministry of     Authority in",
  "international       foreign countries   Justice             charge: the",
  "cooperation and     to sign mutual      (Department of      Ministry of",
  "asset recovery      legal assistance    International and   Justice",
  "and establish a     treaties and        Cross-Strait        (Department of",
  "mutually            agreements with     Legal Affairs)      International and",
  "beneficial          our nation to       negotiates with     Cross-Strait",
  "mechanism with      facilitate          other countries     Legal Affairs)",
  "countries.          successful          to sign criminal    Assisting",
  "                    requests for        mutual legal        authority : the",
  "                    technical           assistance          Ministry of",
  "                    assistance of       treaties/agreeme    Foreign Affairs",
  "                    asset recovery      nts or",
  "                    and disposal.       memorandums",
  "                    Actively            and proposes",
  "                    communicate         adding related",
  "                    with judicial       asset recovery",
  "                    personnel from      provisions.",
  "                    various countries",
  "                    and establish",
  "                    cooperation",
  "                    channels by",
  "                    participating in",
  "                    the relevant",
  "                    international",
  "                    conferences to",
  "                    promote and",
  "                    facilitate the",
  "                    relevant criminal",
  "                    mutual legal",
  "                    assistance cases.",
  "                    (2) Accelerate      1. The Ministry     Authority in",
  "\f                    Enforcement         Performance         Executing",
  "Specific Strategy   Measure             Goal                Agency",
  "                    the amendment       of Justice          charge: the",
  "                    of our nation's     (Department of      Ministry of",
  "                    \"Extradition        International and   Justice",
  "                    Law,\" complete      Cross-Strait        (Department of",
  "                    the amendment       Legal Affairs)      International and",
  "                    and                 passes the          Cross-Strait",
  "                    promulgation of     \"Extradition        Legal Affairs)",
  "                    the \"Extradition    Law\"                Assisting",
  "                    Law\" draft,         amendment and       authority: the",
].join("\n");

describe("readLayoutText: a header of two label lines, the first short of the first column", () => {
  it("names the columns of both lines", () => {
    const { header, rows } = tableOf(BOTTOM_ALIGNED_HEADER);
    expect(header).toEqual(["Specific Strategy", "Enforcement Measure", "Performance Goal", "Executing Agency"]);
    expect(rows[0]?.[0]).toBe(
      "9. Promote international cooperation and asset recovery and establish a mutually beneficial mechanism with countries.",
    );
    expect(rows[0]?.[1]).toMatch(/^\(1\) Encourage foreign countries .* mutual legal assistance cases\.$/u);
    expect(rows[0]?.[3]).toBe(
      "Authority in charge: the Ministry of Justice (Department of International and Cross-Strait Legal Affairs) Assisting authority : the Ministry of Foreign Affairs",
    );
    // The row cut by the page break, under the repeated header: one row.
    expect(rows[1]?.[1]).toMatch(/^\(2\) Accelerate the amendment of our nation's "Extradition Law,"/u);
    expect(rows[1]?.[3]).toMatch(/^Authority in charge: the Ministry of Justice/u);
  });
});
