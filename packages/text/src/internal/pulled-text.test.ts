import { describe, expect, it } from "vitest";
import { knownPairs } from "./known-pairs.js";
import { returnPulledText } from "./pulled-text.js";

// Lines of the six-column edition's gold as pdftotext -layout sets it at other widths (rendered by
// the ingest test's six-column settings), cut into cells as the grid reader cuts them: the
// agency and indicator columns here. What each cell holds is read off the gold
// (fixtures/editions/2023-six-columns.txt, measures 7.8, 3.3 and 1.4).

describe("returnPulledText: text pdftotext pulled left after a full CJK line", () => {
  it("gives back the next column's line when its cell goes on above and below", () => {
    const lines = [
      ["會、經濟部、法務", "情形及成果件"],
      ["部(調查局、廉政署) 數（執行措施", ""],
      ["", "7.8）。"],
    ];
    expect(returnPulledText(lines, [8000, 6000])).toEqual([]);
    expect(lines[1]).toEqual(["部(調查局、廉政署)", "數（執行措施"]);
  });

  it("gives back a cell's last line: a bracket its text left open, or punctuation", () => {
    const bracket = [
      ["每年辦理廉政民", "法務部(廉政署"],
      ["意調查研究一次 )", ""],
      ["，並公布結果。", ""],
    ];
    returnPulledText(bracket, [7000, 6500]);
    expect(bracket[1]).toEqual(["意調查研究一次", ")"]);
    const stop = [
      ["處、行政院主計總", "研商會議次數"],
      ["處、法務部(人事處) 。", ""],
    ];
    returnPulledText(stop, [8000, 6500]);
    expect(stop[1]).toEqual(["處、法務部(人事處)", "。"]);
  });

  it("gives back a last line the cell on the left has no room for", () => {
    const lines = [
      ["貪瀆風險業務辦", "完成專案清查"],
      ["理專案稽核或清查 40 案。", ""],
      ["件數及成效。", ""],
    ];
    returnPulledText(lines, [7000, 6500]);
    expect(lines[1]).toEqual(["理專案稽核或清查", "40 案。"]);
  });

  it("gives back a cell's last line where the column's wide lines show the line above full", () => {
    // Measure 9.1 at [6.5, 9, 8, 9, 6.5, 9.5] ems, grid 1.4, Times, glyphs ±9%: the agency column
    // holds nine wide characters at most (主辦機關：法務部（); `）協辦機關：外交` is eight and the
    // space between its parts (taken out with the letter-spacing), so `部` of 外交部 went below
    // and pdftotext pulled it left after the goal's line, which it would make wider than any
    // wide line of the goal column (eight ems). Its proxy-measured lines (8055, 9333) hid both.
    const lines = [
      ["其他國家洽簽刑", "）協辦機關：外交"],
      ["事司法互助條約/ 部", ""],
      ["協議（定）或備", ""],
    ];
    returnPulledText(lines, [8055, 9333], [8000, 9000]);
    expect(lines[1]).toEqual(["事司法互助條約/", "部"]);
  });

  it("leaves a last line a character short of its column's widest wide line", () => {
    // Measure 9.2 at [7.5, 8.5, 7.5, 7.5, 6.5, 6.5] ems: `機關：外交部` ends the agency cell
    // (six of seven), and `2. 法` opens the goal's next item (法務部（國際及兩岸法律司）…).
    const lines = [
      ["通過，每年提報", "機關：外交部"],
      ["修法進度。 2. 法", ""],
      ["務部（國際及兩", ""],
    ];
    returnPulledText(lines, [7333, 7333], [7000, 7000]);
    expect(lines[1]).toEqual(["修法進度。 2. 法", ""]);
  });

  it("leaves text that goes on in its own cell as a word the table uses", () => {
    // Measure 8.10 at [8.5, 8, 7.5, 6.5, 10, 7] ems: `務部(廉政署)` ends the agency cell, full;
    // `2. 法` / `務部(調查局)持` is the goal's next item (法務 comes back all over the table).
    const lines = () => [
      ["繫會議，每二年", "務部(廉政署)"],
      ["至少一次。 2. 法", ""],
      ["務部(調查局)持", ""],
    ];
    const kept = lines();
    returnPulledText(kept, [7333, 6333], [7000, 6000], knownPairs(Array(3).fill("法務部")));
    expect(kept[1]).toEqual(["至少一次。 2. 法", ""]);
    const taken = lines();
    returnPulledText(taken, [7333, 6333], [7000, 6000]);
    expect(taken[1]).toEqual(["至少一次。 2.", "法"]);
  });

  it("leaves such text at a page foot, its cell's next line atop the next page", () => {
    // Measure 8.10 at [6.5, 7.5, 7.5, 6.5, 7, 6.5] ems, grid 1.6: `2. 法` ends the page, the
    // goal's item going on atop the next (`務部(調查局)持`); the agency cell ended above, full.
    const lines = () => [
      ["繫會議，每二年", "務部(廉政署)"],
      ["至少一次。 2. 法", ""],
    ];
    const known = knownPairs(Array(3).fill("法務部"));
    const kept = lines();
    returnPulledText(kept, [7333, 6333], [7000, 6000], known, undefined, ["務部(調查局)持", ""]);
    expect(kept[1]).toEqual(["至少一次。 2. 法", ""]);
    // (Without the page after, nothing is known of the line below: given back by widths.)
    const taken = lines();
    returnPulledText(taken, [7333, 6333], [7000, 6000], known);
    expect(taken[1]).toEqual(["至少一次。 2.", "法"]);
  });

  it("leaves a cell that ended, a line not full, and columns of unknown width", () => {
    const ended = [
      ["每年提報舉辦宣導說明", "每年提報。"],
      ["會場次及審議件數 研究", ""],
      ["", "1. 辦理"],
    ];
    const before = JSON.stringify(ended);
    expect(returnPulledText(ended, [9000, 6000])).toEqual([]);
    expect(JSON.stringify(ended)).toBe(before);
    // (律司） 協辦: a CJK cell's own space, its line far from full.)
    const short = [
      ["主辦機關：法務部(法", "1. 每年完成"],
      ["律司） 協辦", ""],
      ["機關：外交部", "研議"],
    ];
    returnPulledText(short, [9000, 6000]);
    expect(short[1]).toEqual(["律司） 協辦", ""]);
    const english = [
      ["the selected assessors,", "authorities: the"],
      ["fulfilling their obligations to", ""],
      ["attend meetings abroad.", "Interior"],
    ];
    expect(returnPulledText(english, [Number.NaN, Number.NaN])).toEqual([]);
    expect(english[1]).toEqual(["fulfilling their obligations to", ""]);
  });

  it("gives back text pulled left atop a page, judged against the line above on the page before", () => {
    // Measure 9.3 at [7, 10, 6.5, 6.5, 7.5, 7] ems, grid 1.9, Helvetica: the agency cell's last
    // line on its page is full (`辦機關：外交`, six of six); atop the next page, `部` of 外交部 stands
    // one space after the goal's `交流活動。 2.`, whose item goes on below (法務部(檢察司…).
    const foot = ["關國際會議或", "辦機關：外交"];
    const top = () => [
      ["交流活動。 2. 部", ""],
      ["法務部(檢察司", ""],
    ];
    const read = top();
    expect(returnPulledText(read, [6500, 6333], [6000, 6000], new Set(), foot)).toEqual([]);
    expect(read[0]).toEqual(["交流活動。 2.", "部"]);
    // (Without the page before, nothing is known of the line above: left.)
    const alone = top();
    returnPulledText(alone, [6500, 6333], [6000, 6000]);
    expect(alone[0]).toEqual(["交流活動。 2. 部", ""]);
  });

  it("leaves a list marker that ends a sentence's line, beside a full line of the next column", () => {
    // Measure 9.3 at [7.5, 7, 7.5, 8, 6.5, 6.5] ems, grid 1.2: `2.` was given to the agency
    // column (`協辦機關：外交部`, full), the goal's item 2 run into item 1.
    const lines = [
      ["腐相關國際會議", "協辦機關：外交部"],
      ["或交流活動。 2.", ""],
      ["法務部(檢察司、", ""],
    ];
    expect(returnPulledText(lines, [7333, 8000], [7000, 8000])).toEqual([]);
    expect(lines[1]).toEqual(["或交流活動。 2.", ""]);
  });

  it("gives back, and names, a last line the table's words give to the line above not shown full", () => {
    // Measure 9.2 at [9, 10, 9, 9, 7, 6.5] ems, grid 1.6, Times: `。 協辦機關：外交` filled its
    // line with the space between its parts, which the cleaning took out with letter-spacing
    // (`。協辦機關：外交`, eight of nine ems); `部` went below, pulled left after `2.`. 外交部 comes
    // back in the table (交部), `部法` nowhere.
    const lines = [
      ["法」修法通過，每年", "。協辦機關：外交"],
      ["提報修法進度。 2. 部", ""],
      ["法務部（國際及兩岸", ""],
    ];
    expect(returnPulledText(lines, [9055, 9000], [9000, 9000], knownPairs(Array(3).fill("外交部")))).toEqual([
      1,
    ]);
    expect(lines[1]).toEqual(["提報修法進度。 2.", "部"]);
  });

  it("names a line whose cell has a gap no pulled text explains", () => {
    const lines = [
      ["廉政署)", "每年提報辦理"],
      ["協辦機關：經濟部", ""],
      ["", "情形。"],
    ];
    expect(returnPulledText(lines, [8000, 6000])).toEqual([1]);
  });
});
