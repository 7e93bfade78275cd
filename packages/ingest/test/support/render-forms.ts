import type { RawBlock, RawTable } from "@lianzheng/layout";

// Renders a document's layout (as readText gives it for a seed) in two paged text forms, with the
// knobs the property tests turn: box-drawing tables (cell widths, page length, chrome) and a
// monospace grid like `pdftotext -layout` (column widths, gaps, letter-spaced CJK lines, where the
// page footers fall). A small twin of scripts/make-text-fixtures.mjs, kept to what tests vary.

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const CJK = /[\p{Script=Han}]/u;
type Measure = (text: string) => number;
export const displayWidth: Measure = (text) => [...text].reduce((sum, c) => sum + (WIDE.test(c) ? 2 : 1), 0);
const codePoints: Measure = (text) => [...text].length;

/** Hard-wraps a cell's paragraphs at `columns` (in the given measure), no line-breaking rules. */
export function wrap(text: string, columns: number, measure: Measure = displayWidth): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const token of paragraph.match(/[A-Za-z0-9'".,;:()/&-]+\s*|\s+|./gu) ?? []) {
      if (measure(line) + measure(token.trimEnd()) > columns && line.trim()) {
        lines.push(line.trimEnd());
        line = "";
        if (!token.trim()) continue;
      }
      for (const char of measure(token) > columns ? [...token] : [token]) {
        if (measure(line) + measure(char) > columns && line) {
          lines.push(line);
          line = "";
        }
        line += char;
      }
    }
    if (line.trim()) lines.push(line.trimEnd());
  }
  return lines;
}

const pad = (text: string, columns: number, measure: Measure) =>
  text + " ".repeat(Math.max(0, columns - measure(text)));

export interface BoxOptions {
  widths: number[];
  pageLines: number;
}

/** Box-drawing tables, law-database style, a box closed and reopened after page chrome. */
export function renderBox(blocks: readonly RawBlock[], { widths, pageLines }: BoxOptions): string {
  const out: string[] = [];
  const rule = (l: string, m: string, r: string) => l + widths.map((w) => "─".repeat(w / 2)).join(m) + r;
  const rowLines = (cells: readonly string[]) => {
    const wrapped = widths.map((w, i) => wrap(cells[i] ?? "", w));
    const height = Math.max(1, ...wrapped.map((c) => c.length));
    return Array.from(
      { length: height },
      (_, k) => `│${widths.map((w, i) => pad(wrapped[i]?.[k] ?? "", w, displayWidth)).join("│")}│`,
    );
  };
  let page = 1;
  for (const block of blocks) {
    if (block.kind !== "table") {
      out.push(block.text);
      continue;
    }
    let used = 0;
    const open = () => {
      out.push(rule("┌", "┬", "┐"));
      if (block.header) out.push(...rowLines(block.header), rule("├", "┼", "┤"));
      used = 0;
    };
    open();
    block.rows.forEach((row, index) => {
      for (const line of rowLines(row.cells.map((c) => c.text))) {
        if (used >= pageLines) {
          out.push(rule("└", "┴", "┘"), "", `第 ${page++} 頁`, "");
          open();
        }
        out.push(line);
        used++;
      }
      if (index < block.rows.length - 1) out.push(rule("├", "┼", "┤"));
    });
    out.push(rule("└", "┴", "┘"));
  }
  return `${out.join("\n")}\n`;
}

export interface GridOptions {
  widths: number[];
  gap: number;
  /** Lines of text per page; a footer and a form feed end each page. */
  pageLines: number;
  /** Spread these table lines' CJK characters with spaces (as justified text extracts). */
  letterSpaced: (line: number) => boolean;
  footer: (page: number) => string[];
}

/** A monospace grid as pdftotext -layout writes it: code-point columns, rows between blank lines. */
export function renderGrid(blocks: readonly RawBlock[], options: GridOptions): string {
  const { widths, gap, pageLines, letterSpaced, footer } = options;
  const pages: string[][] = [[]];
  let page = 1;
  const push = (line: string, table?: RawTable) => {
    const current = pages.at(-1) as string[];
    if (current.length >= pageLines) {
      current.push(...footer(page++));
      pages.push(table?.header ? [gridRow(table.header), ""] : []);
    }
    (pages.at(-1) as string[]).push(line);
  };
  const spread = (text: string) =>
    [...text].length >= 4 && [...text].every((c) => CJK.test(c)) ? [...text].join(" ") : text;
  let count = 0;
  const gridRow = (cells: readonly string[]) => {
    const wrapped = widths.map((w, i) => wrap(cells[i] ?? "", w, codePoints));
    const height = Math.max(1, ...wrapped.map((c) => c.length));
    return Array.from({ length: height }, (_, k) =>
      widths
        .map((w, i) => {
          const text = wrapped[i]?.[k] ?? "";
          // Justified text spreads inside its column, never past it.
          const spaced = letterSpaced(count++) && [...spread(text)].length <= w ? spread(text) : text;
          return pad(spaced, w, codePoints);
        })
        .join(" ".repeat(gap))
        .trimEnd(),
    ).join("\n");
  };
  for (const block of blocks) {
    if (block.kind !== "table") {
      push(block.text);
      push("");
      continue;
    }
    if (block.header) push(gridRow(block.header), block);
    push("", block);
    for (const row of block.rows) {
      for (const line of gridRow(row.cells.map((c) => c.text)).split("\n")) push(line, block);
      push("", block);
    }
  }
  return `${pages.map((lines) => lines.join("\n")).join("\n\f")}\n`;
}
