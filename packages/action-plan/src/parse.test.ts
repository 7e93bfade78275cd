import { ActionPlan, isParseError, type Source } from "@lianzheng/model";
import { readText } from "@lianzheng/text";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseActionPlan } from "./parse.js";

const source: Source = { path: "plan.txt", format: "text", sha256: "ab".repeat(32), bytes: 1 };
const HEADER = "具體策略\t執行措施\t績效目標\t辦理機關";

function plan(
  lines: string[],
  prefix = "# 方案\n\n## 參、具體策略\n\n- 一、甲策略。\n- 二、乙策略。\n\n肆、具體作為\n\n",
): ActionPlan {
  return parseActionPlan(readText(prefix + [HEADER, ...lines].join("\n")), { source });
}

function codes(parsed: ActionPlan): string[] {
  return parsed.warnings.map((warning) => warning.code);
}

describe("parseActionPlan: measures", () => {
  it("carries the strategy forward over rows whose strategy cell is empty", () => {
    const parsed = plan([
      "一、甲策略。\t(一) 措施一。\t每年提報。\t法務部",
      "\t(二) 措施二。\t1. 甲。 2. 乙。\t主辦機關：法務部 協辦機關：外交部",
      "二、乙策略。\t(一) 措施三。\t每年提報。\t內政部",
    ]);
    expect(parsed.strategies.map((strategy) => strategy.measures.map((m) => m.id))).toEqual([
      ["1.1", "1.2"],
      ["2.1"],
    ]);
    expect(parsed.strategies[0]?.measures[1]).toMatchObject({
      text: "措施二。",
      performanceGoals: [
        { number: 1, text: "甲。" },
        { number: 2, text: "乙。" },
      ],
      agencyText: "主辦機關：法務部 協辦機關：外交部",
      provenance: { lines: [12, 12] },
    });
    expect(parsed.warnings).toEqual([]);
    expect(ActionPlan.safeParse(parsed).success).toBe(true);
  });

  it("warns about a measure number that skips or repeats", () => {
    const parsed = plan([
      "一、甲策略。\t(一) 甲。\t提報。\t法務部",
      "\t(三) 乙。\t提報。\t法務部",
      "\t(三) 丙。\t提報。\t法務部",
      "二、乙策略。\t(一) 丁。\t提報。\t法務部",
    ]);
    expect(codes(parsed)).toEqual(["measure_number_skips", "measure_number_repeats"]);
    expect(parsed.warnings[0]?.at).toEqual({ line: 12, measureId: "1.3" });
  });

  it("warns about strategies on one side only", () => {
    const parsed = plan([
      "一、甲策略。\t(一) 甲。\t提報。\t法務部",
      "三、丙策略。\t(一) 乙。\t提報。\t法務部",
    ]);
    expect(codes(parsed)).toEqual([
      "strategy_number_skips",
      "strategy_missing_from_table",
      "strategy_missing_from_list",
    ]);
    expect(parsed.strategies.map((strategy) => [strategy.number, strategy.measures.length])).toEqual([
      [1, 1],
      [2, 0],
      [3, 1],
    ]);
  });

  it("warns about an empty cell and a goal scope that names no goal", () => {
    const parsed = plan([
      "一、甲策略。\t(一) 甲。\t1. 甲。 2. 乙。\t績效目標 1 至 3 主辦機關：法務部",
      "\t(二) 乙。\t\t法務部",
      "二、乙策略。\t(一) 丙。\t提報。\t法務部",
    ]);
    expect(codes(parsed)).toEqual(["agency_goal_scope_unknown", "empty_cell"]);
    expect(parsed.warnings[1]?.at?.measureId).toBe("1.2");
  });

  it("keeps a row without a measure number with the measure above, and says so", () => {
    const parsed = plan([
      "一、甲策略。\t(一) 甲。\t提報。\t法務部",
      "\t(二) 乙。\t提報。\t法務部",
      "\t補充說明。\t\t",
    ]);
    expect(parsed.strategies[0]?.measures[1]?.text).toBe("乙。\n補充說明。");
    expect(codes(parsed)).toContain("measure_without_number");
  });

  it("says so when a table without a header holds cells past the fourth column (not read)", () => {
    const six = [
      "一、甲策略。\t(一) 措施一。\t每年提報。\t法務部\t每年提報件數。\t辦理 12 件。",
      "\t(二) 措施二。\t每年提報。\t內政部\t\t",
    ];
    const withHeader = plan(six, undefined).warnings;
    expect(withHeader.map((w) => w.code)).not.toContain("columns_unnamed");
    // The same table as a reader gives it when it did not find the header row.
    const doc = readText(
      `# 方案\n\n肆、具體作為\n\n${[`${HEADER}\t績效衡量指標\t112年績效目標值`, ...six].join("\n")}`,
    );
    const table = doc.blocks.find((block) => block.kind === "table");
    if (table?.kind !== "table") throw new Error("no table");
    const unnamed = parseActionPlan(
      { ...doc, blocks: doc.blocks.map((b) => (b === table ? { ...table, header: null } : b)) },
      { source },
    );
    expect(unnamed.strategies[0]?.measures[0]?.targets).toBeUndefined();
    expect(unnamed.warnings.filter((w) => w.code === "columns_unnamed")).toMatchObject([
      {
        message: expect.stringContaining("6 columns: the cells past the fourth, in 1 rows"),
        at: { line: 6 },
      },
    ]);
    const named = parseActionPlan(doc, { source });
    expect(named.strategies[0]?.measures[0]?.targets).toHaveLength(1);
    expect(named.warnings.map((w) => w.code)).not.toContain("columns_unnamed");
  });

  it("reads the 具體作為 table and says so of another table after it (another document, an annex)", () => {
    const text = `# 方案\n\n## 參、具體策略\n\n- 一、甲策略。\n\n肆、具體作為\n\n${HEADER}\n一、甲策略。\t(一) 措施一。\t每年提報。\t法務部`;
    const alone = readText(text);
    // A PDF holding the plan and then a report: the report's key/value table on pages 13–14.
    const followed = readText(text);
    followed.blocks.push(
      { kind: "paragraph", text: "國家廉政建設行動方案 107 年執行情形", page: 13 },
      {
        kind: "table",
        header: null,
        rows: [
          ["序次", "1"],
          ["具體策略", "一、甲策略。"],
          ["執行措施", "措施一。"],
        ].map((cells) => ({
          cells: cells.map((cell) => ({ text: cell })),
        })),
        pageStart: 13,
        pageEnd: 14,
      },
    );
    const [one, two] = [alone, followed].map((doc) => parseActionPlan(doc, { source }));
    expect(two?.strategies).toEqual(one?.strategies);
    expect(codes(one as ActionPlan)).not.toContain("table_not_read");
    expect(two?.warnings.filter((w) => w.code === "table_not_read")).toMatchObject([
      {
        message:
          "a table of 3 rows (pages 13–14) after the 具體作為 table is not part of it and was not read",
        at: { page: 13 },
      },
    ]);
  });

  it("throws ParseError unknown_kind for a document with no plan in it", () => {
    expect(() => parseActionPlan(readText("# 出國報告\n\n心得與建議。\n"), { source })).toThrowError(
      expect.objectContaining({ code: "unknown_kind" }),
    );
  });
});

