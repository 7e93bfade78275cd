import type { RawDocument } from "@lianzheng/layout";
import { Parser } from "htmlparser2";
import { assemble, cell, type LogicalLine } from "./internal/assemble.js";
import { assertText } from "./read-text.js";

// A saved web page: headings, paragraphs and <table>s. Cells may span rows (rowspan: a strategy
// over its measures) or columns; <br> and block boundaries inside a cell are line breaks. Parsed
// with htmlparser2 (forgiving of the tag soup saved pages hold; entities decoded).

/** True when a text is an HTML page or fragment holding a table. */
export function isHtml(text: string): boolean {
  const head = text.slice(0, 4_000).toLowerCase();
  return (
    /<(!doctype html|html|body|table)[\s>]/u.test(head) ||
    (/<table[\s>]/u.test(text) && /<\/t[dh]>/iu.test(text))
  );
}

const SKIPPED = new Set([
  "script",
  "style",
  "noscript",
  "template",
  "head",
  "nav",
  "header",
  "footer",
  "button",
  "select",
]);
// Site chrome around the content of a saved page (menus, breadcrumbs, footers).
const CHROME_CLASS = /(^|[\s_-])(nav|navbar|menu|breadcrumbs?|footer|header|sidebar|toolbar)($|[\s_-])/iu;

// A table's own parts are never a page's chrome by their class: pandoc writes `<tr class="header">`
// for a table's header row.
const TABLE_PARTS = new Set([
  "table",
  "thead",
  "tbody",
  "tfoot",
  "tr",
  "th",
  "td",
  "caption",
  "colgroup",
  "col",
]);

export function isSkipped(name: string, attributes: Record<string, string>): boolean {
  if (SKIPPED.has(name) || attributes.role === "navigation") return true;
  if (TABLE_PARTS.has(name)) return false;
  return CHROME_CLASS.test(attributes.class ?? "") || CHROME_CLASS.test(attributes.id ?? "");
}
const BLOCK = new Set([
  "p",
  "div",
  "li",
  "ul",
  "ol",
  "section",
  "article",
  "blockquote",
  "pre",
  "dd",
  "dt",
  "tr",
]);
const HEADING = /^h([1-6])$/u;

interface HtmlCell {
  text: string;
  rowspan: number;
  colspan: number;
  line: number;
}

interface HtmlTable {
  rows: HtmlCell[][];
  line: number;
}

/** Rows of a table with row and column spans laid out: a spanned cell's text stays in its first row. */
function layoutRows(table: HtmlTable): Array<{ cells: string[]; line: number }> {
  const grid: Array<Array<string | null>> = [];
  const lines: number[] = [];
  table.rows.forEach((row, r) => {
    grid[r] ??= [];
    lines[r] = row[0]?.line ?? table.line;
    let column = 0;
    for (const item of row) {
      while (grid[r]?.[column] !== undefined) column++;
      for (let dr = 0; dr < item.rowspan; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < item.colspan; dc++) {
          const target = grid[r + dr] as Array<string | null>;
          target[column + dc] = dr === 0 && dc === 0 ? item.text : "";
        }
      }
      column += item.colspan;
    }
  });
  return grid.slice(0, table.rows.length).map((cells, r) => ({
    cells: Array.from(cells, (text) => text ?? ""),
    line: lines[r] ?? table.line,
  }));
}

/** What reading the page has found so far, and the elements open. */
interface HtmlScan {
  out: LogicalLine[];
  /** Tables open, outermost first. */
  tables: HtmlTable[];
  /** How many skipped elements (chrome, scripts) are open; for every open element, whether it is one. */
  skip: number;
  open: boolean[];
  heading: { level: number; text: string; line: number } | null;
  paragraph: string;
  paragraphLine: number;
  cellOpen: HtmlCell | null;
  title: { text: string; line: number; open: boolean } | null;
}

function flushParagraph(scan: HtmlScan): void {
  if (scan.paragraph.trim() && scan.tables.length === 0)
    scan.out.push({ kind: "text", text: scan.paragraph.trim(), line: scan.paragraphLine });
  scan.paragraph = "";
}

const span = (value: string | undefined): number =>
  Math.max(1, Math.min(1000, Number.parseInt(value ?? "1", 10) || 1));

