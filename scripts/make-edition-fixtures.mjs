// Writes fixtures/editions/2023-six-columns.txt: seed 001 (the 2023 plan, four columns) with the two
// columns of the edition 含績效衡量指標及112年績效目標值 added: 績效衡量指標 and 112年績效目標值.
// The extra cells are constructed, in the style of seed 003's 績效衡量指標 / 107年績效目標值 rows:
// a few written by hand, the rest from templates that vary item counts, units and percentages.
// The approval line is constructed too (the seed has none); it carries no document number.
//
// Then renders the six-column and 2012 fixtures in the forms users hold (see fixtures/editions/README.md):
// PDF through LibreOffice (the renderer of make-pdf-fixtures.mjs), pdftotext -layout of each PDF,
// box-drawing, HTML and Markdown (the renderers of make-text-fixtures.mjs; build first: pnpm build).
// Needs soffice, qpdf and pdftotext on PATH (Debian: libreoffice-writer fonts-noto-cjk qpdf poppler-utils).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { cellParagraphs, convertToPdf, parsePlanSeed, renderFodt, run } from "./make-pdf-fixtures.mjs";
import { renderBox, renderHtml, renderMarkdown } from "./make-text-fixtures.mjs";

const root = new URL("../", import.meta.url);
const seed = readFileSync(new URL("seeds/001_6bac756fe4f12e99.txt", root), "utf8");

// Hand-written cells for the measures the tests read: [indicators, 112年 target].
const WRITTEN = {
  1.1: [
    "1. 每年依據廉政風險評估採取適當的措施。 2. 機關首長親自主持廉政會報或相關會議，列管評估廉政舉措之有效性。",
    "1. 各機關提出廉政風險評估並採取適當的措施達 80%。 2. 全年機關首長親自主持廉政會報比率達 85%。 3. 公布 112 年各機關廉政風險防制案例。",
  ],
  1.2: [
    "法務部廉政署督導政風機構針對具有貪瀆風險業務辦理專案稽核或清查件數及成效。",
    "1. 完成專案稽核 90 案。 2. 完成專案清查 40 案。",
  ],
  1.3: ["每年提報稽核及查核案件數及成果。", "1. 政府採購稽核件數 300 件。 2. 施工品質查核 120 件。"],
  3.3: ["每年辦理廉政民意調查研究並公布結果。", "完成廉政民意調查 1 次，並於 112 年 12 月 31 日前公布結果。"],
};

const INDICATORS = [
  (n) => `每年提報辦理情形及成果件數（執行措施${n}）。`,
  () => "1. 辦理宣導活動場次。 2. 參與人次。",
  () => "完成年度工作項目之比率。",
  () => "1. 每年完成研議或修正之法規數。 2. 召開研商會議次數。",
];
const TARGETS = [
  (i) => `辦理 ${12 + i * 3} 件。`,
  (i) => `1. 辦理宣導 ${20 + i} 場次。 2. 參與人數達 ${1000 + i * 150} 人。`,
  (i) => `完成率達 ${70 + (i % 6) * 5}%。`,
  (i) => `1. 完成研議 ${1 + (i % 3)} 案。 2. 召開研商會議 ${2 + (i % 4)} 次。`,
];
const CJK = "一二三四五六七八九十";
const cjkNumber = (text) =>
  text.length === 1 ? CJK.indexOf(text) + 1 : text.startsWith("十") ? 10 + CJK.indexOf(text[1]) + 1 : 0;

