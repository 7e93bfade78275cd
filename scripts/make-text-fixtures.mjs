// Renders the seed documents in the text forms users hold (see fixtures/text/README.md): law-database
// box tables at several cell widths, one cell per line with `|` lines, HTML with rowspans, Markdown
// pipe tables; copies in Big5 (CP950) and UTF-16 through iconv; look-alike characters. The seeds are
// read with @lianzheng/text (build it first: pnpm build), so each table is rendered from the rows
// the parsers see. Run: node scripts/make-text-fixtures.mjs
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { readText } from "../packages/text/dist/index.js";

const root = new URL("../", import.meta.url);
const out = (name) => new URL(`fixtures/text/${name}`, root);
const seed = (name) => readFileSync(new URL(`seeds/${name}`, root), "utf8");

const SEEDS = {
  plan: "001_6bac756fe4f12e99.txt",
  en: "000_b54d29a4c767afd7.txt",
  report: "003_2d62c1db8ab3e0f0.txt",
};

// --- widths and wrapping -------------------------------------------------------------------

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const width = (text) => [...text].reduce((sum, char) => sum + (WIDE.test(char) ? 2 : 1), 0);
const MARKER = /^(\(?[一二三四五六七八九十]+[)、]|（[一二三四五六七八九十]+）|\(\d+\)|\d+\.\s?)/u;

/** Hard-wraps one paragraph at `columns` display columns, law-database style: a hanging indent
 * under a list marker, no line-breaking rules (a closing 。 may land alone on a line). */
