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
const FIRST_PAGE = [
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
];
const BOTTOM_ALIGNED_HEADER = [
  ...FIRST_PAGE,
  "\f                    Enforcement         Performance         Executing",
  "Specific Strategy   Measure             Goal                Agency",
  "                    the amendment       of Justice          charge: the",
  "                    of our nation's     (Department of      Ministry of",
  '                    "Extradition        International and   Justice',
  '                    Law," complete      Cross-Strait        (Department of',
  "                    the amendment       Legal Affairs)      International and",
  "                    and                 passes the          Cross-Strait",
  '                    promulgation of     "Extradition        Legal Affairs)',
  '                    the "Extradition    Law"                Assisting',
  '                    Law" draft,         amendment and       authority: the',
].join("\n");

describe("readLayoutText: a header of two label lines, the first short of the first column", () => {
  it("names the columns of both lines", () => {
    const { header, rows } = tableOf(BOTTOM_ALIGNED_HEADER);
    expect(header).toEqual([
      "Specific Strategy",
      "Enforcement Measure",
      "Performance Goal",
      "Executing Agency",
    ]);
    expect(rows[0]?.[0]).toBe(
      "9. Promote international cooperation and asset recovery and establish a mutually beneficial mechanism with countries.",
    );
    expect(rows[0]?.[1]).toMatch(/^\(1\) Encourage foreign countries .* mutual legal assistance cases\.$/u);
    expect(rows[0]?.[3]).toBe(
      "Authority in charge: the Ministry of Justice (Department of International and Cross-Strait Legal Affairs) Assisting authority : the Ministry of Foreign Affairs",
    );
    // A word LibreOffice cut for want of room, with no hyphen (`treaties/agreeme` / `nts`): one
    // word again, as the text spells it elsewhere (`agreements with`); a wrap stays two words.
    expect(rows[0]?.[2]).toMatch(/ treaties\/agreements or memorandums /u);
    expect(readLayoutText(BOTTOM_ALIGNED_HEADER).warnings.map((w) => w.code)).toContain(
      "line_end_cuts_joined",
    );
    // The row cut by the page break, under the repeated header: one row.
    expect(rows[1]?.[1]).toMatch(/^\(2\) Accelerate the amendment of our nation's "Extradition Law,"/u);
    expect(rows[1]?.[3]).toMatch(/^Authority in charge: the Ministry of Justice/u);
  });
});

// The same table in another print, its first page (as above, three lines longer) and its last two:
// pdftotext sets each page's grid anew, squeezing what a page leaves empty, so the last page (the
// header and one line, the end of a goal) sets its columns six grid columns left of the page
// before's (`Goal` at 34, not 40).
const LAST_PAGE_OF_A_FEW_LINES = [
  ...FIRST_PAGE,
  "                    the amendment       of Justice          charge: the",
  "                    of our nation's     (Department of      Ministry of",
  '                    "Extradition        International and   Justice',
  "\f                    Enforcement         Performance          Executing",
  "Specific Strategy   Measure             Goal                 Agency",
  "                                        Taiwan.",
  "                                        6. The Anti-",
  "                                        Money",
  "                                        Laundering",
  "                                        Office, Executive",
  "                                        Yuan actively",
  "                                        trains talents to",
  "                                        attend meetings",
  "                                        abroad. The goal",
  "                                        is to compile key",
  "                                        materials; find",
  "                                        speech",
  "                                        highlights; and",
  "                                        communicate,",
  "                                        share, and pass",
  "                                        on the",
  "                                        experience after",
  "                                        returning home.",
  "                    (9) Assess our      The Ministry of      Authority in",
  "                    nation's ability to Justice (Agency      charge: the",
  "                    establish a         Against              Ministry of",
  "                    global anti-        Corruption)          Justice (Agency",
  "                    corruption          inventories          Against",
  "                    ambassadorship      resources, plans     Corruption)",
  "                    to bring Taiwan     the actual           Assisting",
  "                    closer to its       contents, and        authorities:",
  "                    international       deliberates the      Ministry of",
  "                    partners and        selection            Justice",
  "                    strengthen its      methods to           (Department of",
  "                    anti-corruption     select               Prosecutorial",
  "                    strategy.           representative       Affairs) and the",
  "                                        figures in           Ministry of",
  "                                        relevant fields to   Foreign Affairs",
  "                                        appoint anti-",
  "                                        corruption",
  "                                        ambassadors,",
  "                                        gradually expand",
  "                                        the target",
  "                                        audience, and",
  "                                        seek funding to",
  "                                        attend",
  "                                        conferences",
  "                                        abroad in due",
  "\f                    Enforcement   Performance   Executing",
  "Specific Strategy   Measure       Goal          Agency",
  "                                  course.",
  "\f",
].join("\n");

describe("readLayoutText: a page of a few lines under the repeated header", () => {
  it("takes its columns from its own header, moved as the header moved", () => {
    const { rows } = tableOf(LAST_PAGE_OF_A_FEW_LINES);
    const last = rows.at(-1) ?? [];
    expect(last[1]).toMatch(/^\(9\) Assess our nation's ability .* strategy\.$/u);
    expect(last[2]).toMatch(/ seek funding to attend conferences abroad in due course\.$/u);
    expect(last[0]).not.toMatch(/course\./u);
  });
});
