import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hyphenByShape, restoreHyphens } from "./hyphens.js";

const restored = (text: string): string => restoreHyphens(text.split("\n")).lines.join("\n");

// Lines of fixtures/text/report-2018-zh.raw.txt (pdftotext without -layout of seed 003's PDF):
// the seed spells ARIN-AP with its hyphen throughout, Pre-ME and 2017-2019 once each, both at a
// line end, and pdftotext set each of those two lines with the next as one.
describe("restoreHyphens: a hyphen pdftotext dropped at a line end", () => {
  it("gives a word back the hyphen the text spells it with elsewhere, and says so", () => {
    const lines = [
      "如亞太區追討犯罪所得機構網絡(ARINAP)、亞太經濟合作組織(APEC)",
      "成功利用 ARIN-AP 平臺提供",
    ];
    const { lines: out, repairs } = restoreHyphens(lines);
    expect(out).toEqual(["如亞太區追討犯罪所得機構網絡(ARIN-AP)、亞太經濟合作組織(APEC)", lines[1]]);
    expect(repairs).toEqual([
      { line: 1, joined: "ARINAP", restored: "ARIN-AP", reason: "spelled-elsewhere" },
    ]);
  });

  it("leaves words spelled no other way, parts of longer words, digits and two spellings alone", () => {
    expect(restored("會前會(PreME)，撥付20172019年")).toBe("會前會(PreME)，撥付20172019年");
    expect(restored("ARIN-AP and ARINAPX")).toBe("ARIN-AP and ARINAPX");
    expect(restored("2017-2019 and 20172019")).toBe("2017-2019 and 20172019");
    expect(restored("co-op, coo-p and coop")).toBe("co-op, coo-p and coop");
  });

  it("in a line holding two (pdftotext joined them), gives back a year range or a prefix at the break", () => {
    const full = [
      "(1) 107年外交部協助行政院洗錢防制辦公室辦理「亞太防制洗錢組織」(APG)於8",
      "撰擬國家報告，以及協助洽請相關國家派員參加我評鑑團等，助我順利完成本年",
      "(2) APG評鑑團於107年12月提交我國第三輪相互評鑑之初評報告稱，「中華臺北",
      "就有關洗錢、禁制資產和沒收的國際合作請求，提供高品質而有建設性的幫助，",
      "包括中華臺北之執法機關能積極主動分享情資予外國對等機關，政府部會與許多",
    ];
    const joined = [
      "月29日至31日來臺對我進行第三輪相互評鑑(Mutual Evaluation)會前會(PreME)，以及11月5日至16日舉行之現地評鑑，包括提供評鑑資料、出席評鑑會議、",
      "(5) 我國多年來亦捐贈「艾格蒙聯盟」(EG)辦理訓練計畫，107年續撥付20172019年兩年期合作計畫之第二期補助款5萬美元，我方兩期捐款共10萬美元係協助",
    ];
    const { lines, repairs } = restoreHyphens([...full, ...joined, ...full]);
    expect(lines.slice(5, 7)).toEqual([
      joined[0]?.replace("PreME", "Pre-ME"),
      joined[1]?.replace("20172019", "2017-2019"),
    ]);
    expect(repairs.map((r) => [r.line, r.restored, r.reason])).toEqual([
      [6, "Pre-ME", "prefix"],
      [7, "2017-2019", "year-range"],
    ]);
    // Both joined lines got their hyphen back: nothing left unsure.
    expect(restoreHyphens([...full, ...joined, ...full]).unsure).toEqual([]);
    // A joined line whose word at the break has no telling shape (ACT-NET set as ACTNET) keeps
    // pdftotext's spelling, and the line is named: a hyphen was dropped there, whose is not known.
    const unknown = joined[0]?.replace("(PreME)", "(ACTNET)") ?? "";
    const left = restoreHyphens([...full, unknown, ...full]);
    expect(left.lines[5]).toBe(unknown);
    expect(left.repairs).toEqual([]);
    expect(left.unsure).toEqual([6]);
    // The same words in lines of the usual width: nothing says a line was joined there.
    expect(restored([...full, "會前會(PreME)，撥付20172019年", ...full].join("\n"))).toContain(
      "(PreME)，撥付20172019年",
    );
  });

  it("knows a hyphen by the word's shape only where the shape is sure", () => {
    expect(hyphenByShape("20172019")?.restored).toBe("2017-2019");
    expect(hyphenByShape("106108")?.restored).toBe("106-108");
    expect(hyphenByShape("PreME")?.restored).toBe("Pre-ME");
    expect(hyphenByShape("eGovernment")?.restored).toBe("e-Government");
    // A range backwards or too long, a number, a word with no rise or two rises: not known.
    for (const word of ["20192017", "19002019", "12345678", "ARINAP", "international", "PowerPointSlide"])
      expect(hyphenByShape(word), word).toBeNull();
  });
});

// A paragraph of full CJK lines with one line pdftotext joined to the next at a hyphen that ended
// it: the hyphen comes back wherever the break falls, whatever the lines' width.
describe("restoreHyphens over joined lines of any width", () => {
  const han = fc.constantFrom(..."各機關應落實廉政風險評估並強化內部控制機制推動透明化措施");
  const lineOf = (width: number) =>
    fc.array(han, { minLength: width, maxLength: width }).map((c) => c.join(""));
  const hyphenated = fc.constantFrom(["Pre", "ME"], ["2017", "2019"], ["Anti", "Corruption"], ["106", "108"]);
  const paragraph = fc.integer({ min: 14, max: 40 }).chain((chars) =>
    fc.record({
      lines: fc.array(lineOf(chars), { minLength: 7, maxLength: 12 }),
      // How far short of the full width the first line ended (a word too long to fit went on).
      short: fc.integer({ min: 0, max: Math.floor(chars / 12) }),
      at: fc.nat(),
      word: hyphenated,
    }),
  );

  it("gives back the one hyphen at the break and touches no other line", () => {
    fc.assert(
      fc.property(paragraph, ({ lines, short, at, word }) => {
        const [a = "", b = "", ...rest] = lines;
        const where = at % (rest.length + 1);
        // The first line ends with `…(Pre-`, the next opens with `ME)…`: pdftotext joins them.
        const first = `${a.slice(0, a.length - short - 2)}(${word[0]}`;
        const second = `${word[1]})${b}`;
        const out = restoreHyphens([...rest.slice(0, where), first + second, ...rest.slice(where)]);
        expect(out.lines).toEqual([...rest.slice(0, where), `${first}-${second}`, ...rest.slice(where)]);
        expect(out.repairs.map((r) => r.line)).toEqual([where + 1]);
      }),
    );
  });
});
