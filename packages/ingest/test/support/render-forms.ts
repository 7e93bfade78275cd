import type { RawBlock, RawTable } from "@lianzheng/layout";

// Renders a document's layout (as readText gives it for a seed) in two paged text forms, with the
// knobs the property tests turn: box-drawing tables (cell widths, page length, chrome) and a
// monospace grid like `pdftotext -layout` (column widths, gaps, letter-spaced CJK lines, where the
// page footers fall). A small twin of scripts/make-text-fixtures.mjs, kept to what tests vary.

const WIDE =
  /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const CJK = /[\p{Script=Han}\u3001-\u303f\uff01-\uff60]/u;
export type Measure = (text: string) => number;
export const displayWidth: Measure = (text) => [...text].reduce((sum, c) => sum + (WIDE.test(c) ? 2 : 1), 0);
const codePoints: Measure = (text) => [...text].length;

/** Hard-wraps a cell's paragraphs at `columns` (in the given measure), no line-breaking rules. */
export function wrap(text: string, columns: number, measure: Measure = displayWidth, hang = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split("\n")) {
    let line = "";
    for (const token of paragraph.match(/[A-Za-z0-9'".,;:()/&-]+\s*|\s+|./gu) ?? []) {
      // A browser never starts a line with closing CJK punctuation: it hangs at the line's end.
      const hangs = hang && CLOSING.test(token);
      if (measure(line) + measure(token.trimEnd()) > columns && line.trim() && !hangs) {
        lines.push(line.trimEnd());
        line = "";
        if (!token.trim()) continue;
      }
      for (const char of measure(token) > columns ? [...token] : [token]) {
        if (measure(line) + measure(char) > columns && line && !hangs) {
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

const CLOSING = /^[，。、；：！？」』）》〉]$/u;

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
  /** The table's header set again atop each page it runs onto (unless false). */
  repeatHeader?: boolean;
  /** Lines atop every page but the first (a running head and the blank lines pdftotext sets under it). */
  pageTop?: string[];
  /** Columns every column but the first moves right on a page (pdftotext's grid drifts between pages). */
  drift?: (page: number) => number;
  /**
   * Start this table line's cells (but the first) one column early, as pdftotext pulls a cell's
   * text left after a long line beside it; only where two spaces or more stay before it.
   */
  early?: (line: number) => boolean;
  /** Indent the lines a list item wraps onto by this many columns (a hanging indent). */
  hangingIndent?: number;
  /**
   * Cells set in a proportional font, as a PDF has them: wrapped at `capacity` (per column, in
   * `measure`'s units) and, where a cell line nearly fills its column (less than `mergeGap` left),
   * set one space before the next column's text, as pdftotext joins two words close together.
   * `widths` are then the columns' starts in the character grid.
   */
  proportional?: { measure: Measure; capacity: number[]; mergeGap: number };
  /**
   * A browser's PDF (Chromium's): no blank line between rows, and a cell line that nearly fills
   * its column joined one space before the next column's text however far that column starts
   * (pdftotext's grid pulls it left after a full CJK line). Needs `proportional`.
   */
  browser?: boolean;
}

const LIST_ITEM = /^(\d{1,2}[.．]|[(（][一二三四五六七八九十\d]{1,3}[)）])\s?/u;

/** Hard-wraps a cell's text; the lines a list item wraps onto are indented by `indent`. */
function wrapCell(text: string, columns: number, indent: number): string[] {
  if (indent === 0) return wrap(text, columns, codePoints);
  return text.split("\n").flatMap((paragraph) => {
    // No indent where it would break a word (no producer does).
    const longest = Math.max(0, ...(paragraph.match(/[A-Za-z0-9'".,;:()/&-]+/gu) ?? []).map((w) => w.length));
    if (!LIST_ITEM.test(paragraph) || longest > columns - indent) return wrap(paragraph, columns, codePoints);
    const [first = "", ...rest] = wrap(paragraph, columns - indent, codePoints);
    return [first, ...rest.map((line) => `${" ".repeat(indent)}${line}`)];
  });
}

// Justified lines spread their CJK characters apart; Latin words and the spaces a text already
// has stay (a space between two CJK words would be lost in the spreading: such lines stay).
const spread = (text: string): string => {
  const chars = [...text];
  if (
    chars.filter((c) => CJK.test(c)).length < 4 ||
    /[\p{Script=Han}\u3001-\u303f\uff01-\uff60] +[\p{Script=Han}\u3001-\u303f\uff01-\uff60]/u.test(text)
  )
    return text;
  return chars
    .map((char, i) => (i > 0 && CJK.test(char) && CJK.test(chars[i - 1] ?? "") ? ` ${char}` : char))
    .join("");
};

/** One line of a table: each column's text, with how far left of its column it starts. */
interface GridLine {
  cells: string[];
  early: boolean;
  /** A header line: its cells centred in their columns, never one space from the next. */
  header?: boolean;
}

/** A table line set on a page: cells padded to their columns, the page's drift before them. */
function setLine(line: GridLine, options: GridOptions, drift: number): string {
  const { widths, gap, proportional } = options;
  let out = "";
  line.cells.forEach((text, i) => {
    if (i > 0) {
      const column = drift + widths.slice(0, i).reduce((sum, w) => sum + w + gap, 0);
      const spaces = column - [...out].length;
      const pull = line.early && spaces - 1 >= 2 ? 1 : 0;
      const before = line.cells[i - 1] ?? "";
      // pdftotext joins the next cell to a line that nearly fills its column, one space apart,
      // where that puts it no further than a few columns from its own start; a line longer in
      // characters than its column is in the grid is always joined so.
      const left = proportional ? (proportional.capacity[i - 1] ?? 0) - proportional.measure(before) : 0;
      const near = left < (proportional?.mergeGap ?? 0) && (spaces <= 6 || options.browser === true);
      const joined = proportional && text && before && (spaces < 2 || near);
      out +=
        line.header && text && !options.browser
          ? " ".repeat(Math.max(2, spaces))
          : joined
            ? " "
            : " ".repeat(Math.max(0, spaces - pull));
    }
    out += text;
  });
  return out.trimEnd();
}

/** A monospace grid as pdftotext -layout writes it: code-point columns, rows between blank lines. */
export function renderGrid(blocks: readonly RawBlock[], options: GridOptions): string {
  const { widths, pageLines, letterSpaced, footer } = options;
  const drift = options.drift ?? (() => 0);
  const pages: Array<Array<string | GridLine>> = [[]];
  let page = 1;
  const headerLine = (table: RawTable): GridLine[] =>
    table.header ? gridLines(table.header).map((line) => ({ ...line, header: true })) : [];
  // The blank line between rows (none in a browser's PDF).
  const gapLine = options.browser ? [] : [""];
  const push = (line: string | GridLine, table?: RawTable) => {
    const current = pages.at(-1) as Array<string | GridLine>;
    if (current.length >= pageLines) {
      current.push(...footer(page++));
      const top = options.pageTop ?? [];
      const repeat = table?.header && options.repeatHeader !== false;
      pages.push(repeat ? [...top, ...headerLine(table), ...gapLine] : [...top]);
    }
    (pages.at(-1) as Array<string | GridLine>).push(line);
  };
  let count = 0;
  const gridLines = (cells: readonly string[]): GridLine[] => {
    const { proportional } = options;
    const wrapped = widths.map((w, i) =>
      proportional
        ? wrap(cells[i] ?? "", proportional.capacity[i] ?? 0, proportional.measure, options.browser)
        : wrapCell(cells[i] ?? "", w, options.hangingIndent ?? 0),
    );
    const height = Math.max(1, ...wrapped.map((c) => c.length));
    return Array.from({ length: height }, (_, k) => ({
      cells: widths.map((w, i) => {
        const text = wrapped[i]?.[k] ?? "";
        // Justified text spreads inside its column, never past it.
        const spaced = letterSpaced(count++) && [...spread(text)].length <= w ? spread(text) : text;
        return spaced;
      }),
      early: options.early?.(count) ?? false,
    }));
  };
  for (const block of blocks) {
    if (block.kind !== "table") {
      push(block.text);
      push("");
      continue;
    }
    // A header is never cut by a page end: it starts the next page whole.
    const header = headerLine(block);
    const current = pages.at(-1) as Array<string | GridLine>;
    if (current.length + header.length > pageLines) {
      current.push(...footer(page++));
      pages.push([...(options.pageTop ?? [])]);
    }
    for (const line of header) push(line, block);
    for (const line of gapLine) push(line, block);
    for (const row of block.rows) {
      for (const line of gridLines(row.cells.map((c) => c.text))) push(line, block);
      for (const line of gapLine) push(line, block);
    }
  }
  return `${pages
    .map((lines, index) =>
      lines
        .map((line) => (typeof line === "string" ? line : setLine(line, options, drift(index + 1))))
        .join("\n"),
    )
    .join("\n\f")}\n`;
}
