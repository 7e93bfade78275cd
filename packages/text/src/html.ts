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

function isSkipped(name: string, attributes: Record<string, string>): boolean {
  return (
    SKIPPED.has(name) ||
    attributes.role === "navigation" ||
    CHROME_CLASS.test(attributes.class ?? "") ||
    CHROME_CLASS.test(attributes.id ?? "")
  );
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

/**
 * Reads an HTML page into the RawDocument every parser takes: <h1>–<h6> are headings, other
 * block text paragraphs, each <table> a table (rowspan and colspan laid out, the spanned cell's
 * text in its first row as the text form has it; <br> a line break). Line numbers are those of
 * the HTML source.
 */
export function readHtml(text: string): RawDocument {
  assertText(text);
  const out: LogicalLine[] = [];
  const tables: HtmlTable[] = [];
  let skip = 0;
  const open: boolean[] = [];
  let heading: { level: number; text: string; line: number } | null = null;
  let paragraph = "";
  let paragraphLine = 1;
  let cellOpen: HtmlCell | null = null;
  let title: { text: string; line: number; open: boolean } | null = null;
  const sawHeading = false;
  let line = 1;
  let position = 0;

  const lineAt = (index: number): number => {
    for (; position < index && position < text.length; position++)
      if (text.charCodeAt(position) === 10) line++;
    return line;
  };
  const flushParagraph = (): void => {
    if (paragraph.trim() && tables.length === 0)
      out.push({ kind: "text", text: paragraph.trim(), line: paragraphLine });
    paragraph = "";
  };
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const at = lineAt(parser.startIndex);
        if (name === "title") title = { text: "", line: at, open: true };
        const skipped = isSkipped(name, attributes);
        open.push(skipped);
        if (skipped) skip++;
        if (skip) return;
        const level = HEADING.exec(name);
        if (level) {
          flushParagraph();
          heading = { level: Number(level[1]), text: "", line: at };
        } else if (name === "table") {
          flushParagraph();
          tables.push({ rows: [], line: at });
        } else if (name === "tr") tables.at(-1)?.rows.push([]);
        else if (name === "td" || name === "th") {
          const span = (value: string | undefined): number =>
            Math.max(1, Math.min(1000, Number.parseInt(value ?? "1", 10) || 1));
          cellOpen = {
            text: "",
            rowspan: span(attributes.rowspan),
            colspan: span(attributes.colspan),
            line: at,
          };
          tables.at(-1)?.rows.at(-1)?.push(cellOpen);
        } else if (name === "br") {
          if (cellOpen) cellOpen.text += "\n";
          else if (!heading) paragraph += "\n";
        } else if (BLOCK.has(name)) {
          if (cellOpen) cellOpen.text += "\n";
          else if (!heading) {
            flushParagraph();
            paragraphLine = at;
          }
        }
      },
      ontext(data) {
        if (title?.open) title.text += data;
        if (skip) return;
        const piece = data.replace(/[ \t\r\n]+/gu, " ");
        if (cellOpen) cellOpen.text += piece;
        else if (heading) heading.text += piece;
        else if (tables.length === 0) {
          if (!paragraph.trim()) paragraphLine = lineAt(parser.startIndex);
          paragraph += piece;
        }
      },
      onclosetag(name) {
        if (name === "title" && title) title.open = false;
        if (open.pop()) {
          skip = Math.max(0, skip - 1);
          return;
        }
        if (skip) return;
        if (HEADING.test(name) && heading) {
          out.push({
            kind: "text",
            text: `${"#".repeat(heading.level)} ${heading.text.trim()}`,
            line: heading.line,
          });
          heading = null;
        } else if (name === "td" || name === "th") cellOpen = null;
        else if (name === "table") {
          const table = tables.pop();
          if (table && tables.length === 0) {
            out.push({ kind: "end" });
            for (const row of layoutRows(table)) {
              out.push({
                kind: "row",
                cells: row.cells.map((t) => cell(t.replace(/ *\n */gu, "\n"), row.line)),
                line: row.line,
              });
            }
            out.push({ kind: "end" });
          } else if (table && cellOpen) {
            // A table inside a cell: its text joins the cell.
            (cellOpen as HtmlCell).text += layoutRows(table)
              .map((row) => row.cells.join(" "))
              .join("\n");
          }
        } else if (BLOCK.has(name) && !cellOpen && !heading) flushParagraph();
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  );
  parser.write(text);
  parser.end();
  flushParagraph();
  // A page without headings is titled by its <title> (less a site name after " - " or " | ").
  const titled = title as { text: string; line: number } | null;
  if (!sawHeading && titled?.text.trim())
    out.unshift({
      kind: "text",
      text: `# ${titled.text.split(/\s[-|｜]\s/u)[0]?.trim() ?? ""}`,
      line: titled.line,
    });
  return assemble(out);
}