// Property: the parsed plan does not depend on where the pages broke the table or whether the
// header was repeated on each page.
const HAN = [..."甲乙丙丁戊己庚辛壬癸天地玄黃宇宙洪荒日月盈昃辰宿列張寒來暑往秋收冬藏"];
const words = fc
  .array(fc.constantFrom(...HAN), { minLength: 2, maxLength: 10 })
  .map((chars) => chars.join(""));
const CJK = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];

interface Row {
  cells: [string, string, string[], string];
}

const synthetic = fc
  .array(
    fc.array(
      fc.record({
        measure: words,
        goals: fc.array(words, { minLength: 1, maxLength: 4 }),
        agency: fc.constantFrom(
          "法務部",
          "外交部",
          "內政部",
          "經濟部",
          "財政部",
          "教育部",
          "金融監督管理委員會",
        ),
      }),
      {
        minLength: 1,
        maxLength: 5,
      },
    ),
    { minLength: 1, maxLength: 5 },
  )
  .map((strategies) =>
    strategies.flatMap((measures, s) =>
      measures.map(
        (m, index): Row => ({
          cells: [
            index === 0 ? `${CJK[s]}、${m.measure}策略。` : "",
            `(${CJK[index]}) ${m.measure}。`,
            m.goals.length === 1 ? [`${m.goals[0]}。`] : m.goals.map((goal, g) => `${g + 1}. ${goal}。`),
            `主辦機關：${m.agency}`,
          ],
        }),
      ),
    ),
  );