/** An element of the content (not skipped) opens: a heading, a table, a row, a cell, a break or a block. */
function openElement(scan: HtmlScan, name: string, attributes: Record<string, string>, at: number): void {
  const level = HEADING.exec(name);
  if (level) {
    flushParagraph(scan);
    scan.heading = { level: Number(level[1]), text: "", line: at };
  } else if (name === "table") {
    flushParagraph(scan);
    scan.tables.push({ rows: [], line: at });
  } else if (name === "tr") scan.tables.at(-1)?.rows.push([]);
  else if (name === "td" || name === "th") {
    scan.cellOpen = {
      text: "",
      rowspan: span(attributes.rowspan),
      colspan: span(attributes.colspan),
      line: at,
    };
    scan.tables.at(-1)?.rows.at(-1)?.push(scan.cellOpen);
  } else if (name === "br") {
    if (scan.cellOpen) scan.cellOpen.text += "\n";
    else if (!scan.heading) scan.paragraph += "\n";
  } else if (BLOCK.has(name)) {
    if (scan.cellOpen) scan.cellOpen.text += "\n";
    else if (!scan.heading) {
      flushParagraph(scan);
      scan.paragraphLine = at;
    }
  }
}

function openTag(scan: HtmlScan, name: string, attributes: Record<string, string>, at: number): void {
  if (name === "title") scan.title = { text: "", line: at, open: true };
  const skipped = isSkipped(name, attributes);
  scan.open.push(skipped);
  if (skipped) scan.skip++;
  if (!scan.skip) openElement(scan, name, attributes, at);
}

function readText(scan: HtmlScan, data: string, lineHere: () => number): void {
  if (scan.title?.open) scan.title.text += data;
  if (scan.skip) return;
  const piece = data.replace(/[ \t\r\n]+/gu, " ");
  if (scan.cellOpen) scan.cellOpen.text += piece;
  else if (scan.heading) scan.heading.text += piece;
  else if (scan.tables.length === 0) {
    if (!scan.paragraph.trim()) scan.paragraphLine = lineHere();
    scan.paragraph += piece;
  }
}

/** A table closes: an outermost one becomes rows; one inside a cell joins the cell's text. */
function closeTable(scan: HtmlScan): void {
  const table = scan.tables.pop();
  if (table && scan.tables.length === 0) {
    scan.out.push({ kind: "end" });
    for (const row of layoutRows(table)) {
      scan.out.push({
        kind: "row",
        cells: row.cells.map((t) => cell(t.replace(/ *\n */gu, "\n"), row.line)),
        line: row.line,
      });
    }
    scan.out.push({ kind: "end" });
  } else if (table && scan.cellOpen) {
    scan.cellOpen.text += layoutRows(table)
      .map((row) => row.cells.join(" "))
      .join("\n");
  }
}

function closeTag(scan: HtmlScan, name: string): void {
  if (name === "title" && scan.title) scan.title.open = false;
  if (scan.open.pop()) {
    scan.skip = Math.max(0, scan.skip - 1);
    return;
  }
  if (scan.skip) return;
  const { heading } = scan;
  if (HEADING.test(name) && heading) {
    scan.out.push({
      kind: "text",
      text: `${"#".repeat(heading.level)} ${heading.text.trim()}`,
      line: heading.line,
    });
    scan.heading = null;
  } else if (name === "td" || name === "th") scan.cellOpen = null;
  else if (name === "table") closeTable(scan);
  else if (BLOCK.has(name) && !scan.cellOpen && !scan.heading) flushParagraph(scan);
}

/**
 * Reads an HTML page into the RawDocument every parser takes: <h1>–<h6> are headings, other
 * block text paragraphs, each <table> a table (rowspan and colspan laid out, the spanned cell's
 * text in its first row as the text form has it; <br> a line break). Line numbers are those of
 * the HTML source.
 */
export function readHtml(text: string): RawDocument {
  assertText(text);
  const scan: HtmlScan = {
    out: [],
    tables: [],
    skip: 0,
    open: [],
    heading: null,
    paragraph: "",
    paragraphLine: 1,
    cellOpen: null,
    title: null,
  };
  let line = 1;
  let position = 0;
  const lineAt = (index: number): number => {
    for (; position < index && position < text.length; position++)
      if (text.charCodeAt(position) === 10) line++;
    return line;
  };
  const parser = new Parser(
    {
      onopentag: (name, attributes) => openTag(scan, name, attributes, lineAt(parser.startIndex)),
      ontext: (data) => readText(scan, data, () => lineAt(parser.startIndex)),
      onclosetag: (name) => closeTag(scan, name),
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(text);
  parser.end();
  flushParagraph(scan);
  // The page's <title> (less a site name after " - " or " | ") titles it.
  const { title } = scan;
  if (title?.text.trim())
    scan.out.unshift({
      kind: "text",
      text: `# ${title.text.split(/\s[-|｜]\s/u)[0]?.trim() ?? ""}`,
      line: title.line,
    });
  return assemble(scan.out);
}