function wrapParagraph(text, columns, hanging) {
  const marker = hanging ? MARKER.exec(text)?.[0] : undefined;
  const indent = marker && width(marker) < columns / 2 ? " ".repeat(width(marker)) : "";
  const lines = [];
  let line = "";
  const tokens = text.match(/[A-Za-z0-9'".,;:()/&-]+\s*|\s+|./gu) ?? [];
  for (const token of tokens) {
    if (width(line) + width(token.trimEnd()) > columns && line.trim()) {
      lines.push(line.trimEnd());
      line = indent;
      if (!token.trim()) continue;
    }
    if (width(token) > columns) {
      for (const char of token) {
        if (width(line) + width(char) > columns) {
          lines.push(line);
          line = indent;
        }
        line += char;
      }
      continue;
    }
    line += token;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

const wrap = (text, columns, hanging = true) =>
  text.split("\n").flatMap((paragraph) => wrapParagraph(paragraph, columns, hanging));
const pad = (text, columns) => text + " ".repeat(Math.max(0, columns - width(text)));

// --- the seeds as rows ---------------------------------------------------------------------

/** A seed by its name, or any file of the repository by its path (fixtures/editions/…). */
function layoutOf(name) {
  const text = name.includes("/") ? readFileSync(new URL(name, root), "utf8") : seed(name);
  return readText(text).blocks;
}

/** Blocks as plain lines (headings and paragraphs), hard-wrapped at `wrapAt` when given. */
function proseLines(block, wrapAt) {
  const text = block.text;
  if (!wrapAt || block.kind === "heading") return [text];
  return wrap(text, wrapAt, false);
}

// --- box-drawing tables (the national law database) ------------------------------------------

const BOX = {
  h: "─",
  v: "│",
  tl: "┌",
  tm: "┬",
  tr: "┐",
  ml: "├",
  mm: "┼",
  mr: "┤",
  bl: "└",
  bm: "┴",
  br: "┘",
};
const rule = (widths, [l, m, r], spans = []) =>
  l + widths.map((w, i) => (spans[i] ? " ".repeat(w) : BOX.h.repeat(w / 2))).join(m) + r;

function boxTable(table, widths, options) {
  const { pageLines, chrome, repeatHeader, spanGroups } = options;
  const lines = [];
  const header = table.header;
  const rowLines = (cells) => {
    const wrapped = widths.map((w, i) => wrap(cells[i] ?? "", w));
    const height = Math.max(1, ...wrapped.map((c) => c.length));
    return Array.from(
      { length: height },
      (_, k) => BOX.v + widths.map((w, i) => pad(wrapped[i][k] ?? "", w)).join(BOX.v) + BOX.v,
    );
  };
  let page = 1;
  let used = 0;
  const open = () => {
    lines.push(rule(widths, [BOX.tl, BOX.tm, BOX.tr]));
    used = 1;
    if (header && (page === 1 || repeatHeader)) {
      lines.push(...rowLines(header), rule(widths, [BOX.ml, BOX.mm, BOX.mr]));
      used += 2;
    }
  };
  const close = () => {
    lines.push(rule(widths, [BOX.bl, BOX.bm, BOX.br]));
    lines.push(...chrome(page));
    page++;
  };
  open();
  table.rows.forEach((row, index) => {
    const cells = row.cells.map((cell) => cell.text);
    for (const line of rowLines(cells)) {
      // A page of the web view ends inside the row: the row runs on into the next box.
      if (used >= pageLines) {
        close();
        open();
      }
      lines.push(line);
      used++;
    }
    const next = table.rows[index + 1];
    if (!next) return;
    const spans = spanGroups && !next.cells[0]?.text ? [true] : [];
    lines.push(
      spans[0]
        ? `${BOX.v}${" ".repeat(widths[0])}${rule(widths.slice(1), [BOX.ml, BOX.mm, BOX.mr])}`
        : rule(widths, [BOX.ml, BOX.mm, BOX.mr]),
    );
    used++;
  });
  lines.push(rule(widths, [BOX.bl, BOX.bm, BOX.br]));
  return lines;
}

export function renderBox(name, widths, options) {
  const lines = [...(options.pageHead ?? [])];
  for (const block of layoutOf(name)) {
    if (block.kind === "table") lines.push(...boxTable(block, widths, options));
    else lines.push(...proseLines(block, options.wrapProse));
  }
  return `${lines.join("\n")}\n`;
}

// --- one cell per line, `|` lines between cells ----------------------------------------------

export function renderCells(name) {
  const lines = [];
  for (const block of layoutOf(name)) {
    if (block.kind !== "table") {
      lines.push(block.text);
      continue;
    }
    if (block.header) for (const cell of block.header) lines.push(cell, "|");
    for (const row of block.rows) {
      row.cells.forEach((cell, column) => {
        // The strategy cell of a continuation row is dropped, as the web pages do.
        if (column === 0 && !cell.text && block.header) return;
        lines.push(...(cell.text ? cell.text.split("\n") : [""]), "|");
      });
    }
  }
  return `${lines.join("\n")}\n`;
}

// --- HTML and Markdown -----------------------------------------------------------------------

const escapeHtml = (text) => text.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");

export function renderHtml(name) {
  const blocks = layoutOf(name);
  const parts = ['<!DOCTYPE html>\n<html lang="zh-Hant">\n<head>\n<meta charset="utf-8">'];
  const title = blocks.find((b) => b.kind !== "table")?.text ?? "";
  parts.push(
    `<title>${escapeHtml(title)} - 全國法規資料庫</title>`,
    "<style>td{vertical-align:top}</style>",
    "</head>",
    "<body>",
  );
  parts.push('<div class="nav"><a href="/">首頁</a> &gt; 法規內容</div>');
  for (const block of blocks) {
    if (block.kind === "heading") {
      const level = block.level === 0 ? 3 : block.level;
      parts.push(`<h${level}>${escapeHtml(block.text)}</h${level}>`);
    } else if (block.kind === "paragraph") parts.push(`<p>${escapeHtml(block.text)}</p>`);
    else {
      parts.push('<table border="1" cellspacing="0">');
      if (block.header)
        parts.push(
          `<thead><tr>${block.header.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead>`,
        );
      parts.push("<tbody>");
      block.rows.forEach((row, index) => {
        const cells = [];
        row.cells.forEach((cell, column) => {
          if (column === 0 && block.header) {
            if (!cell.text) return; // inside the rowspan above
            let span = 1;
            while (block.rows[index + span] && !block.rows[index + span].cells[0]?.text) span++;
            cells.push(
              `<td${span > 1 ? ` rowspan="${span}"` : ""}>${cell.text.split("\n").map(escapeHtml).join("<br>")}</td>`,
            );
            return;
          }
          const tag = !block.header && column === 0 ? "th" : "td";
          cells.push(`<${tag}>${cell.text.split("\n").map(escapeHtml).join("<br />\n")}</${tag}>`);
        });
        parts.push(`<tr>${cells.join("")}</tr>`);
      });
      parts.push("</tbody></table>");
    }
  }
  parts.push('<div class="footer">列印時間：112/08/18 10:00</div>', "</body>", "</html>");
  return `${parts.join("\n")}\n`;
}

/**
 * The law database's page of a rule saved from the browser: the rule's text as a line per
 * element, its table box-drawn inside `<pre>` (the page sets it in a monospace face), some
 * box characters written as character references, as page savers do.
 */
export function renderBoxPage(name, widths) {
  const blocks = layoutOf(name);
  const title = blocks.find((b) => b.kind !== "table")?.text ?? "";
  const parts = [
    '<!DOCTYPE html>\n<html lang="zh-Hant">\n<head>\n<meta charset="utf-8">',
    `<title>${escapeHtml(title)} - 全國法規資料庫</title>`,
    "</head>",
    "<body>",
    '<div id="menu"><a href="/">首頁</a> &gt; 法規內容</div>',
    '<div class="law-reg-content">',
  ];
  for (const block of blocks) {
    if (block.kind !== "table") {
      parts.push(`<div class="line-0000">${escapeHtml(block.text)}</div>`);
      continue;
    }
    const box = boxTable(block, widths, { pageLines: Number.POSITIVE_INFINITY, chrome: () => [] });
    parts.push(`<pre>\n${box.map((line) => escapeHtml(line).replaceAll("│", "&#9474;")).join("\n")}\n</pre>`);
  }
  parts.push("</div>", '<div class="footer">列印時間：112/08/18 10:00</div>', "</body>", "</html>");
  return `${parts.join("\n")}\n`;
}

export function renderMarkdown(name) {
  const lines = [];
  for (const block of layoutOf(name)) {
    if (block.kind === "heading")
      lines.push(`${"#".repeat(Math.max(1, block.level || 2))} ${block.text}`, "");
    else if (block.kind === "paragraph") lines.push(block.text, "");
    else {
      const cell = (text) => text.replace(/\|/gu, "\\|").replace(/\n/gu, "<br>");
      // A table without a header row (label/value) gets its first row above the rule, as
      // converters write it.
      const rows = block.rows.map((row) => row.cells.map((c) => c.text));
      const header = block.header ?? rows.shift() ?? [];
      lines.push(`| ${header.map(cell).join(" | ")} |`, `|${header.map(() => " --- ").join("|")}|`);
      for (const row of rows) lines.push(`| ${row.map(cell).join(" | ")} |`);
      lines.push("");
    }
  }
  return `${lines.join("\n")}\n`;
}

/**
 * A Markdown table with no pipes at its rows' ends (GitHub's Markdown allows it; some converters
 * write it): kept only where a row's first cell is empty, which cannot be written otherwise.
 */
export function withoutEndPipes(markdown) {
  return markdown
    .split("\n")
    .map((line) => (/^\| .*\|$/u.test(line) && !/^\|\s+\|/u.test(line) ? line.slice(2, -2) : line))
    .join("\n");
}

// --- look-alikes -----------------------------------------------------------------------------

// Kangxi radicals (U+2F00–U+2FD5) and CJK compatibility ideographs (U+F900–U+FAD9) whose NFKC
// form is a common ideograph: the reverse maps what PDF engines emit.
const LOOKALIKE = new Map();
for (let code = 0x2f00; code <= 0x2fd5; code++)
  LOOKALIKE.set(String.fromCodePoint(code).normalize("NFKC"), String.fromCodePoint(code));
for (let code = 0xf900; code <= 0xfad9; code++) {
  const char = String.fromCodePoint(code);
  const target = char.normalize("NFKC");
  if (target !== char && !LOOKALIKE.has(target)) LOOKALIKE.set(target, char);
}
const HALF_WIDTH = { "。": "｡", "、": "､", "「": "｢", "」": "｣" };

/** Every Kangxi/compatibility look-alike in, half-width CJK punctuation, full-width digits here
 * and there, NBSP between words and ideographic spaces as indents. */
function lookalikes(text) {
  let index = 0;
  return text
    .split("\n")
    .map((line) => {
      index++;
      let mapped = [...line].map((char) => LOOKALIKE.get(char) ?? HALF_WIDTH[char] ?? char).join("");
      if (index % 3 === 0) mapped = mapped.replace(/\d/gu, (d) => String.fromCodePoint(0xff10 + Number(d)));
      if (index % 5 === 0) mapped = mapped.replace(/^ /u, "\u3000");
      return mapped.replace(/([A-Za-z]) ([A-Za-z])/gu, "$1\u00a0$2");
    })
    .join("\n");
}

// --- write -----------------------------------------------------------------------------------

// Run only as a script: make-edition-fixtures.mjs imports the renderers.
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) writeAll();

function writeAll() {
  const lawChrome = (page) => [
    "",
    `第 ${page} 頁／共 12 頁`,
    "",
    "法規名稱：國家廉政建設行動方案",
    "修正日期：民國 112 年 08 月 18 日",
    "",
  ];
  const printChrome = (page) => ["", "列印時間：112/08/18 10:00", `${page}`, ""];

  const files = {
    "plan-2023-zh.box-w10.txt": renderBox(SEEDS.plan, [10, 18, 18, 8], {
      pageLines: 48,
      chrome: lawChrome,
      repeatHeader: false,
      pageHead: ["法規名稱：國家廉政建設行動方案", "修正日期：民國 112 年 08 月 18 日", ""],
    }),
    "plan-2023-zh.box-w14.txt": renderBox(SEEDS.plan, [14, 26, 22, 12], {
      pageLines: 60,
      chrome: printChrome,
      repeatHeader: true,
      spanGroups: true,
      wrapProse: 60,
    }),
    "plan-2023-en-strategy9.box.txt": renderBox(SEEDS.en, [20, 36, 32, 24], {
      pageLines: 55,
      chrome: (page) => ["", `- ${page} -`, ""],
      repeatHeader: true,
    }),
    "report-2018-zh.box.txt": renderBox(SEEDS.report, [16, 64], {
      pageLines: 70,
      chrome: lawChrome,
      repeatHeader: false,
    }),
    "plan-2023-zh.cells.txt": renderCells(SEEDS.plan),
    "plan-2023-en-strategy9.cells.txt": renderCells(SEEDS.en),
    "report-2018-zh.cells.txt": renderCells(SEEDS.report),
    "plan-2023-zh.html": renderHtml(SEEDS.plan),
    "plan-2023-en-strategy9.html": renderHtml(SEEDS.en),
    "report-2018-zh.html": renderHtml(SEEDS.report),
    "plan-2023-zh.box-page.html": renderBoxPage(SEEDS.plan, [12, 22, 20, 10]),
    "report-2018-zh.box-page.html": renderBoxPage(SEEDS.report, [14, 60]),
    "plan-2023-zh.md": renderMarkdown(SEEDS.plan),
    "plan-2023-en-strategy9.md": renderMarkdown(SEEDS.en),
    "report-2018-zh.md": renderMarkdown(SEEDS.report),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(out(name), text);
  writeFileSync(out("plan-2023-en-strategy9.bare.md"), withoutEndPipes(files["plan-2023-en-strategy9.md"]));

  const layout = (name) => readFileSync(out(name), "utf8");
  writeFileSync(out("plan-2023-zh.layout.lookalike.txt"), lookalikes(layout("plan-2023-zh.layout.txt")));
  writeFileSync(out("report-2018-zh.layout.lookalike.txt"), lookalikes(layout("report-2018-zh.layout.txt")));
  writeFileSync(out("plan-2023-zh.box-w10.lookalike.txt"), lookalikes(layout("plan-2023-zh.box-w10.txt")));

  // Encodings, through iconv as a user would convert a file.
  const iconv = (from, to, args = []) =>
    execFileSync("iconv", ["-f", "UTF-8", "-t", to, ...args, fileURLToPathSafe(from)]);
  function fileURLToPathSafe(url) {
    return decodeURIComponent(url.pathname);
  }
  writeFileSync(out("plan-2023-zh.box-w10.big5.txt"), iconv(out("plan-2023-zh.box-w10.txt"), "CP950"));
  // Not the report: seed 003 quotes one Simplified character (诉) that Big5 cannot hold.
  writeFileSync(out("plan-2023-zh.layout.big5.txt"), iconv(out("plan-2023-zh.layout.txt"), "CP950"));
  const bom = (encoding, bytes) =>
    Buffer.concat([encoding === "UTF-16LE" ? Buffer.from([0xff, 0xfe]) : Buffer.from([0xfe, 0xff]), bytes]);
  writeFileSync(
    out("plan-2023-zh.cells.utf16le.txt"),
    bom("UTF-16LE", iconv(out("plan-2023-zh.cells.txt"), "UTF-16LE")),
  );
  writeFileSync(
    out("report-2018-zh.box.utf16be.txt"),
    bom("UTF-16BE", iconv(out("report-2018-zh.box.txt"), "UTF-16BE")),
  );
  writeFileSync(
    out("plan-2023-en-strategy9.md.bom.txt"),
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(files["plan-2023-en-strategy9.md"])]),
  );
}
