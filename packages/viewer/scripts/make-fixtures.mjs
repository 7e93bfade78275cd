// Writes test/fixtures/2018-edition.txt: the 2018 edition of the plan as a six-column text, so a
// dataset ingested from the seeds, this file and fixtures/editions/2023-six-columns.txt has two
// dated editions of one language, hence a real `measure_lineage` (2018 → 2023) for the site.
// Every cell comes from fixtures/editions/2018-derived-from-003.json (the plan as seed 003, the
// 107 report, restates it); the layout and the approval line (行政院 107 年 7 月 27 日函修正, the
// 2018 amendment's date) are constructed. `node packages/viewer/scripts/make-fixtures.mjs`.
import { readFileSync, writeFileSync } from "node:fs";

const root = new URL("../../../", import.meta.url);
const plan = JSON.parse(readFileSync(new URL("fixtures/editions/2018-derived-from-003.json", root), "utf8"));
const CJK = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
const chinese = (n) => (n <= 10 ? CJK[n] : `十${CJK[n - 10]}`);
const oneLine = (text) => text.replace(/\s+/g, " ").trim();
const items = (list) =>
  oneLine(list.map((item) => (item.number === null ? item.text : `${item.number}. ${item.text}`)).join(" "));

const HEADER = "具體策略\t執行措施\t績效目標\t辦理機關\t績效衡量指標\t107年績效目標值";
const out = [
  "# 國家廉政建設行動方案",
  "",
  "行政院 107 年 7 月 27 日函修正",
  "",
  "## 參、具體策略",
  "",
  ...plan.strategies.map((s) => `- ${chinese(s.number)}、${oneLine(s.title)}`),
  "",
  "## 肆、具體作為",
  "",
];
for (const strategy of plan.strategies) {
  out.push(HEADER);
  strategy.measures.forEach((measure, index) => {
    const target = (measure.targets ?? []).find((t) => t.rocYear === 107);
    out.push(
      [
        index === 0 ? `${chinese(strategy.number)}、${oneLine(strategy.title)}` : "",
        `(${chinese(measure.number)}) ${oneLine(measure.text)}`,
        items(measure.performanceGoals),
        oneLine(measure.agencyText),
        items(measure.indicators ?? []),
        oneLine(target?.text ?? ""),
      ].join("\t"),
    );
  });
  out.push("");
}
const path = new URL("packages/viewer/test/fixtures/2018-edition.txt", root);
writeFileSync(path, `${out.join("\n")}\n`);
process.stdout.write(`${path.pathname.slice(root.pathname.length)}: ${plan.strategies.length} strategies\n`);