/** Where a cell breaks: after `cut` characters of its text (0: nothing on the first page). */
function breakCell(text: string, share: number): [string, string] {
  const cuts = [text.length];
  for (let index = 1; index < text.length; index++) {
    if (/\p{Script=Han}/u.test(text[index - 1] ?? "") && /\p{Script=Han}/u.test(text[index] ?? ""))
      cuts.push(index);
  }
  cuts.sort((a, b) => a - b);
  const at = cuts[Math.min(cuts.length - 1, Math.floor(share * cuts.length))] ?? text.length;
  return [text.slice(0, at), text.slice(at)];
}

function html(lines: string[]): string {
  return lines.length > 1 ? lines.map((line) => `<p>${line}</p>`).join(" ") : (lines[0] ?? "");
}

interface PageBreak {
  split: boolean;
  header: boolean;
  blank: number;
  scar: boolean;
  shares: [number, number, number, number];
}

const pageBreak = fc.record({
  split: fc.boolean(),
  header: fc.boolean(),
  blank: fc.integer({ min: 0, max: 3 }),
  scar: fc.boolean(),
  shares: fc.tuple(
    ...Array.from({ length: 4 }, () => fc.double({ min: 0, max: 0.999, noNaN: true })),
  ) as fc.Arbitrary<[number, number, number, number]>,
});

function render(rows: Row[], breaks: Array<PageBreak | null>): string {
  const lines = ["# 方案", "", "肆、具體作為", "", HEADER];
  const pageBreakLines = (plan: PageBreak): string[] => [
    ...Array.from({ length: plan.blank }, () => ""),
    ...(plan.scar ? ["--\t--\t--\t--"] : []),
    ...(plan.header || (plan.blank === 0 && !plan.scar) ? [HEADER] : []),
  ];
  rows.forEach((row, index) => {
    const [strategy, measure, goals, agency] = row.cells;
    const plan = breaks[index];
    if (!plan?.split) {
      lines.push([strategy, measure, html(goals), agency].join("\t"));
      if (plan) lines.push(...pageBreakLines(plan));
      return;
    }
    // A page break inside the row: the measure keeps its marker and a character on the first
    // page, a goal list breaks inside one of its items, the rest continues on the next page.
    const [measureHead, measureTail] = breakCell(measure, plan.shares[1]);
    const item = Math.min(goals.length - 1, Math.floor(plan.shares[2] * goals.length));
    const [itemHead, itemTail] = breakCell(goals[item] ?? "", plan.shares[0]);
    const goalsHead = [...goals.slice(0, item), itemHead].filter(Boolean);
    const goalsTail = [itemTail, ...goals.slice(item + 1)].filter(Boolean);
    const [agencyHead, agencyTail] = breakCell(agency, plan.shares[3]);
    lines.push([strategy, measureHead, html(goalsHead), agencyHead].join("\t"));
    lines.push(...pageBreakLines(plan));
    lines.push(["", measureTail, html(goalsTail), agencyTail].join("\t"));
  });
  return lines.join("\n");
}

describe("parseActionPlan (property)", () => {
  it("gives the same plan wherever page breaks fall and whether headers repeat", () => {
    fc.assert(
      fc.property(
        synthetic,
        fc.array(fc.option(pageBreak, { nil: null }), { minLength: 30, maxLength: 30 }),
        (rows, breaks) => {
          const parse = (text: string) => {
            const parsed = parseActionPlan(readText(text), { source, language: "zh-Hant" });
            return {
              strategies: parsed.strategies.map((strategy) => ({
                ...strategy,
                measures: strategy.measures.map(({ provenance: _, ...m }) => m),
              })),
              warnings: parsed.warnings.map((warning) => warning.code),
            };
          };
          const unbroken = parse(render(rows, []));
          expect(unbroken.warnings).toEqual([]);
          expect(parse(render(rows, breaks))).toEqual(unbroken);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("parseActionPlan (fuzz)", () => {
  const pieces = fc.constantFrom(
    "\t",
    "\n",
    "\n\n",
    HEADER,
    "肆、具體作為\n",
    "## 參、具體策略\n",
    "- 一、甲。\n",
    "一、甲策略。",
    "(一) 甲。",
    "(〇) ",
    "1. 乙。 2. 丙。",
    "績效目標 9 主辦機關：法務部",
    "<p>",
    "--\t--",
    " ",
  );
  it("never throws anything but ParseError", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.array(pieces).map((parts) => parts.join("")),
        ),
        (text) => {
          try {
            const parsed = parseActionPlan(readText(text), { source });
            expect(ActionPlan.safeParse(parsed).success).toBe(true);
          } catch (error) {
            if (!isParseError(error)) throw error;
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