/** The six-column fixture's text: seed 001 with the two extra columns filled in. */
function sixColumnText() {
  let strategy = 0;
  let index = 0;
  const out = [
    "# 國家廉政建設行動方案（核定本）",
    "",
    "（含績效衡量指標及112年績效目標值）",
    "",
    "行政院 112 年 8 月 18 日函修正",
  ];
  for (const line of seed.split("\n").slice(4)) {
    if (line === "具體策略\t執行措施\t績效目標\t辦理機關") {
      out.push(`${line}\t績效衡量指標\t112年績效目標值`);
      continue;
    }
    if (!line.includes("\t")) {
      out.push(line);
      continue;
    }
    const cells = line.split("\t");
    const strategyMark = /^(?:<p>)?\s*([一二三四五六七八九十]+)、/u.exec(cells[0] ?? "");
    if (strategyMark) strategy = cjkNumber(strategyMark[1]);
    // A measure starts the cell, starts a paragraph after the end of the one above (a page break
    // inside the row), or starts the first cell of a row that lost its empty strategy cell.
    const measureMark =
      /(?:^|<p>)\s*\(\s*([一二三四五六七八九十]+)\s*\)/u.exec(cells[1] ?? "") ??
      /^(?:<p>)?\s*\(\s*([一二三四五六七八九十]+)\s*\)/u.exec(cells[0] ?? "");
    if (!measureMark) {
      // A row continued after a page break: its extra cells stay empty, as in the other columns.
      out.push(`${line}\t\t`);
      continue;
    }
    const id = `${strategy}.${cjkNumber(measureMark[1])}`;
    const [indicator, target] = WRITTEN[id] ?? [
      INDICATORS[index % INDICATORS.length](id),
      TARGETS[(index * 3 + 1) % TARGETS.length](index),
    ];
    // A shifted row keeps its scar: its cells are one short, the empty trailing cell was padding.
    const kept = cells[1] !== undefined && measureMark.input === cells[0] ? cells.slice(0, -1) : cells;
    out.push([...kept, indicator, target].join("\t"));
    index += 1;
  }
  return { text: out.join("\n"), measures: index };
}

// --- the editions in other forms ----------------------------------------------------------------

const editions = fileURLToPath(new URL("fixtures/editions/", root));

/**
 * The 2012 fixture as logical blocks: each tab-separated line its own row (the fixture has no
 * extraction scars to undo, unlike the seeds parsePlanSeed reads), a heading line a heading.
 */
function parseGroupedEdition(text) {
  const blocks = [];
  let table = null;
  for (const line of text.split("\n")) {
    if (line.includes("\t")) {
      const cells = line.split("\t").map(cellParagraphs);
      if (table) table.rows.push({ cells });
      else {
        table = { kind: "table", header: cells.map((c) => c.join("")), rows: [] };
        blocks.push(table);
      }
      continue;
    }
    table = null;
    if (!line.trim()) continue;
    if (line.startsWith("# ")) blocks.push({ kind: "title", text: line.slice(2) });
    else if (/^#{2,3} /.test(line)) blocks.push({ kind: "heading", text: line.replace(/^#+ /, "") });
    else if (line.startsWith("- ")) blocks.push({ kind: "item", text: line.slice(2) });
    else blocks.push({ kind: "paragraph", text: line.trim() });
  }
  return blocks;
}

/** The fixture text of an edition (fixtures/editions/<name>.txt). */
export const editionText = (name) => readFileSync(join(editions, `${name}.txt`), "utf8");

/**
 * The editions rendered in other forms: how their text becomes blocks (for the renderers), title
 * and widths.
 */
export const EDITION_FORMS = [
  {
    name: "2023-six-columns",
    blocksOf: parsePlanSeed,
    title: "國家廉政建設行動方案（核定本）",
    widths: [2.2, 3.6, 3.2, 2.2, 3, 2.8],
    box: [8, 16, 14, 8, 12, 12],
  },
  {
    name: "2012-directions",
    blocksOf: parseGroupedEdition,
    title: "國家廉政建設行動方案",
    widths: [4, 5.5, 4, 3.5],
    box: [14, 22, 16, 12],
  },
];

function main() {
  const six = sixColumnText();
  writeFileSync(join(editions, "2023-six-columns.txt"), six.text);
  console.log(`fixtures/editions/2023-six-columns.txt: ${six.measures} measures`);
  const work = mkdtempSync(join(tmpdir(), "lianzheng-editions-"));
  try {
    for (const form of EDITION_FORMS) {
      const fodt = renderFodt(form.blocksOf(editionText(form.name)), {
        title: form.title,
        widths: form.widths,
        ruled: true,
        repeatHeader: true,
        spanFirstColumn: true,
      });
      const pdf = convertToPdf(work, form.name, fodt, { dir: editions });
      run("pdftotext", ["-layout", pdf, join(editions, `${form.name}.layout.txt`)]);
      const source = `fixtures/editions/${form.name}.txt`;
      writeFileSync(
        join(editions, `${form.name}.box.txt`),
        renderBox(source, form.box, {
          pageLines: 60,
          chrome: (page) => ["", `- ${page} -`, ""],
          repeatHeader: true,
        }),
      );
      writeFileSync(join(editions, `${form.name}.html`), renderHtml(source));
      writeFileSync(join(editions, `${form.name}.md`), renderMarkdown(source));
      console.log(`fixtures/editions/${form.name}: .pdf, .layout.txt, .box.txt, .html, .md`);
    }
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) main();
